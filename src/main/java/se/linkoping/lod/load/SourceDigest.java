package se.linkoping.lod.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 digest of what a load reads: the base IRI, and each file's name and bytes. Equal digests
 * mean the store would get the same data, so {@code serve} can skip a load that changes nothing.
 */
public final class SourceDigest {

    private SourceDigest() {
    }

    public static String of(List<Path> files, String base) {
        MessageDigest sha = sha256();
        sha.update(base.getBytes(StandardCharsets.UTF_8));
        byte[] buffer = new byte[1 << 16];
        for (Path file : files) {
            sha.update((byte) 0);
            sha.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            try (InputStream in = Files.newInputStream(file)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, n);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java has no SHA-256", e);
        }
    }
}
