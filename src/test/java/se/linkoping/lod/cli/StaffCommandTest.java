package se.linkoping.lod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import se.linkoping.lod.admin.AdminCredentials;
import se.linkoping.lod.testing.RunningSite;

/**
 * {@code lod staff add} and {@code lod staff passwd} write Argon2id lines (no {@code sha256:}) to the
 * password file, readable by its owner alone; an old {@code sha256:} line still signs in, and
 * {@code passwd} re-hashes it.
 */
class StaffCommandTest {

    @TempDir
    Path tmp;

    @Test
    void aNewAccountsLineHoldsAnArgon2idHashAndSignsIn() throws Exception {
        Path file = tmp.resolve("staff");
        assertEquals(0, run("long enough password one\n", "staff", "add", "anna", "--admin-password-file", file.toString()));
        String line = Files.readString(file).strip();
        assertTrue(line.startsWith("anna:$argon2id$v=19$m=19456,t=2,p=1$"), line);
        assertFalse(line.contains("sha256:"), line);
        assertFalse(line.contains("long enough password one"), line);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        AdminCredentials credentials = AdminCredentials.read(file);
        assertEquals(Optional.of("anna"), credentials.check("anna", "long enough password one"));
        assertEquals(Optional.empty(), credentials.check("anna", "another password"));

        assertEquals(2, run("second password here\n", "staff", "add", "anna", "--admin-password-file", file.toString()),
                "a name is added once");
        assertEquals(2, run("short\n", "staff", "add", "bo", "--admin-password-file", file.toString()),
                "a short password is refused");
        assertEquals(2, run("long enough password\n", "staff", "passwd", "nobody", "--admin-password-file", file.toString()));
    }

    @Test
    void anOldSha256LineStillSignsInAndPasswdRehashesIt() throws Exception {
        Path file = tmp.resolve("staff");
        Files.writeString(file, "# staff\nbo:sha256:" + java.util.HexFormat.of().formatHex(java.security.MessageDigest
                .getInstance("SHA-256").digest("old password of bo".getBytes(StandardCharsets.UTF_8))) + "\n");
        assertEquals(Optional.of("bo"), AdminCredentials.read(file).check("bo", "old password of bo"));
        assertEquals(Optional.of("bo"), AdminCredentials.read(file).authenticate(RunningSite.basic("bo", "old password of bo")));

        assertEquals(0, run("a new password for bo\n", "staff", "passwd", "bo", "--admin-password-file", file.toString()));
        List<String> lines = Files.readAllLines(file);
        assertEquals("# staff", lines.get(0), "other lines are kept");
        assertTrue(lines.get(1).startsWith("bo:$argon2id$"), lines.get(1));
        assertEquals(Optional.empty(), AdminCredentials.read(file).check("bo", "old password of bo"));
        assertEquals(Optional.of("bo"), AdminCredentials.read(file).check("bo", "a new password for bo"));
    }

    private static int run(String stdin, String... args) {
        InputStream in = System.in;
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            CommandLine line = Main.commandLine();
            line.setOut(new PrintWriter(new StringWriter()));
            line.setErr(new PrintWriter(new StringWriter()));
            return line.execute(args);
        } finally {
            System.setIn(in);
        }
    }
}
