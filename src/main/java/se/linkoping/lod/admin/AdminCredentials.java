package se.linkoping.lod.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
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
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * The staff who may write, read from a file kept outside the repository: one line per person,
 * {@code name:$argon2id$v=19$m=19456,t=2,p=1$SALT$HASH}, an Argon2id hash of the password made by
 * {@code lod staff add NAME} (Spring Security's encoder over Bouncy Castle, at OWASP's work factors:
 * 19 MiB of memory, 2 iterations, 1 lane, a 16-byte random salt). Lines of the older form
 * {@code name:sha256:HEX} (the SHA-256 of the password) still work, with a warning at start that says
 * how to re-hash them. Blank lines and lines starting with {@code #} are skipped. Passwords
 * themselves are never stored.
 *
 * <p>Checks a password in the same time whether or not the name is known.
 */
public final class AdminCredentials {

    private static final Logger LOG = LoggerFactory.getLogger(AdminCredentials.class);
    private static final Pattern LEGACY = Pattern.compile("([A-Za-z0-9._@-]+):sha256:([0-9a-fA-F]{64})");
    private static final Pattern ARGON2 = Pattern.compile("([A-Za-z0-9._@-]+):(\\$argon2id\\$[A-Za-z0-9$=,+/]+)");
    /** A name a person may have: what a line of the file can hold. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    /** OWASP's Password Storage Cheat Sheet: Argon2id, m=19 MiB, t=2, p=1. */
    private static final Argon2PasswordEncoder ENCODER = new Argon2PasswordEncoder(16, 32, 1, 19456, 2);
    /** Checked against when the name is unknown, so that an unknown name takes as long as a known one. */
    private static final String DECOY = ENCODER.encode("no one has this password");

    /** One person's stored secret: an Argon2id hash, or the SHA-256 of the older form. */
    private record Secret(String argon2, byte[] sha256) {
        boolean matches(String password) {
            if (argon2 != null) {
                return ENCODER.matches(password, argon2);
            }
            return MessageDigest.isEqual(sha256, AdminCredentials.sha256(password));
        }
    }

    private final Map<String, Secret> secrets;

    private AdminCredentials(Map<String, Secret> secrets) {
        this.secrets = Map.copyOf(secrets);
    }

    /**
     * Reads the credentials file.
     *
     * @throws IllegalArgumentException when a line is malformed or the file names nobody
     */
    public static AdminCredentials read(Path file) {
        List<String> lines = lines(file);
        warnIfReadableByOthers(file);
        Map<String, Secret> secrets = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher argon2 = ARGON2.matcher(line);
            Matcher legacy = LEGACY.matcher(line);
            if (argon2.matches()) {
                secrets.put(argon2.group(1), new Secret(argon2.group(2), null));
            } else if (legacy.matches()) {
                LOG.warn("{}:{}: the password of {} is stored as a plain SHA-256, quick to guess if the file leaks: "
                        + "re-hash it with 'lod staff passwd {}'", file, i + 1, legacy.group(1), legacy.group(1));
                secrets.put(legacy.group(1), new Secret(null, HexFormat.of().parseHex(legacy.group(2).toLowerCase())));
            } else {
                throw new IllegalArgumentException(file + ":" + (i + 1)
                        + ": expected name:$argon2id$… (made by 'lod staff add NAME') or name:sha256:<64 hex digits>");
            }
        }
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("The admin password file " + file + " names nobody");
        }
        return new AdminCredentials(secrets);
    }

    /** Credentials for one person, from a password (for tests and tools). */
    public static AdminCredentials of(String name, String password) {
        return new AdminCredentials(Map.of(name, new Secret(ENCODER.encode(password), null)));
    }

    /** The line of a credentials file for a person and password: an Argon2id hash with a new salt. */
    public static String fileLine(String name, String password) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A name is 1 to 64 letters, digits, '.', '_', '@' or '-': " + name);
        }
        return name + ":" + ENCODER.encode(password);
    }

    /**
     * Adds a person to the file, or changes the password of one already in it; the file is written
     * anew (readable by its owner alone) and renamed into place.
     *
     * @param mustExist true to change a password (the name must be in the file), false to add a person
     *                  (the name must not be)
     * @throws IllegalArgumentException when the name is taken (adding) or unknown (changing)
     */
    public static void writeLine(Path file, String name, String password, boolean mustExist) {
        List<String> lines = Files.exists(file) ? lines(file) : List.of();
        List<String> written = new ArrayList<>();
        boolean found = false;
        for (String line : lines) {
            if (line.strip().startsWith(name + ":")) {
                found = true;
                written.add(fileLine(name, password));
            } else {
                written.add(line);
            }
        }
        if (found != mustExist) {
            throw new IllegalArgumentException(mustExist ? name + " is not in " + file + ": add them with 'lod staff add'"
                    : name + " is already in " + file + ": change the password with 'lod staff passwd'");
        }
        if (!found) {
            written.add(fileLine(name, password));
        }
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".staff-", ".part",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.write(temporary, written, StandardCharsets.UTF_8);
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the admin password file " + file, e);
        }
    }

    /** The person a name and password sign in, if they match a line of the file. */
    public Optional<String> check(String name, String password) {
        Secret secret = secrets.get(name);
        if (secret == null) {
            ENCODER.matches(password, DECOY);
            return Optional.empty();
        }
        return secret.matches(password) ? Optional.of(name) : Optional.empty();
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
        return check(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the admin password file " + file, e);
        }
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
