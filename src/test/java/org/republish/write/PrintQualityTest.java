package org.republish.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.republish.Assembly;
import org.republish.config.Settings;
import org.republish.model.Article;
import org.republish.testsupport.EpubChecker;
import org.republish.testsupport.Samples;

/**
 * One article with what a production editor looks at (footnotes, a heading
 * id, an in-page link, shortcodes, a wide numeric table, missing images,
 * curly quotes), through the whole pipeline into each format, read back.
 * The PDF is left in target/pdf-test-output to be looked at.
 */
class PrintQualityTest {

    private static final Path INPUT = Path.of("src/test/resources/print/notes-tables-shortcodes.md");
    private static Article article;

    @BeforeAll
    static void prepare() throws Exception {
        PdfTesting.quietLibraryLogs();
        article = Assembly.pipeline(Settings.of(Map.of())).prepare(Samples.input(INPUT));
    }

    @Test
    void theHtmlHasLinkedNotesLandingLinksAndNoRawMarkup() {
        Document page = Jsoup.parse(new String(new HtmlWriter(new ArticleXhtml(), Stylesheets.bundled()).write(article),
                StandardCharsets.UTF_8));
        assertNoRawMarkup(page.body().text());
        Element notes = page.selectFirst("section.notes[role=doc-endnotes]");
        assertNotNull(notes);
        assertEquals(2, notes.select("li a.backlink[role=doc-backlink]").size());
        assertEquals(2, page.select("sup a.noteref[role=doc-noteref]").size());
        assertAllInPageLinksLand(page);
        assertNotNull(page.getElementById("valid-keys"), "the heading's own id is kept");
    }

    @Test
    void tablesKeepNumericAlignmentAndScrollWithACueOnScreens() {
        Document page = Jsoup.parse(new String(new HtmlWriter(new ArticleXhtml(), Stylesheets.bundled()).write(article),
                StandardCharsets.UTF_8));
        Element wrap = page.selectFirst("div.table-wrap[role=region][tabindex=0]");
        assertNotNull(wrap, "the wide table sits in a scrolling region");
        assertEquals(page.selectFirst("p.table-cue").id(), wrap.attr("aria-labelledby"));
        assertTrue(page.select("td.align-right").size() >= 18, "the numeric columns stay right-aligned");
        assertTrue(page.select("[align]").isEmpty(), "no obsolete align attribute");
    }

    @Test
    void missingImagesAreMarkedPlaceholdersEvenWithoutAltText() {
        Document page = Jsoup.parse(new String(new HtmlWriter(new ArticleXhtml(), Stylesheets.bundled()).write(article),
                StandardCharsets.UTF_8));
        assertEquals(List.of("Image not included: The package logo", "Image not included: missing-chart.png"),
                page.select(".image-missing").eachText());
    }

    @Test
    void theEpubHasEpub3NotesSaysEachThingOnceAndPassesEpubCheck() throws Exception {
        byte[] epub = new EpubWriter(new ArticleXhtml(), Stylesheets.bundled(), null, "Example Republishing House")
                .write(article);
        EpubChecker.Result result = EpubChecker.check(epub, "print-quality");
        assertTrue(result.clean(), result::problems);
        Map<String, byte[]> files = EpubWriterTest.entries(epub);
        Document chapter = Jsoup.parse(new String(files.get("EPUB/" + EpubWriter.CHAPTER), StandardCharsets.UTF_8), "",
                Parser.xmlParser());
        assertNoRawMarkup(chapter.text());
        assertNotNull(chapter.selectFirst("section[epub:type=endnotes]"));
        assertEquals(2, chapter.select("li[epub:type=footnote]").size());
        assertEquals(2, chapter.select("a[epub:type=noteref]").size());
        assertAllInPageLinksLand(chapter);
        assertTrue(chapter.select("nav.toc, footer.attribution, p.byline, p.dateline").isEmpty(),
                "the title page and the navigation document say these already");
        String opf = new String(files.get("EPUB/package.opf"), StandardCharsets.UTF_8);
        assertTrue(opf.contains("<dc:publisher>Example Republishing House</dc:publisher>"), opf);
        assertTrue(opf.contains("<dc:source>https://example.org/blog/print-quality</dc:source>"), opf);
    }

