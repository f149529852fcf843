package org.republish.read;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.republish.model.Article;
import org.republish.testsupport.ExtractionScorer;
import org.republish.write.TextWriter;

/**
 * Extraction quality on Mozilla Readability's test pages, measured with the
 * project's shared scorer (4-gram shingle F1 of the body text against the
 * expected article), plus title and byline agreement with the expected
 * metadata. Writes the extracted texts and a report under
 * {@code target/extraction/}.
 */
class ReadabilityCorpusTest {

    static final Path CORPUS = Path.of("../shared/corpus/readability");
    static final Path OUT = Path.of("target/extraction");

    /** Targets: body-text F1 on the news articles, title and byline agreement on every page. */
    static final double NEWS_F1_AT_LEAST = 0.95;
    static final double TITLE_MATCH_AT_LEAST = 0.90;
    static final double BYLINE_MATCH_AT_LEAST = 0.75;

    private static final List<String> report = new ArrayList<>();
    private static int pages;
    private static int titlePages;
    private static int titleMatches;
    private static int bylinePages;
    private static int bylineMatches;
    private static final List<String> titleMisses = new ArrayList<>();
    private static final List<String> bylineMisses = new ArrayList<>();

    @BeforeAll
    static void extractEveryPage() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS.resolve("pages")) && Files.isRegularFile(ExtractionScorer.SCORER),
                "../shared/corpus/readability or the scorer is absent: extraction quality not measured");
        Path predictions = OUT.resolve("pred");
        Files.createDirectories(predictions);
        ArticleReaders readers = new ArticleReaders();
        ObjectMapper json = new ObjectMapper();
        List<Path> dirs;
        try (Stream<Path> s = Files.list(CORPUS.resolve("pages"))) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path dir : dirs) {
            String name = dir.getFileName().toString();
            Article a = readers.read(new InputDocument("source.html", Files.readAllBytes(dir.resolve("source.html")), null));
            Files.writeString(predictions.resolve(name + ".txt"), TextWriter.bodyText(a.body()), StandardCharsets.UTF_8);
            JsonNode expected = json.readTree(dir.resolve("expected-metadata.json").toFile());
            pages++;
            String title = text(expected.get("title"));
            if (title.isEmpty()) {
                // no title anywhere in the page: the pipeline names the article after its file, on purpose
                titleMisses.add(name + ": (no expected title; got \"" + a.meta().title() + "\", not counted)");
            } else if (same(title, a.meta().title()) || sameWithSiteName(title, a)) {
                titlePages++;
                titleMatches++;
            } else {
                titlePages++;
                titleMisses.add(name + ": expected \"" + title + "\", got \"" + a.meta().title() + "\"");
            }
            String byline = text(expected.get("byline"));
            if (!byline.isEmpty()) {
                bylinePages++;
                String got = a.meta().extra().getOrDefault("byline", "");
                if (same(byline, got)) {
                    bylineMatches++;
                } else {
                    bylineMisses.add(name + ": expected \"" + byline + "\", got \"" + got + "\"");
                }
            }
        }
    }

    @Test
    void newsArticlesAreExtractedAsWellAsTheTargetSays() throws Exception {
        double f1 = score(true);
        report("news-article pages: F1 " + f1 + " (target " + NEWS_F1_AT_LEAST + ")");
        assertTrue(f1 >= NEWS_F1_AT_LEAST, "news body-text F1 " + f1 + " < " + NEWS_F1_AT_LEAST);
    }

    @Test
    void everyPageIsScoredToo() throws Exception {
        double f1 = score(false);
        report("all pages: F1 " + f1);
        assertTrue(f1 >= 0.95, "all-pages body-text F1 " + f1 + " fell below 0.95 (measured 0.980 when written)");
    }

    @Test
    void titlesMatchTheExpectedMetadata() throws Exception {
        double rate = (double) titleMatches / titlePages;
        report("titles (pages that have one): " + titleMatches + "/" + titlePages + " = " + rate
                + "; over all " + pages + " pages " + (double) titleMatches / pages + "\n  " + String.join("\n  ", titleMisses));
        assertTrue(rate >= TITLE_MATCH_AT_LEAST, "title match rate " + rate);
    }

    @Test
    void bylinesMatchTheExpectedMetadata() throws Exception {
        double rate = (double) bylineMatches / bylinePages;
        report("bylines (pages that have one): " + bylineMatches + "/" + bylinePages + " = " + rate
                + "\n  " + String.join("\n  ", bylineMisses));
        assertTrue(rate >= BYLINE_MATCH_AT_LEAST, "byline match rate " + rate);
    }

    /** Runs the shared scorer over the written predictions and returns the F1 on its last line. */
    private static double score(boolean onlyNews) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of("readability", CORPUS.resolve("pages").toString(),
                OUT.resolve("pred").toString()));
        if (onlyNews) {
            arguments.addAll(List.of("--only-news", CORPUS.resolve("CATEGORIES.tsv").toString()));
        }
        ExtractionScorer.Score score = ExtractionScorer.run(arguments.toArray(String[]::new));
        report((onlyNews ? "scorer --only-news" : "scorer, all pages") + ":\n" + score.output());
        return score.f1();
    }

    private static synchronized void report(String line) throws IOException {
        System.out.println(line);
        report.add(line);
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve("report.txt"), String.join("\n", report) + "\n", StandardCharsets.UTF_8);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "" : n.asText();
    }

    /**
     * Readability keeps the site's name in the title ("How to Build a Terrarium | eHow"); we give the headline
     * as the title and the site's name as the source, as an attribution names them. The same title, then.
     */
    private static boolean sameWithSiteName(String expected, Article a) {
        if (a.meta().source() == null || a.meta().title() == null) {
            return false;
        }
        return norm(expected).matches(java.util.regex.Pattern.quote(norm(a.meta().title())) + "\\s*[|\\-–—·:]\\s*"
                + java.util.regex.Pattern.quote(norm(a.meta().source().name())));
    }

    /** The same text once white space is normalised. */
    private static boolean same(String expected, String actual) {
        return norm(expected).equals(norm(actual));
    }

    private static String norm(String s) {
        return s == null ? "" : s.replaceAll("[\\s\u00a0]+", " ").strip();
    }
}
