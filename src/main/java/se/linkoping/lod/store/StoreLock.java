package se.linkoping.lod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One process at a time on a store folder: {@code serve} and {@code load} hold an exclusive lock on
 * the file {@code LOCK} in it (an operating-system file lock, released when the process ends, however
 * it ends), so a second one is refused before it touches the store instead of switching the database
 * under a running server. The file names the holder, for the message of the one refused.
 */
public final class StoreLock implements AutoCloseable {

    /** The lock file's name in the store folder. */
    public static final String FILE = "LOCK";

    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Thrown when another process holds the store. */
    public static final class InUse extends RuntimeException {
        InUse(String message) {
            super(message);
        }
    }

    /**
     * Takes the store folder (creating it when missing) for this process, doing {@code what}.
     *
     * @throws InUse when another process (or another part of this one) holds it
     */
    public static StoreLock acquire(Path store, String what) {
        Path file = store.resolve(FILE);
        FileChannel channel = null;
        try {
            Files.createDirectories(store);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).trim();
                channel.close();
                throw new InUse("The store " + store + " is in use by another process"
                        + (holder.isEmpty() ? "" : " (" + holder + ")")
                        + ": stop it first, or use another --store. Nothing was changed.");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", " + what + ", since "
                    + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
            return new StoreLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Cannot lock the store " + store + " (" + file + ")", e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            return null;
        }
    }

    /** Frees the store for the next process. */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot release the lock of the store", e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // The lock file could not be locked; closing it cannot make that worse.
            }
        }
    }
}