    @Test
    void thePdfHasWorkingNoteLinksAndNoRawMarkupAndBreaksLinesWell() throws Exception {
        byte[] bytes = new PdfWriter(new ArticleXhtml(), Stylesheets.bundled()).write(article);
        Files.write(PdfTesting.outputDir().resolve("print-quality.pdf"), bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertNoRawMarkup(text);
            assertTrue(text.contains("Notes"), "the notes are in the text layer");
            assertTrue(text.contains("can\u2019t"), "the apostrophe is typographic and the word whole");
            for (String line : text.split("\\R")) {
                assertFalse(line.strip().matches("^[),.;:!?\u201D].*"), "a line starts with closing punctuation: " + line);
            }
            int internal = 0;
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo) {
                        internal++;
                    } else if (annotation instanceof PDAnnotationLink link && link.getDestination() != null) {
                        internal++;
                    }
                }
            }
            // two note references, two back-links, two links to sections
            assertTrue(internal >= 6, "in-document links: " + internal);
        }
    }

    @Test
    void everyEmojiOfTheSourceIsInThePdfTextWithNoFontWarning() throws Exception {
        var rendering = new PdfWriter(new ArticleXhtml(), Stylesheets.bundled()).render(article);
        assertTrue(rendering.warnings().stream().noneMatch(n -> n.rule().equals("write.pdf.fonts")),
                rendering.warnings().toString());
        String source = article.body().text();
        try (PDDocument pdf = Loader.loadPDF(rendering.bytes())) {
            String text = new PDFTextStripper().getText(pdf);
            long emoji = source.codePoints().filter(cp -> Character.getType(cp) == Character.OTHER_SYMBOL
                    && cp >= 0x1F000).peek(cp -> assertTrue(text.contains(Character.toString(cp)),
                            "emoji U+" + Integer.toHexString(cp) + " in the PDF's text")).count();
            assertTrue(emoji >= 1, "the test article has emoji");
        }
    }

    @Test
    void theLineBreakerKeepsWordsAndClosingPunctuationTogether() {
        assertFalse(PunctuationLineBreaker.allowed("can\u2019t", 4), "inside a word at its apostrophe");
        assertFalse(PunctuationLineBreaker.allowed("read_csv()), then", 10), "before a closing parenthesis");
        assertFalse(PunctuationLineBreaker.allowed("docs, and", 4), "before a comma");
        assertTrue(PunctuationLineBreaker.allowed("two words", 4));
        List<Integer> breaks = new ArrayList<>();
        PunctuationLineBreaker breaker = new PunctuationLineBreaker(java.util.Locale.ENGLISH);
        String text = "It can\u2019t (see summarise()) end.";
        breaker.setText(text);
        for (int at = breaker.next(); at > 0 && at < text.length(); at = breaker.next()) {
            breaks.add(at);
        }
        for (int at : breaks) {
            assertTrue(PunctuationLineBreaker.allowed(text, at), "break at " + at + " in " + text);
        }
        assertFalse(breaks.isEmpty());
    }

    @Test
    void punctuationAroundAShortInlineElementIsSetInOneBlockWithItWithoutChangingAWord() {
        String longLink = "a link whose text is far too long to be set unbroken";
        Element body = Jsoup.parseBodyFragment("<p>A table (<code>read_csv()</code>), then <a href=\"#x\">the docs</a>, "
                + "and <em>this</em> and [<em>sic</em>] and (<a href=\"https://example.org/long\">" + longLink
                + "</a>). <em>Trump</em>\u2019s words.</p>").body();
        List<String> before = org.republish.clean.Words.of(body);
        // "(" and ")" around the code, "," after the link, "[" and "]" around sic, ")" after the long link, "’s"
        assertEquals(7, PunctuationBinding.bind(body));
        List<String> blocks = body.select("span[style=display: inline-block]").stream().map(Element::text).toList();
        assertEquals(List.of("(read_csv()),", "the docs,", "[sic]"), blocks);
        assertEquals("#x", body.selectFirst("span > a").attr("href"), "the link itself is kept");
        assertEquals(List.of("\u2060). ", "\u2060\u2019s words."), body.select("p").first().textNodes().stream()
                .map(org.jsoup.nodes.TextNode::getWholeText).filter(t -> t.startsWith("\u2060")).toList(),
                "after a long element, or where the punctuation is part of a word, a word joiner");
        assertEquals(before, org.republish.clean.Words.of(body), "a block or a word joiner changes no word");
    }

    /** Issue 13: the sample's attribution broke as "license (" / "CC BY-ND 4.0)". */
    @Test
    void noLineOfThePdfEndsWithOpeningPunctuationBeforeALink() throws Exception {
        StringBuilder html = new StringBuilder();
        // the "(" lands at every place near the end of a line, one paragraph after another
        for (int i = 0; i < 90; i++) {
            html.append("<p>").append("ab ".repeat(i / 3)).append("x".repeat(i % 3 + 1))
                    .append(" under a Creative Commons license (<a href=\"https://creativecommons.org/licenses/by-nd/4.0/\">")
                    .append("CC BY-ND 4.0</a>). Read the <a href=\"https://example.org/\">original</a>.</p>");
        }
        Element body = Jsoup.parseBodyFragment(html.toString()).body();
        Article paragraphs = new Article(new org.republish.model.ArticleMeta.Builder().title("Openings").lang("en")
                .build(), body);
        byte[] bytes = new PdfWriter(new ArticleXhtml(), Stylesheets.bundled()).write(paragraphs);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            int lines = 0;
            for (String line : text.split("\\R")) {
                String visible = line.replace("\u2060", "").strip();
                lines++;
                assertFalse(visible.endsWith("("), "a line ends with an opening parenthesis: " + visible);
                assertFalse(visible.startsWith(")"), "a line starts with a closing parenthesis: " + visible);
            }
            assertTrue(lines > 180, "the paragraphs broke over several lines each: " + lines);
            assertFalse(text.replace("\u2060", "").matches("(?s).*\\R\\s*\\..*"), "a line starts with a full stop");
        }
    }

    @Test
    void anInPageLinkToNothingIsKeptAsText() {
        Element doc = Jsoup.parseBodyFragment("<h2 id=\"caf\u00e9\">Caf\u00e9</h2><p><a href=\"#nowhere\">gone</a> "
                + "<a href=\"#caf%C3%A9\">kept</a> <a href=\"https://example.org/#x\">web</a></p>").body();
        assertEquals(1, InPageLinks.unwrapDangling(doc, doc));
        assertEquals(List.of("#caf%C3%A9", "https://example.org/#x"), doc.select("a").eachAttr("href"));
        assertTrue(doc.text().contains("gone"), "the text stays");
    }

    private static void assertNoRawMarkup(String text) {
        for (String raw : List.of("[^", "{#", "{{<", "{{%")) {
            assertFalse(text.contains(raw), "raw " + raw + " in the output");
        }
    }

    private static void assertAllInPageLinksLand(Document doc) {
        for (Element a : doc.select("a[href^=#]")) {
            assertNotNull(doc.getElementById(a.attr("href").substring(1)), "in-page link " + a.attr("href") + " lands");
        }
    }
}
