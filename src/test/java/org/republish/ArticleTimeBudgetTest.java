package org.republish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.config.Settings;
import org.republish.model.PublishException;
import org.republish.pipeline.Pipeline;
import org.republish.read.InputDocument;
import org.republish.testsupport.PathologicalPages;
import org.republish.write.OutputStore;

/**
 * An article that would hold a worker for long is stopped when its time is
 * up (republish.article-seconds) and refused with the reason; the work stops
 * on the thread that was doing it, so when the refusal comes the worker is free.
 */
class ArticleTimeBudgetTest {

    @TempDir
    Path out;

    @Test
    void aPathologicalPageIsRefusedWhenItsTimeIsUp() throws IOException {
        Pipeline pipeline = Assembly.pipeline(Settings.of(Map.of(Settings.ARTICLE_SECONDS, "1")));
        byte[] page = PathologicalPages.nestedBlocks(9_000).getBytes(StandardCharsets.UTF_8);
        InputDocument input = new InputDocument("nested.html", page, out);
        long start = System.nanoTime();
        PublishException refused = assertThrows(PublishException.class,
                () -> pipeline.publish(input, Set.of("html", "pdf", "epub"), new OutputStore(out.resolve("o"))));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(refused.getMessage().contains("stopped after 1 second")
                && refused.getMessage().contains("republish.article-seconds"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Nothing was published"), refused.getMessage());
        // measured: 1.0 to 1.7 s on a loaded 2-core machine; the page alone takes 10 s and more
        assertTrue(millis < 8_000, "stopped " + millis + " ms after it started");
        assertEquals(List.of(), published(out.resolve("o")), "nothing published");
    }

    /** The output folders in a store, leaving out its hidden temporaries. */
    private static List<String> published(Path store) throws IOException {
        if (!Files.isDirectory(store)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(store)) {
            return folders.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).toList();
        }
    }

    @Test
    void anInterruptedWorkerStopsTheArticleWithAReason() throws Exception {
        Pipeline pipeline = Assembly.pipeline(Settings.of(Map.of()));
        InputDocument input = new InputDocument("plain.md",
                "---\nlicense: CC-BY-4.0\ntitle: Plain\n---\n\nWords.\n".getBytes(StandardCharsets.UTF_8), out);
        Thread.currentThread().interrupt();
        try {
            PublishException refused = assertThrows(PublishException.class,
                    () -> pipeline.publish(input, Set.of("html"), new OutputStore(out.resolve("o"))));
            assertTrue(refused.getMessage().contains("was interrupted"), refused.getMessage());
        } finally {
            Thread.interrupted();
        }
    }
}
