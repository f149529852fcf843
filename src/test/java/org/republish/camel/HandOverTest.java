package org.republish.camel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.Service;
import org.republish.testsupport.Poll;
import org.republish.testsupport.ServiceFixture;

/**
 * The running service takes a file renamed into input/ without waiting out
 * the settle time, and still leaves a file written in place alone until it
 * has gone unmodified for that long.
 */
class HandOverTest {

    private static final long SETTLE_MS = 6_000;

    @TempDir
    Path work;

    @Test
    void aRenamedFileIsTakenBeforeTheSettleTimeAndAWrittenOneAfterIt() throws Exception {
        try (Service service = new Service(ServiceFixture.settings(work, Map.of(
                "republish.settle-ms", Long.toString(SETTLE_MS))))) {
            service.start();
            Path input = work.resolve("input");

            Path written = input.resolve("written.md");
            Files.writeString(written, ServiceFixture.LICENSED + "# Written in place\n\nIts text.\n");
            long writtenAt = System.nanoTime();

            Path temp = input.resolve(".renamed.md.tmp");
            Files.writeString(temp, ServiceFixture.LICENSED + "# Renamed in\n\nIts text.\n");
            Files.move(temp, input.resolve("renamed.md"), StandardCopyOption.ATOMIC_MOVE);

            Poll.until(Duration.ofSeconds(60), () -> Files.exists(input.resolve(".done/renamed.md")),
                    () -> "renamed.md done; " + ServiceFixture.tree(input));
            long renamedDoneMs = (System.nanoTime() - writtenAt) / 1_000_000;
            assertTrue(renamedDoneMs < SETTLE_MS, "renamed file done after " + renamedDoneMs + " ms");
            assertTrue(Files.exists(written), "the file written in place still waits, " + renamedDoneMs + " ms in");

            Poll.until(Duration.ofSeconds(60), () -> Files.exists(input.resolve(".done/written.md")),
                    () -> "written.md done; " + ServiceFixture.tree(input));
            long writtenDoneMs = (System.nanoTime() - writtenAt) / 1_000_000;
            assertTrue(writtenDoneMs >= SETTLE_MS, "written file done after " + writtenDoneMs + " ms");
            assertFalse(Files.exists(input.resolve(".error/written.md")));
        }
    }
}
