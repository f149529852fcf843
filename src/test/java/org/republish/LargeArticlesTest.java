package org.republish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.license.Licensing;
import org.republish.license.PublishingPolicy;
import org.republish.license.SourceProfiles;
import org.republish.model.Article;
import org.republish.pipeline.Pipeline;
import org.republish.read.Reading;
import org.republish.read.InputDocument;
import org.republish.write.ArticleWriter;
import org.republish.write.OutputFormat;
import org.republish.write.OutputStore;
import org.republish.write.Writing;

/** Articles over republish.large-elements are written one at a time; others side by side. */
class LargeArticlesTest {

    @TempDir
    Path work;

    /**
     * A writer that notes how many articles it is writing at once. Each
     * waits (up to two seconds) for the other to arrive, so that two articles
     * allowed side by side are always seen together, however slow the machine.
     */
    static final class CountingWriter implements ArticleWriter {
        final AtomicInteger now = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final CountDownLatch both = new CountDownLatch(2);

        @Override
        public OutputFormat outputFormat() {
            return new OutputFormat("count", "txt", "text/plain");
        }

        @Override
        public byte[] write(Article article) {
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
            both.countDown();
            try {
                both.await(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                now.decrementAndGet();
            }
            return article.meta().title().getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void largeArticlesAreWrittenAloneAndSmallOnesTogether() throws Exception {
        assertEquals(1, mostAtOnce(60), "two articles of 60+ paragraphs, limit 50: one at a time");
        assertEquals(2, mostAtOnce(10), "two articles of 10+ paragraphs, limit 50: side by side");
    }

    private int mostAtOnce(int paragraphs) throws Exception {
        CountingWriter writer = new CountingWriter();
        Pipeline pipeline = new Pipeline(new Reading(20_000),
                new Licensing(SourceProfiles.shipped(), null, new PublishingPolicy(false)), null,
                new Writing(List.of(writer), 50));
        OutputStore store = new OutputStore(Files.createDirectories(work.resolve("out-" + paragraphs)));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Pipeline.Result>> results = List.of("one", "two").stream().map(name -> pool.submit(() ->
                    pipeline.publish(article(name + ".md", paragraphs), Set.of("count"), store))).toList();
            for (Future<Pipeline.Result> r : results) {
                r.get();
            }
        } finally {
            pool.shutdown();
        }
        return writer.most.get();
    }

    private InputDocument article(String name, int paragraphs) {
        StringBuilder text = new StringBuilder("---\nlicense: CC-BY-4.0\n---\n# Article " + name + "\n\n");
        for (int i = 0; i < paragraphs; i++) {
            text.append("Paragraph ").append(i).append(" of the article.\n\n");
        }
        return new InputDocument(name, text.toString().getBytes(StandardCharsets.UTF_8), work);
    }
}
