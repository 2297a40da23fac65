package se.linkoping.lod.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The staff who may write, read from a file kept outside the repository: one line per person,
 * {@code name:sha256:HEX}, where HEX is the SHA-256 of the password in hexadecimal
 * ({@code printf %s "$PASSWORD" | sha256sum}). Blank lines and lines starting with {@code #} are
 * skipped. Passwords themselves are never stored.
 *
 * <p>Checks HTTP Basic credentials in constant time.
 */
public final class AdminCredentials {

    private static final Logger LOG = LoggerFactory.getLogger(AdminCredentials.class);
    private static final Pattern LINE = Pattern.compile("([A-Za-z0-9._@-]+):sha256:([0-9a-fA-F]{64})");

    private final Map<String, byte[]> hashes;

    private AdminCredentials(Map<String, byte[]> hashes) {
        this.hashes = Map.copyOf(hashes);
    }

    /**
     * Reads the credentials file.
     *
     * @throws IllegalArgumentException when a line is malformed or the file names nobody
     */
    public static AdminCredentials read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the admin password file " + file, e);
        }
        warnIfReadableByOthers(file);
        Map<String, byte[]> hashes = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException(file + ":" + (i + 1)
                        + ": expected name:sha256:<64 hex digits> (the SHA-256 of the password)");
            }
            hashes.put(m.group(1), HexFormat.of().parseHex(m.group(2).toLowerCase()));
        }
        if (hashes.isEmpty()) {
            throw new IllegalArgumentException("The admin password file " + file + " names nobody");
        }
        return new AdminCredentials(hashes);
    }

    /** Credentials for one person, from a password (for tests and tools). */
    public static AdminCredentials of(String name, String password) {
        return new AdminCredentials(Map.of(name, sha256(password)));
    }

    /** The line of a credentials file for a person and password. */
    public static String fileLine(String name, String password) {
        return name + ":sha256:" + HexFormat.of().formatHex(sha256(password));
    }

    /**
     * The person an {@code Authorization} header authenticates, if it carries Basic credentials that
     * match a line of the file.
     */
    public Optional<String> authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String name = decoded.substring(0, colon);
        byte[] expected = hashes.get(name);
        byte[] given = sha256(decoded.substring(colon + 1));
        boolean matches = MessageDigest.isEqual(expected == null ? new byte[given.length] : expected, given);
        return matches && expected != null ? Optional.of(name) : Optional.empty();
    }

    private static byte[] sha256(String password) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java has no SHA-256", e);
        }
    }

    private static void warnIfReadableByOthers(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.OTHERS_READ)) {
                LOG.warn("The admin password file {} is readable by every user of this machine: chmod 600 it", file);
            }
        } catch (UnsupportedOperationException | IOException e) {
            LOG.debug("Cannot read the permissions of {}: {}", file, e.getMessage());
        }
    }
}
