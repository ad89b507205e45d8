package org.sanctions.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * A cross-process lock that deploy/local/run.sh takes the same way: an atomically created directory holding the
 * owner's pid (file locks from Java and from a shell do not see each other, a directory does).
 */
final class DirectoryLock implements AutoCloseable {

    private static final Duration GRACE_FOR_PID_FILE = Duration.ofSeconds(10);

    private final Path dir;

    private DirectoryLock(Path dir) {
        this.dir = dir;
    }

    /** Waits until the lock is free (or its owner has died) and takes it. */
    static DirectoryLock acquire(Path dir, Duration wait) {
        Instant deadline = Instant.now().plus(wait);
        while (true) {
            try {
                Files.createDirectory(dir);
                Files.writeString(dir.resolve("pid"), Long.toString(ProcessHandle.current().pid()));
                return new DirectoryLock(dir);
            } catch (FileAlreadyExistsException held) {
                if (ownerIsGone(dir)) {
                    release(dir);
                } else if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("lock " + dir + " still held after " + wait
                            + "; remove the folder if no Keycloak build is running");
                } else {
                    pause();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not take lock " + dir, e);
            }
        }
    }

    private static boolean ownerIsGone(Path dir) {
        try {
            String pid = Files.readString(dir.resolve("pid")).trim();
            return ProcessHandle.of(Long.parseLong(pid)).map(p -> !p.isAlive()).orElse(true);
        } catch (NoSuchFileException e) {
            return createdBefore(dir, Instant.now().minus(GRACE_FOR_PID_FILE));
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private static boolean createdBefore(Path dir, Instant instant) {
        try {
            FileTime modified = Files.getLastModifiedTime(dir);
            return modified.toInstant().isBefore(instant);
        } catch (IOException e) {
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a lock", e);
        }
    }

    private static void release(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve("pid"));
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not release lock " + dir, e);
        }
    }

    @Override
    public void close() {
        release(dir);
    }
}
