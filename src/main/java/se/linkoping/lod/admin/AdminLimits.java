package se.linkoping.lod.admin;

import java.time.Duration;

/**
 * The limits of the staff's write paths.
 *
 * @param maxBodyBytes   the largest body of an update or a Graph Store write; larger: 413
 * @param maxUploadBytes the largest uploaded data file; larger: 413
 * @param writeWait      how long a write waits for the one before it to finish; longer: 503 with
 *                       {@code Retry-After}
 */
public record AdminLimits(long maxBodyBytes, long maxUploadBytes, Duration writeWait) {

    public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 64L * 1024 * 1024;
    public static final Duration DEFAULT_WRITE_WAIT = Duration.ofSeconds(30);

    /** 16 MiB bodies, 64 MiB uploads, 30 s of waiting for another write. */
    public static final AdminLimits DEFAULTS =
            new AdminLimits(DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_UPLOAD_BYTES, DEFAULT_WRITE_WAIT);

    public AdminLimits {
        if (maxBodyBytes < 1 || maxUploadBytes < 1 || writeWait.isNegative() || writeWait.isZero()) {
            throw new IllegalArgumentException("Admin limits must be positive: body " + maxBodyBytes + ", upload "
                    + maxUploadBytes + ", write wait " + writeWait);
        }
    }
}
