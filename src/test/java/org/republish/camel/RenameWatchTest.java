package org.republish.camel;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.testsupport.Poll;

/** Which files the watch reports as arrived whole, and which it leaves to the settle time. */
class RenameWatchTest {

    @TempDir
    Path folder;

    @TempDir
    Path elsewhere;

    @Test
    void aFileRenamedInArrivesWhole() throws Exception {
        try (RenameWatch watch = RenameWatch.start(folder)) {
            renameIn(watch, ".essay.md.tmp", "essay.md", "# Essay\n\nText.\n");
        }
    }

    @Test
    void aFileMovedInFromAnotherFolderOfTheSameFileSystemArrivesWhole() throws Exception {
        Path outside = Files.writeString(elsewhere.resolve("outside.md"), "# Moved\n");
        try (RenameWatch watch = RenameWatch.start(folder)) {
            Path file = Files.move(outside, folder.resolve("moved.md"), StandardCopyOption.ATOMIC_MOVE);
            Poll.until(Duration.ofSeconds(5), () -> watch.arrivedWhole(file), () -> "moved file reported whole");
        }
    }

    @Test
    void aFileWrittenInPlaceIsNeverReportedWhole() throws Exception {
        try (RenameWatch watch = RenameWatch.start(folder)) {
            Path file = folder.resolve("copied.md");
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                for (int i = 0; i < 5; i++) {
                    out.write(("Paragraph " + i + "\n\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    Thread.sleep(20);
                    assertFalse(watch.arrivedWhole(file), "still being written");
                }
            }
            Thread.sleep(100);
            assertFalse(watch.arrivedWhole(file), "written in place: left to the settle time");
        }
    }

    @Test
    void aRenamedFileWrittenToAfterwardsIsNoLongerWhole() throws Exception {
        try (RenameWatch watch = RenameWatch.start(folder)) {
            Path file = renameIn(watch, "draft.part", "draft.md", "# Draft\n");
            Files.writeString(file, "More text.\n", StandardOpenOption.APPEND);
            Poll.until(Duration.ofSeconds(5), () -> !watch.arrivedWhole(file), () -> "appended file no longer whole");
            Thread.sleep(100);
            assertFalse(watch.arrivedWhole(file), "a write after the arrival is remembered");
        }
    }

    @Test
    void aRenamedFileRewrittenWithTheSameSizeAndTimeIsNoLongerWhole() throws Exception {
        try (RenameWatch watch = RenameWatch.start(folder)) {
            Path file = renameIn(watch, ".same.md.tmp", "same.md", "# First\n");
            java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(file);
            // only the write event can tell: size and time are put back as they were
            Files.writeString(file, "# Other\n");
            Files.setLastModifiedTime(file, time);
            Poll.until(Duration.ofSeconds(5), () -> !watch.arrivedWhole(file), () -> "rewritten file no longer whole");
        }
    }

    @Test
    void anEmptyFileRenamedInIsLeftToTheSettleTime() throws Exception {
        try (RenameWatch watch = RenameWatch.start(folder)) {
            Path temp = Files.createFile(folder.resolve(".empty.tmp"));
            Path file = Files.move(temp, folder.resolve("empty.md"), StandardCopyOption.ATOMIC_MOVE);
            Thread.sleep(200);
            assertFalse(watch.arrivedWhole(file));
        }
    }

    @Test
    void aFolderThatCannotBeWatchedReportsNothing() throws Exception {
        try (RenameWatch watch = RenameWatch.start(elsewhere.resolve("missing"))) {
            assertFalse(watch.arrivedWhole(elsewhere.resolve("missing/any.md")));
        }
    }

    /** Writes {@code text} under {@code temporary}, renames it to {@code name} and waits until it is reported whole. */
    private Path renameIn(RenameWatch watch, String temporary, String name, String text) throws Exception {
        Path temp = Files.writeString(folder.resolve(temporary), text);
        Path file = Files.move(temp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        Poll.until(Duration.ofSeconds(5), () -> watch.arrivedWhole(file), () -> name + " reported whole");
        return file;
    }
}
