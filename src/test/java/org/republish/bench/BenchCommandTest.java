package org.republish.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.App;
import org.republish.testsupport.Samples;
import picocli.CommandLine;

/** The bench command end to end on a few articles: it runs the real service and prints its figures. */
class BenchCommandTest {

    @TempDir
    Path work;

    @Test
    void aSmallBatchIsPublishedAndTheFiguresArePrinted() {
        Path sample = Samples.sampleArticle();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        int status = new CommandLine(App.bench().printTo(out)).execute("--articles", "5", "--mode", "batch",
                "--sample", sample.toString(), "--corpus", Samples.corpus("ropensci-blog").toString(),
                "--work", work.toString(), "--pandoc", "0", "--heap-every", "5", "--timeout-s", "300");
        String report = buffer.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, report);
        assertTrue(report.contains("batch: 5 articles in"), report);
        assertTrue(Pattern.compile("= \\d+\\.\\d\\d articles/s").matcher(report).find(), report);
        assertTrue(Pattern.compile("p50 \\d+ ms, p95 \\d+ ms, p99 \\d+ ms").matcher(report).find(), report);
        assertTrue(Pattern.compile("first article after ready: \\d+ ms \\(\\.done\\)").matcher(report).find(), report);
        // the first article plus the five of the batch, each with its own output folder
        assertTrue(report.contains("outcomes: 6 published, 0 refused or held, 0 still pending; 6 output folder(s)"),
                report);
        Matcher rss = Pattern.compile("peak RSS \\(VmHWM\\) (-?\\d+) MB").matcher(report);
        assertTrue(rss.find(), report);
        assertTrue(report.contains("heap after GC (MB) by articles done: 5:"), report);
    }

    @Test
    void copiesOfOneSourceGetDistinctTitlesAndNames() throws Exception {
        BenchArticles articles = BenchArticles.load(Samples.sampleArticle(), null);
        BenchArticles.Article a = articles.article(3);
        BenchArticles.Article b = articles.article(4);
        assertTrue(!a.fileName().equals(b.fileName()));
        String text = new String(a.bytes(), StandardCharsets.UTF_8);
        assertTrue(text.contains("here's why this deal could help China, too (copy 3)"), text.substring(0, 200));
        assertTrue(articles.scaledSample(10, 0).bytes().length > 9 * articles.scaledSample(1, 0).bytes().length);
        assertEquals("---\ntitle: 'A post (copy 1)'\n---\ntext\n",
                BenchArticles.retitled("---\ntitle: 'A post'\n---\ntext\n", " (copy 1)"));
    }
}
