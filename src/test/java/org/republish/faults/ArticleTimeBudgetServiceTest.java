package org.republish.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.Service;
import org.republish.config.Settings;
import org.republish.testsupport.PathologicalPages;
import org.republish.testsupport.Poll;
import org.republish.testsupport.ServiceFixture;

/**
 * Issue 14, item 2: a page that would hold a worker for long (thousands of
 * nested blocks) is stopped when its time is up and refused to input/.error/
 * with the reason, while an ordinary article dropped beside it is published;
 * afterwards no thread is still working on it.
 */
class ArticleTimeBudgetServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path work;

    @Test
    void aPathologicalPageIsRefusedForItsTimeAndTheArticleBesideItIsPublished() throws Exception {
        Path input = work.resolve("input");
        Path output = work.resolve("output");
        try (Service service = new Service(ServiceFixture.settings(work, Map.of(
                Settings.ARTICLE_SECONDS, "3",
                Settings.WORKERS, "2")))) {
            service.start();
            dropWhole(input, "nested.html", PathologicalPages.nestedBlocks(9_000));
            dropWhole(input, "ordinary.md", ServiceFixture.LICENSED
                    + "# An ordinary article\n\nIt has a few words and is published in a moment.\n");

            Path reason = input.resolve(".error/nested.html.error.txt");
            Poll.until(WAIT, () -> Files.exists(input.resolve(".error/nested.html")) && Files.exists(reason),
                    () -> "nested.html and its reason in input/.error/; input holds " + Folders.tree(input));
            String text = Files.readString(reason, StandardCharsets.UTF_8);
            assertTrue(text.contains("stopped after 3 seconds") && text.contains("republish.article-seconds"), text);
            assertTrue(text.contains("save the article again"), "says what the editor can do: " + text);
            assertEquals(List.of(), Folders.byInputName(output, "nested.html"), "nothing published for it");

            Poll.until(WAIT, () -> Files.exists(input.resolve(".done/ordinary.md")),
                    () -> "ordinary.md published; input holds " + Folders.tree(input));
            assertEquals(1, Folders.byInputName(output, "ordinary.md").size());
            assertFalse(Files.exists(input.resolve("nested.html")), "the refused page left input/");

            // the refused page's work stopped on its worker: no thread is publishing any more
            Poll.until(Duration.ofSeconds(10), () -> threadsPublishing().isEmpty(),
                    () -> "no thread still publishing: " + threadsPublishing());
        }
    }

    /**
     * A stop that outlasts Camel's shutdown timeout interrupts the worker: the
     * article in hand stops there even with no time limit, rather than going on
     * for as long as it takes while the service is gone; its file is not lost.
     */
    @Test
    void aStopThatInterruptsTheWorkerEndsTheWorkOnTheArticleInHand() throws Exception {
        Path input = work.resolve("input");
        Service service = new Service(ServiceFixture.settings(work, Map.of(
                Settings.ARTICLE_SECONDS, "0",
                Settings.MAX_ELEMENTS, "70000",
                "camel.main.shutdown-timeout", "2")));
        try {
            service.start();
            // long enough to be in hand at the stop: with the interrupt ignored, still publishing long after it (this
            // page takes over 20 s to read and write as HTML alone on a 2-core machine), so a 10 s wait tells the two
            // apart when busy
            dropWhole(input, "nested.html", PathologicalPages.nestedBlocks(30_000));
            Poll.until(WAIT, () -> !threadsPublishing().isEmpty(), () -> "nested.html in hand");
        } finally {
            service.close();
        }
        long stopped = System.nanoTime();
        Poll.until(Duration.ofSeconds(10), () -> threadsPublishing().isEmpty(),
                () -> "the interrupted worker still publishing: " + threadsPublishing());
        System.out.printf("worker free %d ms after the stop%n", (System.nanoTime() - stopped) / 1_000_000);
        assertTrue(Files.exists(input.resolve("nested.html")) || Files.exists(input.resolve(".error/nested.html")),
                () -> "the input is kept; input holds " + Folders.tree(input));
    }

    /** Copied in under a hidden name and renamed, so the service takes it at once and whole. */
    private static void dropWhole(Path input, String name, String content) throws Exception {
        Files.createDirectories(input);
        Path partial = input.resolve("." + name + ".tmp");
        Files.writeString(partial, content, StandardCharsets.UTF_8);
        Files.move(partial, input.resolve(name));
    }

    private static List<String> threadsPublishing() {
        ThreadInfo[] all = ManagementFactory.getThreadMXBean().dumpAllThreads(false, false);
        return Arrays.stream(all)
                .filter(t -> Arrays.stream(t.getStackTrace())
                        .anyMatch(f -> f.getClassName().equals("org.republish.pipeline.Pipeline")
                                && f.getMethodName().startsWith("publish")))
                .map(ThreadInfo::getThreadName)
                .toList();
    }
}
