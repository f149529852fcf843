package org.republish.camel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a file written in place counts as complete. */
class HandOverReadLockTest {

    @TempDir
    Path folder;

    @Test
    void aFileIsCompleteOnceUnmodifiedForTheSettleTime() throws Exception {
        try (RenameWatch watch = RenameWatch.start(folder.resolve("unwatched"))) {
            HandOverReadLock lock = new HandOverReadLock(watch, 500);
            Path file = Files.writeString(folder.resolve("a.md"), "# A\n");
            assertFalse(lock.isComplete(file.toFile()), "just written");
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusMillis(800)));
            assertTrue(lock.isComplete(file.toFile()), "unmodified for 800 ms");
            assertFalse(lock.isComplete(folder.resolve("gone.md").toFile()), "no such file");
        }
    }

    @Test
    void anEmptyFileWaitsLongerForTheDownloadThatReplacesIt() throws Exception {
        try (RenameWatch watch = RenameWatch.start(folder.resolve("unwatched"))) {
            HandOverReadLock lock = new HandOverReadLock(watch, 500);
            Path file = Files.createFile(folder.resolve("placeholder.md"));
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusMillis(5_000)));
            assertFalse(lock.isComplete(file.toFile()), "empty for 5 s: a browser's placeholder, perhaps");
            Files.setLastModifiedTime(file,
                    FileTime.from(Instant.now().minusMillis(HandOverReadLock.EMPTY_SETTLE_MILLIS + 1_000)));
            assertTrue(lock.isComplete(file.toFile()), "empty for longer: taken, and refused as empty");
        }
    }
}
