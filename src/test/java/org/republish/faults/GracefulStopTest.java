package org.republish.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.republish.testsupport.Poll;

/**
 * SIGTERM while articles are being published: the article in hand is
 * finished (outputs whole, input archived), the ones not yet begun stay in
 * input/ untouched for the next start, and the process exits with status 0.
 */
class GracefulStopTest {

    private static final String LICENSED = "---\nlicense: CC-BY-4.0\n---\n";

    @TempDir
    Path work;

    @Test
    @Timeout(180)
    void sigtermFinishesTheArticleInHandThenExitsZero() throws Exception {
        Path input = work.resolve("input");
        Path output = work.resolve("output");
        Files.createDirectories(input);
        try (ChildService service = new ChildService(work, Map.of(
                "republish.workers", "1",
                "republish.poll-ms", "100",
                "republish.settle-ms", "300"))) {
            service.start(Duration.ofSeconds(60));
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                String name = "long-" + i + ".md";
                names.add(name);
                StringBuilder text = new StringBuilder(LICENSED + "# A long article number " + i + "\n\n");
                for (int p = 0; p < 400; p++) {
                    text.append("Paragraph ").append(p).append(" of a long article, long enough that laying it out ")
                            .append("as a PDF takes a while, so that a stop arrives while it is in hand.\n\n");
                }
                Files.writeString(input.resolve(name), text);
            }
            Poll.until(Duration.ofSeconds(90), () -> count(input.resolve(".done")) >= 1,
                    () -> "a first article published; log:\n" + service.tail(3000));
            Thread.sleep(300);
            int doneAtSignal = count(input.resolve(".done"));
            long signalled = System.nanoTime();
            int status = service.terminate(Duration.ofSeconds(60));
            long stopMs = (System.nanoTime() - signalled) / 1_000_000;
            String log = service.log();
            System.out.printf("graceful stop: %d done at SIGTERM, %d after, exit %d in %d ms%n", doneAtSignal,
                    count(input.resolve(".done")), status, stopMs);

            assertEquals(0, status, "exit status after SIGTERM; log:\n" + service.tail(3000));
            int doneAfter = count(input.resolve(".done"));
            assertTrue(doneAfter > doneAtSignal, "the article in hand was finished: " + doneAtSignal + " -> " + doneAfter);
            assertFalse(log.contains(" ERROR "), "nothing failed:\n" + service.tail(3000));
            for (String name : names) {
                boolean done = Files.exists(input.resolve(".done/" + name));
                boolean waiting = Files.exists(input.resolve(name));
                assertTrue(done ^ waiting, name + " is either published or still waiting: " + Folders.tree(input));
                List<Folders.Published> p = Folders.byInputName(output, name);
                assertEquals(done ? 1 : 0, p.size(), "outputs of " + name + ": " + Folders.tree(output));
                if (done) {
                    assertEquals(List.of(), Folders.wholenessProblems(p.get(0)));
                }
            }
            assertEquals(List.of(), Leftovers.find(work), "no temporary files left");

            // the next start publishes what was left waiting
            service.start(Duration.ofSeconds(60));
            Poll.until(Duration.ofSeconds(120), () -> count(input.resolve(".done")) == names.size(),
                    () -> "all published after restart: " + Folders.tree(input));
            assertEquals(0, service.terminate(Duration.ofSeconds(60)));
        }
    }

    private static int count(Path dir) {
        return (int) Folders.list(dir).stream().filter(Files::isRegularFile).count();
    }
}
