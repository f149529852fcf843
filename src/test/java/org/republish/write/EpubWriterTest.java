package org.republish.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;
import org.republish.model.Attribution;
import org.republish.model.Author;
import org.republish.model.License;
import org.republish.model.Notice;
import org.republish.model.Publication;
import org.republish.read.ArticleReaders;
import org.republish.read.InputDocument;
import org.republish.testsupport.EpubChecker;

class EpubWriterTest {

    private static final Path SHARED = Path.of(System.getProperty("republish.sharedDir", "../shared"));
    private static final Path SAMPLE = SHARED.resolve("samples/conversation-essf-china-russia.md");
    private static final Path ROPENSCI = SHARED.resolve("corpus/ropensci-blog");

    private static ArticleXhtml layout;
    private static EpubWriter writer;

    @BeforeAll
    static void setUp() {
        layout = new ArticleXhtml();
        writer = new EpubWriter(layout, Stylesheets.bundled());
    }

    // ---- the canonical sample ----

    @Test
    void sampleArticlePassesEpubCheckWithNoErrorsOrWarnings() throws Exception {
        Article article = sample();
        EpubChecker.Result result = EpubChecker.check(writer.write(article), "sample-china-russia");
        result.usages().forEach(u -> System.out.println("usage: " + u));
        assertTrue(result.clean(), result::problems);
    }

    @Test
    void mimetypeIsTheFirstEntryStoredUncompressedWithoutExtraField() throws Exception {
        byte[] epub = writer.write(sample());
        // the OCF "magic": local header of "mimetype" at offset 0, its content right after the name
        assertEquals("mimetype", new String(epub, 30, 8, StandardCharsets.US_ASCII));
        assertEquals(0, (epub[28] & 0xff) | (epub[29] & 0xff) << 8, "extra field length");
        assertEquals(0, (epub[8] & 0xff) | (epub[9] & 0xff) << 8, "compression method: stored");
        assertEquals("application/epub+zip", new String(epub, 38, 20, StandardCharsets.US_ASCII));
        // before the zip format's first date, times are clamped rather than given an extra field
        Article old = sample();
        byte[] dated1975 = writer.write(old.withMeta(old.meta().toBuilder().published("1975-05-01").build()));
        assertEquals(0, (dated1975[28] & 0xff) | (dated1975[29] & 0xff) << 8, "extra field length, 1975");
        List<String> names = new ArrayList<>(entries(epub).keySet());
        assertEquals(List.of("mimetype", "META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml",
                "EPUB/title.xhtml", "EPUB/chapter.xhtml", "EPUB/css/epub.css"), names);
    }

    @Test
    void navigationListsExactlyTheArticleHeadings() throws Exception {
        Article article = sample();
        List<ArticleXhtml.Heading> headings = layout.render(article).headings();
        assertFalse(headings.isEmpty(), "the sample has section headings");
        Map<String, byte[]> files = entries(writer.write(article));
        Document nav = xhtml(files.get("EPUB/nav.xhtml"));
        List<Element> links = nav.select("nav[epub:type=toc] a");
        assertEquals(headings.stream().map(ArticleXhtml.Heading::text).toList(),
                links.stream().map(Element::text).toList());
        assertEquals(headings.stream().map(h -> "chapter.xhtml#" + h.id()).toList(),
                links.stream().map(a -> a.attr("href")).toList());
        // every target exists in the chapter
        Document chapter = xhtml(files.get("EPUB/chapter.xhtml"));
        for (ArticleXhtml.Heading h : headings) {
            Element target = chapter.getElementById(h.id());
            assertNotNull(target, h.id());
            assertEquals("h" + h.level(), target.tagName());
        }
    }

