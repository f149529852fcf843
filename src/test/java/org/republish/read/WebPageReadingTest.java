package org.republish.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.republish.model.Article;
import org.republish.model.LicenseEvidence;
import org.republish.model.Author;
import org.republish.model.Notice;

/** Whole saved web pages: the article is extracted from its chrome, the metadata gathered from every source. */
class WebPageReadingTest {

    private final ArticleReaders readers = new ArticleReaders();

    private static final String PROSE = "The council met on Tuesday evening to discuss the plan, which has divided "
            + "residents for months, and agreed to publish every submission it received before the vote.";
    /** A paragraph of the article's prose, to make a page long enough to be an article. */
    private static final String PARAGRAPH = "<p>" + PROSE + "</p>";

    private Article read(String html) throws Exception {
        return readers.read(new InputDocument("page.html", html.getBytes(StandardCharsets.UTF_8), null));
    }

    private static String paragraphs(int n) {
        return paragraphs(1, n);
    }

    private static String paragraphs(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i <= to; i++) {
            b.append("<p>Paragraph ").append(i).append(". ").append(PROSE).append("</p>\n");
        }
        return b.toString();
    }

    private static final String NEWS_PAGE = """
            <!doctype html><html lang="en"><head><meta charset="utf-8">
            <title>Council opens its books - The Daily Example</title>
            <link rel="canonical" href="https://daily.example/news/council-books">
            <meta property="og:site_name" content="The Daily Example">
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@type": "NewsArticle",
             "headline": "Council opens its books",
             "author": [{"@type": "Person", "name": "Ana Lima"}, {"@type": "Person", "name": "Bo Chen"}],
             "datePublished": "2024-03-05T09:30:00Z", "license": "https://creativecommons.org/licenses/by/4.0/",
             "publisher": {"@type": "Organization", "name": "The Daily Example"}}
            </script></head>
            <body>
            <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
            <header class="site-header"><nav class="menu"><a href="/">Home</a> <a href="/news">News</a>
              <a href="/sport">Sport</a></nav></header>
            <div class="layout">
              <main><div class="article-body">
                <h1>Council opens its books</h1>
                <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
            """ + paragraphs(4) + """
                <figure><img src="https://daily.example/hall.jpg" alt="The town hall at dusk">
                  <figcaption>The town hall, where the council meets.</figcaption></figure>
                <h2>What happens next</h2>
                <blockquote><p>"We have nothing to hide," the mayor said, and the room applauded her.</p></blockquote>
                <ul><li>Submissions are published on Friday, as promised by the council.</li>
                    <li>The vote is held a week later, in public, at the town hall.</li></ul>
            """ + paragraphs(5, 7) + """
                <div class="newsletter-signup"><p>Get our newsletter: subscribe today, it is free!</p></div>
              </div></main>
              <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Storm hits coast</a></li>
                <li><a href="/b">Cup final tonight</a></li></ul></aside>
            </div>
            <section id="comments"><h3>Comments</h3><p>First! This is the best article I have read all week, honestly.</p></section>
            <footer class="site-footer">Copyright The Daily Example. All rights reserved.</footer>
            </body></html>
            """;

    @Test
    void theArticleIsTakenOutOfAWholePage() throws Exception {
        Article a = read(NEWS_PAGE);
        String text = a.body().text();
        assertTrue(text.startsWith("Paragraph 1. The council met"), text);
        assertTrue(text.contains("Paragraph 7."), text);
        assertTrue(text.contains("What happens next"));
        assertTrue(text.contains("We have nothing to hide"));
        assertTrue(text.contains("Submissions are published on Friday"));
        for (String boilerplate : List.of("cookies", "Home", "Share on", "newsletter", "Most read", "First!", "Copyright")) {
            assertFalse(text.contains(boilerplate), "boilerplate left in: " + boilerplate);
        }
        assertNull(a.body().selectFirst("h1"), "the heading repeating the title leaves the body");
    }

    @Test
    void figuresQuotesListsAndHeadingsKeepTheirStructure() throws Exception {
        Element body = read(NEWS_PAGE).body();
        Element img = body.selectFirst("figure img");
        assertNotNull(img, "the figure and its image are kept");
        assertEquals("The town hall at dusk", img.attr("alt"));
        assertEquals("https://daily.example/hall.jpg", img.attr("src"));
        assertEquals("The town hall, where the council meets.", body.selectFirst("figure figcaption").text());
        assertNotNull(body.selectFirst("h2:contains(What happens next)"));
        assertNotNull(body.selectFirst("blockquote p"));
        assertEquals(2, body.select("ul li").size());
    }

    @Test
    void jsonLdGivesTheMetadata() throws Exception {
        Article a = read(NEWS_PAGE);
        assertEquals("Council opens its books", a.meta().title());
        assertEquals(List.of("Ana Lima", "Bo Chen"), a.meta().authors().stream().map(Author::name).toList());
        assertEquals("2024-03-05T09:30:00Z", a.meta().published());
        assertEquals(List.of(LicenseEvidence.of(LicenseEvidence.Place.PAGE, "https://creativecommons.org/licenses/by/4.0/")),
                a.meta().licenseEvidence());
        assertEquals("The Daily Example", a.meta().source().name());
        assertEquals("https://daily.example/", a.meta().source().homeUrl());
        assertEquals("https://daily.example/news/council-books", a.meta().originalUrl());
        assertEquals("en", a.meta().lang());
    }

    @Test
    void withoutJsonLdTheTagsMicrodataAndBylineSpeak() throws Exception {
        Article a = read("""
                <html><head><title>Rivers run dry | Nature Notes</title>
                <meta property="og:title" content="Rivers run dry">
                <meta name="description" content="Why the rivers ran dry this summer.">
                <meta property="og:url" content="https://notes.example/rivers">
                <link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/">
                </head><body><nav><a href="/">Home</a></nav>
                <div id="content"><h1>Rivers run dry</h1>
                <p class="byline">By <a rel="author" href="/people/kim">Kim Park</a></p>
                <time datetime="2023-08-01" pubdate>1 August 2023</time>
                """ + paragraphs(5) + """
                </div><div class="related"><a href="/x">More on rivers</a></div></body></html>
                """);
        assertEquals("Rivers run dry", a.meta().title());
        assertEquals("Kim Park", a.meta().authors().get(0).name());
        assertFalse(a.body().text().contains("Kim Park"), "the byline leaves the body");
        assertEquals("Why the rivers ran dry this summer.", a.meta().description());
        assertEquals("2023-08-01", a.meta().published());
        assertEquals(List.of(LicenseEvidence.of(LicenseEvidence.Place.PAGE, "<link rel=\"license\">",
                List.of("https://creativecommons.org/licenses/by-sa/4.0/"))), a.meta().licenseEvidence());
        assertEquals("https://notes.example/rivers", a.meta().originalUrl());
        assertFalse(a.body().text().contains("More on rivers"));
    }

    @Test
    void aFragmentIsTakenAsItIs() throws Exception {
        Article a = read("<h1>Short note</h1><p>Just one line.</p><p>And another.</p>");
        assertEquals("Short note", a.meta().title());
        assertEquals("Just one line. And another.", a.body().text());
    }

    @Test
    void aPageHoldingOnlyOneArticleKeepsAllOfIt() throws Exception {
        Article a = read("""
                <html><head><title>Tiny</title></head><body>
                <article><h1>Tiny</h1><p>Short.</p><p class="share">Even this short line stays.</p>
                <p style="display:none">Hidden text goes.</p></article></body></html>
                """);
        assertEquals("Tiny", a.meta().title());
        assertEquals("Short. Even this short line stays.", a.body().text());
    }

    @Test
    void theDateLineUnderTheHeadlineLeavesWhenTheHeadlineDoes() throws Exception {
        // a page that is only its article, headline first
        Article lone = read("<html><head><title>Plan vote</title></head><body><article><h1>Plan vote</h1>"
                + "<p>Last updated: March 3, 2021</p>" + PARAGRAPH.repeat(4) + "</article></body></html>");
        assertEquals("Plan vote", lone.meta().title());
        assertTrue(lone.body().text().startsWith("The council met"), lone.body().text());
        // an extracted article whose headline is a paragraph the search keeps
        Article found = read("<html><head><title>Plan vote</title></head><body><nav><a href=\"/\">Home</a></nav>"
                + "<div class=\"story\"><p class=\"headline\">Plan vote</p><p>vor 3 Stunden</p>" + PARAGRAPH.repeat(4)
                + "</div><footer><p>Contact</p></footer></body></html>");
        assertTrue(found.body().text().startsWith("The council met"), found.body().text());
    }

    @Test
    void theBylineLineLeavesAPageThatIsOnlyItsArticle() throws Exception {
        Article a = read("<html><head><title>Plan vote</title><meta name=\"author\" content=\"Jane Doe\"></head>"
                + "<body><article><h1>Plan vote</h1><p>3. M\u00e4rz 2021, Jane Doe</p>" + PARAGRAPH.repeat(4)
                + "</article></body></html>");
        assertTrue(a.body().text().startsWith("The council met"), a.body().text());
        assertEquals("Jane Doe", a.meta().authors().get(0).name());
    }

    @Test
    void theDateLineUnderASectionLabelLeavesWithTheLabel() throws Exception {
        Article a = read("<html><head><title>Plan vote</title></head><body><nav><a href=\"/\">Home</a></nav>"
                + "<div class=\"story\"><p>OPINION</p><p>Updated 2 hours ago</p>" + PARAGRAPH.repeat(4)
                + "</div><footer><p>Contact</p></footer></body></html>");
        assertTrue(a.body().text().startsWith("The council met"), a.body().text());
    }

    @Test
    void aClosingCardHeadedByTheAuthorsNameBecomesTheAuthorsBiography() throws Exception {
        String card = "<div><img src=\"/jane.jpg\" alt=\"Jane Doe\"><h4><a href=\"/author/jane\">Jane Doe</a></h4>"
                + "<p>Senior reporter covering city hall and the county budget since 2015.</p></div>";
        Article a = read("<html><head><title>Plan vote</title><meta name=\"author\" content=\"Jane Doe\"></head><body>"
                + "<h1>Plan vote</h1><div class=\"story\">" + PARAGRAPH.repeat(4) + card + "</div></body></html>");
        assertFalse(a.body().text().contains("Senior reporter"), a.body().text());
        assertEquals("Senior reporter covering city hall and the county budget since 2015.",
                a.meta().authors().get(0).bio());
        // a closing box headed by someone else's name is the article's
        Article other = read("<html><head><title>Plan vote</title><meta name=\"author\" content=\"Jane Doe\"></head>"
                + "<body><h1>Plan vote</h1><div class=\"story\">" + PARAGRAPH.repeat(4) + card.replace("Jane Doe", "John Roe")
                + "</div></body></html>");
        assertTrue(other.body().text().contains("Senior reporter"), other.body().text());
    }

    @Test
    void aClosingNoteSayingWhoTheAuthorIsBecomesTheAuthorsBiography() throws Exception {
        Article a = read("<html><head><title>Plan vote</title><meta name=\"author\" content=\"Jane Doe\"></head><body>"
                + "<h1>Plan vote</h1><div class=\"story\">" + PARAGRAPH.repeat(4)
                + "<p>Jane Doe said she would attend the next meeting.</p>"
                + "<p><em>Jane Doe is a reporter covering local politics. Follow her on Twitter.</em></p></div></body></html>");
        assertFalse(a.body().text().contains("is a reporter"), a.body().text());
        assertTrue(a.body().text().endsWith("Jane Doe said she would attend the next meeting."), a.body().text());
        assertEquals("Jane Doe is a reporter covering local politics. Follow her on Twitter.",
                a.meta().authors().get(0).bio());
    }

    @Test
    void aPageSavedInALegacyEncodingIsReadInIt() throws Exception {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"
                + "<title>\u65e5\u672c\u8a9e\u306e\u8a18\u4e8b</title></head><body><article>"
                + "<p>\u3053\u308c\u306f\u65e5\u672c\u8a9e\u306e\u6587\u7ae0\u3067\u3059\u3002</p></article></body></html>";
        Article a = readers.read(new InputDocument("jp.html", page.getBytes(Charset.forName("Shift_JIS")), null));
        assertEquals("\u65e5\u672c\u8a9e\u306e\u8a18\u4e8b", a.meta().title());
        assertEquals("\u3053\u308c\u306f\u65e5\u672c\u8a9e\u306e\u6587\u7ae0\u3067\u3059\u3002", a.body().text());
        assertTrue(a.warnings().isEmpty(), "a declared charset is no guess: " + a.warnings());

        String gbk = "<html><head><meta charset=\"gbk\"><title>\u65b0\u95fb</title></head><body><article>"
                + "<p>\u4eca\u5929\u5929\u6c14\u5f88\u597d\u3002</p></article></body></html>";
        Article b = readers.read(new InputDocument("cn.html", gbk.getBytes(Charset.forName("GBK")), null));
        assertEquals("\u4eca\u5929\u5929\u6c14\u5f88\u597d\u3002", b.body().text());
    }

    @Test
    void utf8WinsOverAStaleDeclarationAndAByteOrderMarkOverEverything() throws Exception {
        // browsers often re-save a page as UTF-8 but leave its old <meta charset>
        String page = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 \u2014 \u0416</title></head>"
                + "<body><article><p>Cr\u00e8me br\u00fbl\u00e9e \u0416</p></article></body></html>";
        Article a = readers.read(new InputDocument("p.html", page.getBytes(StandardCharsets.UTF_8), null));
        assertEquals("Cr\u00e8me br\u00fbl\u00e9e \u0416", a.body().text());

        byte[] utf16 = ("\uFEFF" + page).getBytes(StandardCharsets.UTF_16LE);
        Article b = readers.read(new InputDocument("p16.html", utf16, null));
        assertEquals("Cr\u00e8me br\u00fbl\u00e9e \u0416", b.body().text());
    }

    @Test
    void anUndeclaredLegacyPageIsReadAsWindows1252WithAWarning() throws Exception {
        String page = "<html><head><title>Caf\u00e9</title></head><body><article><p>Cr\u00e8me \u2013 br\u00fbl\u00e9e</p>"
                + "</article></body></html>";
        Article a = readers.read(new InputDocument("p.html", page.getBytes(Charset.forName("windows-1252")), null));
        assertEquals("Cr\u00e8me \u2013 br\u00fbl\u00e9e", a.body().text());
        assertTrue(a.warnings().stream().map(Notice::rule).anyMatch("read.encoding"::equals));
    }

    @Test
    void bylinesBecomeAuthorNames() {
        assertEquals(List.of("Jane Doe"), Bylines.names("By Jane Doe"));
        assertEquals(List.of("Jane Doe", "John Roe"), Bylines.names("by Jane Doe and John Roe"));
        assertEquals(List.of("Jane Doe", "John Roe"), Bylines.names("Jane Doe, John Roe"));
        assertEquals(List.of("Jane Doe, Science Editor"), Bylines.names("Jane Doe, Science Editor"));
    }

    @Test
    void pageTitlesLoseTheSiteNameOnlyWhenWhatRemainsIsAHeadline() {
        assertEquals("Lorem ipsum dolor sit amet", PageTitle.of(org.jsoup.Jsoup.parse(
                "<title>Lorem ipsum dolor sit amet \u2013 My website</title>")));
        assertEquals("Short | Site Name", PageTitle.of(org.jsoup.Jsoup.parse("<title>Short | Site Name</title>")));
        assertEquals("Short", PageTitle.withoutSiteName("Short | Site Name",
                org.jsoup.Jsoup.parse("<title>Short | Site Name</title><h1>Short</h1>")));
        // a short headline the page's description repeats is the headline, and what was cut is the site's name
        org.jsoup.nodes.Document described = org.jsoup.Jsoup.parse("<title>  Was ist Virales Marketing? |  DimidoBlog"
                + "</title><meta name=\"description\" content=\"Was ist Virales Marketing?\"><h1>DimidoBlog</h1>");
        assertEquals("Was ist Virales Marketing?", PageTitle.of(described));
        assertEquals("DimidoBlog", PageTitle.siteNameCut(described, PageTitle.of(described)));
        assertNull(PageTitle.siteNameCut(described, "Was ist Virales Marketing? | DimidoBlog"));
    }
}
