package org.republish.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.republish.Assembly;
import org.republish.config.Settings;
import org.republish.model.Article;
import org.republish.pipeline.Pipeline;
import org.republish.testsupport.NuHtmlChecker;
import org.republish.testsupport.Samples;

/** The HTML pages pass the Nu HTML Checker with no errors: the sample, a front-matter post, and corpus posts. */
class HtmlValidityTest {

    private static NuHtmlChecker checker;
    private final Pipeline pipeline = Assembly.pipeline(Settings.of(java.util.Map.of(Settings.PROFILE, "ropensci")));
    private final HtmlWriter html = new HtmlWriter(new ArticleXhtml(), Stylesheets.bundled());

    @BeforeAll
    static void setUp() throws Exception {
        boolean onClasspath;
        try {
            Class.forName("nu.validator.validation.SimpleDocumentValidator");
            onClasspath = true;
        } catch (ClassNotFoundException e) {
            onClasspath = false;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(onClasspath,
                "the Nu HTML Checker runs in the html-validity surefire execution, on its own classpath");
        checker = new NuHtmlChecker();
    }

    private List<NuHtmlChecker.Message> errorsOf(Path input) throws Exception {
        Article article = pipeline.prepare(Samples.input(input));
        return NuHtmlChecker.errors(checker.check(html.write(article)));
    }

    @Test
    void theCheckerReallyFindsErrors() throws Exception {
        List<NuHtmlChecker.Message> errors = NuHtmlChecker.errors(checker.check(
                "<!DOCTYPE html><html><head></head><body><p><div></p></body></html>".getBytes()));
        assertFalse(errors.isEmpty(), "a page without <title> and with misnested tags must fail");
    }

    @Test
    void theSamplePageIsValid() throws Exception {
        assertEquals(List.of(), errorsOf(Samples.sampleArticle()));
    }

    @Test
    void aFullyAttributedPageIsValid() throws Exception {
        assertEquals(List.of(), NuHtmlChecker.errors(checker.check(html.write(HtmlWriterTest.attributedArticle()))));
    }

    @Test
    void theFrontMatterPostIsValid() throws Exception {
        assertEquals(List.of(), errorsOf(Path.of("src/test/resources/golden/front-matter/input.md")));
    }

    @Test
    void thePrintQualityArticleIsValid() throws Exception {
        // notes with DPUB-ARIA roles, a scrolling table region, image placeholders
        assertEquals(List.of(), errorsOf(Path.of("src/test/resources/print/notes-tables-shortcodes.md")));
    }

    @Test
    void corpusPostsAreValid() throws Exception {
        Path corpus = Samples.corpus("ropensci-blog");
        List<String> failures = new ArrayList<>();
        List<Path> posts;
        try (Stream<Path> s = Files.list(corpus)) {
            posts = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        int checked = 0;
        for (int i = 0; i < posts.size(); i += 8) {
            List<NuHtmlChecker.Message> errors = errorsOf(posts.get(i));
            checked++;
            if (!errors.isEmpty()) {
                failures.add(posts.get(i).getFileName() + ": " + errors.get(0) + " (+" + (errors.size() - 1) + ")");
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())),
                failures.size() + " of " + checked + " posts have errors; the first ten are shown");
    }

    @Test
    void aSavedPageWithRubyReadingsIsValid(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>やさしいニュース</title>"
                + "<link rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/\"></head><body><article>"
                + "<h1>やさしいニュース</h1><p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもを<ruby>教育<rt>きょういく"
                + "</rt></ruby>するために、新しい<ruby>法律<rt>ほうりつ</rt></ruby>ができました。</p></article></body></html>");
        Article article = pipeline.prepare(Samples.input(page));
        String written = new String(html.write(article), java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(written.contains("<rt>ほうりつ</rt>"), written);
        assertEquals(List.of(), NuHtmlChecker.errors(checker.check(written.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    @Test
    void aSavedPageWithEquationsIsValid() throws Exception {
        // MathJax's sample page: its equations are MathML, kept in the page
        Path page = Path.of("../shared/corpus/readability/pages/mathjax/source.html");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(page), page + " is absent");
        Article article = pipeline.prepare(Samples.input(page));
        byte[] written = html.write(article);
        String text = new String(written, java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertEquals(13, text.split("<math ", -1).length - 1, "13 equations in the page");
        assertEquals(List.of(), NuHtmlChecker.errors(checker.check(written)));
    }
}