    @Test
    void packageDocumentCarriesTitleLanguageAndModifiedDate() throws Exception {
        Article article = sample();
        org.w3c.dom.Document opf = dom(entries(writer.write(article)).get("EPUB/package.opf"));
        String dc = "http://purl.org/dc/elements/1.1/";
        assertEquals(ArticleXhtml.titleOf(article.meta()),
                opf.getElementsByTagNameNS(dc, "title").item(0).getTextContent());
        assertEquals(article.meta().langOrDefault(),
                opf.getElementsByTagNameNS(dc, "language").item(0).getTextContent());
        String identifier = opf.getElementsByTagNameNS(dc, "identifier").item(0).getTextContent();
        assertTrue(identifier.matches("urn:uuid:[0-9a-f-]{36}"), identifier);
        String modified = metaProperty(opf, "dcterms:modified").get(0);
        assertTrue(modified.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), modified);
        assertEquals(List.of("textual"), metaProperty(opf, "schema:accessMode"));
        assertEquals(List.of("none"), metaProperty(opf, "schema:accessibilityHazard"));
        assertTrue(metaProperty(opf, "schema:accessibilityFeature").containsAll(
                List.of("structuralNavigation", "tableOfContents", "readingOrder")));
        assertEquals(1, metaProperty(opf, "schema:accessibilitySummary").size());
    }

    @Test
    void sameArticleGivesIdenticalBytes() throws Exception {
        byte[] first = writer.write(sample());
        byte[] second = new EpubWriter(new ArticleXhtml(), Stylesheets.bundled()).write(sample());
        assertArrayEquals(first, second);
    }

    @Test
    void chapterIsWellFormedXhtml() throws Exception {
        Map<String, byte[]> files = entries(writer.write(sample()));
        for (String name : List.of("EPUB/chapter.xhtml", "EPUB/title.xhtml", "EPUB/nav.xhtml", "EPUB/package.opf")) {
            assertNotNull(dom(files.get(name)), name); // a strict XML parser throws on any error
        }
        String chapter = new String(files.get("EPUB/chapter.xhtml"), StandardCharsets.UTF_8);
        assertTrue(chapter.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        assertFalse(chapter.contains("&nbsp;"), "only XML's own entities");
        assertFalse(chapter.contains("href=\"#\""), "dead placeholder links are unwrapped");
    }

    @Test
    void theAuthorsRoleIsShownAndEachBiographyParagraphStaysAParagraph() throws Exception {
        Article article = read("bio.md", "---\ntitle: A test of the author box\nlicense: CC-BY-4.0\nauthors:\n"
                + "  - name: Ana Lima\n    role: Professor of History\n    affiliation: Example University\n"
                + "    bio: \"I study the archives of small towns.\\n\\nCurrently I lead a project on parish records.\"\n"
                + "---\n\nThe body of the article, long enough to be one.\n");
        Map<String, byte[]> files = entries(writer.write(article));
        Document chapter = xhtml(files.get("EPUB/chapter.xhtml"));
        Element box = chapter.selectFirst("aside.author-box");
        assertNotNull(box, "the author box");
        assertEquals("Ana Lima, Professor of History, Example University. I study the archives of small towns.",
                box.select("p").get(0).text(), box.html());
        assertEquals(2, box.select("p").size(), box.html());
        assertEquals("Currently I lead a project on parish records.", box.select("p").get(1).text(), box.html());
    }

    // ---- hard content ----

    @Test
    void remoteImagesMissingImagesAndTablesStillPassEpubCheck() throws Exception {
        String markdown = """
                # Pictures and numbers

                A photo: ![A heron standing in reeds](https://example.org/heron.jpg) and an icon ![](/img/icon.png).

                [![Linked chart](https://example.org/chart.png)](https://example.org/chart)

                [![](https://example.org/only-image.png)](https://example.org/x)

                | Year | Count |
                |-----:|:------|
                | 2022 | 10    |
                | 2023 | 12    |

                See [the notes](notes.html), [a dead link](#), [the table](#missing) and
                [mail us](mailto:editor@example.org).
                """;
        Article article = read("pictures.md", markdown);
        EpubWriter.Output output = writer.build(article);
        EpubChecker.Result result = EpubChecker.check(output.bytes(), "remote-image-and-table");
        assertTrue(result.clean(), result::problems);

        Map<String, byte[]> files = entries(output.bytes());
        String chapter = new String(files.get("EPUB/chapter.xhtml"), StandardCharsets.UTF_8);
        assertFalse(chapter.contains("<img"), "no image can be referenced");
        assertTrue(chapter.contains("A heron standing in reeds"), "alt text stands in for the image");
        assertTrue(chapter.contains("Linked chart"));
        assertTrue(chapter.contains("<table>"));
        assertTrue(chapter.contains("href=\"mailto:editor@example.org\""));
        assertFalse(chapter.contains("notes.html"), "a relative link without an original URL points nowhere");
        // the layout already stood the alt text in for the images (the pipeline warns about them once),
        // so the EPUB writer has no image of its own to leave out
        assertTrue(output.notices().stream().noneMatch(n -> n.level() == Notice.Level.WARNING), output.notices()::toString);
    }

    @Test
    void relativeLinksAreResolvedAgainstTheOriginalUrl() throws Exception {
        Article article = read("links.md", "# Links\n\nSee [the notes](notes/one.html) and [top](/about).\n");
        article = article.withMeta(article.meta().toBuilder().originalUrl("https://example.org/blog/post").build());
        String chapter = new String(entries(writer.write(article)).get("EPUB/chapter.xhtml"), StandardCharsets.UTF_8);
        assertTrue(chapter.contains("href=\"https://example.org/blog/notes/one.html\""), chapter);
        assertTrue(chapter.contains("href=\"https://example.org/about\""), chapter);
    }

    @Test
    void carriedImageIsStoredInTheBookAndDeclared() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png);
        String src = "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        Element body = Article.newBody();
        body.appendElement("p").text("A black square follows.");
        Element figure = body.appendElement("figure");
        figure.appendElement("img").attr("src", src).attr("alt", "A black square").attr("width", "4px");
        figure.appendElement("figcaption").text("Figure 1. Black.");
        Article article = new Article(new ArticleMeta.Builder().title("Squares").lang("en").build(), body);

        byte[] epub = writer.write(article);
        EpubChecker.Result result = EpubChecker.check(epub, "carried-image");
        assertTrue(result.clean(), result::problems);
        Map<String, byte[]> files = entries(epub);
        assertArrayEquals(png.toByteArray(), files.get("EPUB/images/image-1.png"));
        org.w3c.dom.Document opf = dom(files.get("EPUB/package.opf"));
        assertEquals(List.of("textual", "visual"), metaProperty(opf, "schema:accessMode"));
        assertTrue(metaProperty(opf, "schema:accessibilityFeature").contains("alternativeText"));
    }

    @Test
    void navigationNestsHeadingsByLevelEvenWhenLevelsJump() throws Exception {
        Element body = Article.newBody();
        for (String[] h : new String[][] {{"h3", "Before any section"}, {"h2", "One"}, {"h4", "One, deep"},
                {"h3", "One, middle"}, {"h2", "Two"}, {"h3", "Two, a"}, {"h3", "Two, b"}}) {
            body.appendElement(h[0]).text(h[1]);
            body.appendElement("p").text("Text under " + h[1] + ".");
        }
        Article article = new Article(new ArticleMeta.Builder().title("Levels").build(), body);
        byte[] epub = writer.write(article);
        EpubChecker.Result result = EpubChecker.check(epub, "nested-headings");
        assertTrue(result.clean(), result::problems);

        Document nav = xhtml(entries(epub).get("EPUB/nav.xhtml"));
        Element top = nav.selectFirst("nav[epub:type=toc] > ol");
        assertEquals(List.of("Before any section", "One", "Two"),
                top.select("> li > a").stream().map(Element::text).toList());
        Element one = top.child(1);
        assertEquals(List.of("One, deep", "One, middle"), one.select("> ol > li > a").stream().map(Element::text).toList());
        assertEquals(List.of("Two, a", "Two, b"), top.child(2).select("> ol > li > a").stream().map(Element::text).toList());
        for (Element li : nav.select("nav[epub:type=toc] li")) {
            assertTrue(li.select("> ol").size() <= 1, "one sub-list per entry");
        }
    }

    @Test
    void articleWithoutHeadingsGetsOneNavigationEntry() throws Exception {
        Article article = read("plain.md", "Just one paragraph, no headings at all.\n");
        byte[] epub = writer.write(article);
        EpubChecker.Result result = EpubChecker.check(epub, "no-headings");
        assertTrue(result.clean(), result::problems);
        Document nav = xhtml(entries(epub).get("EPUB/nav.xhtml"));
        assertEquals(List.of("chapter.xhtml"), nav.select("nav[epub:type=toc] a").eachAttr("href"));
    }

    @Test
    void badIdsDatesAndLanguagesAreRepairedNotPassedOn() throws Exception {
        Element body = Jsoup.parseBodyFragment("""
                <h2 id="1 intro">Intro</h2><p id="dup">One <a href="#1 intro">back</a></p><p id="dup">Two</p>
                <p>On <time datetime="sometime">a day</time>, <span lang="!!">words</span>
                <strike>gone</strike>.</p>
                <table summary="old" width="100"><tr><td width="3" abbr="x" scope="row">cell</td></tr></table>
                """).body();
        Article article = new Article(new ArticleMeta.Builder().title("Repairs").lang("en_GB")
                .published("sometime in March").build(), body);
        byte[] epub = writer.write(article);
        EpubChecker.Result result = EpubChecker.check(epub, "repairs");
        assertTrue(result.clean(), result::problems);
        Map<String, byte[]> files = entries(epub);
        org.w3c.dom.Document opf = dom(files.get("EPUB/package.opf"));
        assertEquals("en-GB", opf.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "language")
                .item(0).getTextContent());
        assertEquals(0, opf.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "date").getLength(),
                "an unreadable date is left out, not guessed");
        Document nav = xhtml(files.get("EPUB/nav.xhtml"));
        String target = nav.selectFirst("nav[epub:type=toc] a").attr("href");
        Document chapter = xhtml(files.get("EPUB/chapter.xhtml"));
        Element intro = chapter.getElementById(target.substring(target.indexOf('#') + 1));
        assertNotNull(intro, "the nav follows the renamed heading id");
        assertEquals("Intro", intro.text());
        assertEquals("#" + intro.id(), chapter.selectFirst("a:contains(back)").attr("href"));
    }

    @Test
    void markupThatBrowsersTolerateIsRegroupedWithItsWordsKept() throws Exception {
        // each shape below was met in real pages (readability corpus, rOpenSci posts)
        Element body = Jsoup.parseBodyFragment("""
                <pre><div><span>// add.c</span><br>int x;<p>int y;</p></div></pre>
                <ol><li>Find candidates:</li><ol><li>nested</li></ol>stray <i>words</i><li>last</li></ol>
                <dl><dd>indented only</dd></dl>
                <div><figcaption>caption adrift</figcaption></div>
                <small><ul><li>small list</li></ul></small>
                """).body();
        Article article = new Article(new ArticleMeta.Builder().title("Tolerated").build(), body);
        String before = body.text();
        byte[] epub = writer.write(article);
        EpubChecker.Result result = EpubChecker.check(epub, "tolerated-markup");
        assertTrue(result.clean(), result::problems);
        Document chapter = xhtml(entries(epub).get("EPUB/chapter.xhtml"));
        String after = chapter.selectFirst("div.article-body").text();
        assertEquals(before.replaceAll("\\s+", ""), after.replaceAll("\\s+", ""), "same words, same order");
        assertEquals("nested", chapter.selectFirst("ol > li > ol > li").text());
        assertTrue(chapter.select("pre div, pre p").isEmpty());
    }

    @Test
    void licenceAndAttributionReachThePackageMetadata() throws Exception {
        Article article = sample();
        License licence = new License("CC-BY-ND-4.0", "CC BY-ND 4.0", "https://creativecommons.org/licenses/by-nd/4.0/");
        Attribution attribution = new Attribution(List.of(
                Attribution.Span.text("This article is republished from "),
                Attribution.Span.link("The Conversation", "https://theconversation.com"),
                Attribution.Span.text(" under a Creative Commons license. "),
                Attribution.Span.link("Read the original article", "https://theconversation.com/russia-wants-x-201234"),
                Attribution.Span.text(".")));
        article = article.withMeta(article.meta().toBuilder()
                .authors(List.of(Author.named("Michael A. Allen").withAffiliation("Boise State University")))
                .published("2023-03-08T14:39:00+01:00")
                .republished("2023-03-21")
                .source(new Publication("The Conversation", "https://theconversation.com"))
                .originalUrl("https://theconversation.com/russia-wants-x-201234")
                .license(licence)
                .attribution(attribution)
                .build());
        byte[] epub = writer.write(article);
        EpubChecker.Result result = EpubChecker.check(epub, "licensed");
        assertTrue(result.clean(), result::problems);

        Map<String, byte[]> files = entries(epub);
        org.w3c.dom.Document opf = dom(files.get("EPUB/package.opf"));
        String dc = "http://purl.org/dc/elements/1.1/";
        assertEquals("Michael A. Allen", opf.getElementsByTagNameNS(dc, "creator").item(0).getTextContent());
        assertEquals("2023-03-08T14:39:00+01:00", opf.getElementsByTagNameNS(dc, "date").item(0).getTextContent());
        assertEquals(List.of("2023-03-21T00:00:00Z"), metaProperty(opf, "dcterms:modified"));
        assertEquals(0, opf.getElementsByTagNameNS(dc, "publisher").getLength(), "the source is not the book's publisher");
        assertEquals(article.meta().originalUrl(), opf.getElementsByTagNameNS(dc, "source").item(0).getTextContent());
        assertEquals(attribution.plainText().strip(), opf.getElementsByTagNameNS(dc, "rights").item(0).getTextContent());
        assertEquals(List.of(article.meta().originalUrl()), metaProperty(opf, "cc:attributionURL"));
        org.w3c.dom.Element link = (org.w3c.dom.Element) opf.getElementsByTagNameNS(
                "http://www.idpf.org/2007/opf", "link").item(0);
        assertEquals("cc:license", link.getAttribute("rel"));
        assertEquals(licence.url(), link.getAttribute("href"));
        assertTrue(opf.getDocumentElement().getAttribute("prefix").contains("cc: http://creativecommons.org/ns#"));

        Document titlePage = xhtml(files.get("EPUB/title.xhtml"));
        assertEquals(ArticleXhtml.titleOf(article.meta()), titlePage.selectFirst("h1").text());
        assertTrue(titlePage.text().contains("Michael A. Allen, Boise State University"));
        assertTrue(titlePage.text().contains("CC BY-ND 4.0"));
        assertTrue(titlePage.text().contains("This article is republished from The Conversation"));
        assertEquals(licence.url(), titlePage.selectFirst("p.licence a").attr("href"));
    }

    @Test
    void identifierFollowsTheOriginalUrlAndClockIsUsedWhenGiven() throws Exception {
        ArticleMeta a = new ArticleMeta.Builder().title("A").originalUrl("https://example.org/a").build();
        ArticleMeta sameUrl = a.toBuilder().title("A, retitled").build();
        ArticleMeta other = a.toBuilder().originalUrl("https://example.org/b").build();
        assertEquals(EpubWriter.identifierOf(a), EpubWriter.identifierOf(sameUrl));
        assertNotEquals(EpubWriter.identifierOf(a), EpubWriter.identifierOf(other));

        Clock clock = Clock.fixed(Instant.parse("2024-05-06T07:08:09.567Z"), ZoneOffset.UTC);
        byte[] epub = new EpubWriter(layout, Stylesheets.bundled(), clock).write(sample());
        assertEquals(List.of("2024-05-06T07:08:09Z"),
                metaProperty(dom(entries(epub).get("EPUB/package.opf")), "dcterms:modified"));
    }

    // ---- real posts ----

    @Test
    void tenRopensciPostsPassEpubCheck() throws Exception {
        assumeTrue(Files.isDirectory(ROPENSCI), "skipped: " + ROPENSCI + " is absent (the shared corpus)");
        List<Path> posts;
        try (Stream<Path> files = Files.list(ROPENSCI)) {
            posts = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        int every = Integer.getInteger("epub.corpus.every", Math.max(1, posts.size() / 10));
        List<String> failures = new ArrayList<>();
        int checked = 0;
        long started = System.nanoTime();
        for (int i = 0; i < posts.size(); i += every) {
            Path post = posts.get(i);
            Article article = new ArticleReaders().read(
                    new InputDocument(post.getFileName().toString(), Files.readAllBytes(post), post.getParent()));
            EpubChecker.Result result = EpubChecker.check(writer.write(article), post.getFileName().toString());
            checked++;
            if (!result.clean()) {
                failures.add(result.problems());
            }
        }
        System.out.printf("ropensci: %d posts written and checked in %d ms%n", checked,
                (System.nanoTime() - started) / 1_000_000);
        assertTrue(checked >= 10, "checked " + checked);
        assertTrue(failures.isEmpty(), String.join("\n\n", failures));
    }

    @Test
    void readabilityArticleBodiesPassEpubCheck() throws Exception {
        Path pages = SHARED.resolve("corpus/readability/pages");
        assumeTrue(Files.isDirectory(pages), "skipped: " + pages + " is absent (the shared corpus)");
        List<Path> bodies;
        try (Stream<Path> dirs = Files.list(pages)) {
            bodies = dirs.map(d -> d.resolve("expected.html")).filter(Files::isRegularFile).sorted().toList();
        }
        int every = Integer.getInteger("epub.corpus.every", 5);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < bodies.size(); i += every) {
            Path body = bodies.get(i);
            String name = body.getParent().getFileName() + ".html";
            Article article = new ArticleReaders().read(new InputDocument(name, Files.readAllBytes(body), body.getParent()));
            EpubChecker.Result result = EpubChecker.check(writer.write(article), name);
            checked++;
            if (!result.clean()) {
                failures.add(result.problems());
            }
        }
        assertTrue(checked >= 10, "checked " + checked);
        assertTrue(failures.isEmpty(), failures.size() + " of " + checked + " failed\n" + String.join("\n\n", failures));
    }

    // ---- helpers ----

    private static Article sample() throws Exception {
        assumeTrue(Files.isRegularFile(SAMPLE), "skipped: the canonical sample " + SAMPLE + " is absent");
        return new ArticleReaders().read(new InputDocument(SAMPLE.getFileName().toString(),
                Files.readAllBytes(SAMPLE), SAMPLE.getParent()));
    }

    private static Article read(String name, String markdown) throws Exception {
        return new ArticleReaders().read(new InputDocument(name, markdown.getBytes(StandardCharsets.UTF_8), null));
    }

    static Map<String, byte[]> entries(byte[] epub) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), zip.readAllBytes());
            }
        }
        return files;
    }

    private static Document xhtml(byte[] bytes) {
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", Parser.xmlParser());
    }

    private static org.w3c.dom.Document dom(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static List<String> metaProperty(org.w3c.dom.Document opf, String property) {
        List<String> values = new ArrayList<>();
        var metas = opf.getElementsByTagNameNS("http://www.idpf.org/2007/opf", "meta");
        for (int i = 0; i < metas.getLength(); i++) {
            org.w3c.dom.Element meta = (org.w3c.dom.Element) metas.item(i);
            if (property.equals(meta.getAttribute("property"))) {
                values.add(meta.getTextContent());
            }
        }
        return values;
    }
}
