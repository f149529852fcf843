package org.republish.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.republish.model.Article;
import org.republish.model.PublishException;
import org.republish.pipeline.Pipeline;
import org.republish.read.InputDocument;
import org.republish.write.TextWriter;

/**
 * Extraction over a folder of saved web pages: each page read and cleaned
 * as the pipeline would publish it (no licence decided), its body text
 * written as {@code TEXTS/<page>.txt} for the shared scorers, and the time
 * each page took. A page is a {@code NAME.html}, {@code NAME.html.gz} or a
 * folder {@code NAME/} holding {@code source.html}; a page refused gets no
 * text file (the scorers count it as empty) and is listed.
 */
final class ExtractionBench {

    /** What one run measured. */
    record Run(int pages, int refused, List<String> refusals, Latencies times, String slowest) {
    }

    private ExtractionBench() {
    }

    /** @param bodies where each page's article body goes as HTML ({@code NAME.html}), or null for none */
    static Run run(Pipeline pipeline, Path pages, Path texts, Path bodies) throws IOException {
        Files.createDirectories(texts);
        if (bodies != null) {
            Files.createDirectories(bodies);
        }
        List<Path> inputs = pageFiles(pages);
        // a few untimed pages first, so that the times are those of a warm service
        for (Path page : inputs.subList(0, Math.min(5, inputs.size()))) {
            try {
                extract(pipeline, page);
            } catch (PublishException e) {
                // refused pages are counted in the timed run
            }
        }
        List<Double> ms = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        double worst = -1;
        String slowest = "";
        for (Path page : inputs) {
            String name = pageName(page);
            long start = System.nanoTime();
            String text;
            try {
                Article article = pipeline.extract(new InputDocument("page.html", bytesOf(page), null));
                text = TextWriter.articleText(article);
                if (bodies != null) {
                    Files.writeString(bodies.resolve(name + ".html"), article.body().outerHtml(), StandardCharsets.UTF_8);
                }
            } catch (PublishException e) {
                text = null;
                refusals.add(name + ": " + e.getMessage().lines().findFirst().orElse(""));
            }
            double took = (System.nanoTime() - start) / 1e6;
            ms.add(took);
            if (took > worst) {
                worst = took;
                slowest = name;
            }
            Path target = texts.resolve(name + ".txt");
            if (text == null) {
                Files.deleteIfExists(target);
            } else {
                Files.writeString(target, text, StandardCharsets.UTF_8);
            }
        }
        return new Run(inputs.size(), refusals.size(), refusals, Latencies.of(ms), slowest);
    }

    private static String extract(Pipeline pipeline, Path page) throws IOException, PublishException {
        Article article = pipeline.extract(new InputDocument("page.html", bytesOf(page), null));
        return TextWriter.articleText(article);
    }

    static List<Path> pageFiles(Path pages) throws IOException {
        try (Stream<Path> s = Files.list(pages)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("source.html")) || pageFile(p))
                    .sorted(Comparator.comparing(ExtractionBench::pageName)).toList();
        }
    }

    private static boolean pageFile(Path p) {
        String n = p.getFileName().toString();
        return Files.isRegularFile(p) && (n.endsWith(".html") || n.endsWith(".html.gz") || n.endsWith(".htm"));
    }

    static String pageName(Path page) {
        return page.getFileName().toString().replaceFirst("\\.html?(\\.gz)?$", "");
    }

    private static byte[] bytesOf(Path page) throws IOException {
        if (Files.isDirectory(page)) {
            return Files.readAllBytes(page.resolve("source.html"));
        }
        if (page.getFileName().toString().endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                return in.readAllBytes();
            }
        }
        return Files.readAllBytes(page);
    }
}
