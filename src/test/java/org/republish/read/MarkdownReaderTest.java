package org.republish.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.republish.model.Article;
import org.republish.model.LicenseEvidence;
import org.republish.model.PublishException;

class MarkdownReaderTest {

    private final ArticleReaders readers = new ArticleReaders();

    private Article read(String name, String text) throws PublishException {
        return readers.read(new InputDocument(name, text.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void frontMatterIsParsedAsYamlAndWinsOverTheText() throws Exception {
        Article a = read("post.md", """
                ---
                title: "Quoted: with a colon"
                author:
                  - name: Ada Lovelace
                    affiliation: Analytical Society
                  - Charles Babbage
                date: 2023-03-08
                lang: fr
                license: CC-BY-4.0
                url: https://example.org/original
                description: A short summary.
                tags: [maths, engines]
                ---
                # A different heading

                Body text with a [link](https://example.org).
                """);
        assertEquals("Quoted: with a colon", a.meta().title());
        assertEquals(2, a.meta().authors().size());
        assertEquals("Ada Lovelace", a.meta().authors().get(0).name());
        assertEquals("Analytical Society", a.meta().authors().get(0).affiliation());
        assertEquals("Charles Babbage", a.meta().authors().get(1).name());
        assertEquals("2023-03-08", a.meta().published());
        assertEquals("fr", a.meta().lang());
        assertEquals("https://example.org/original", a.meta().originalUrl());
        assertEquals("A short summary.", a.meta().description());
        assertEquals(java.util.List.of("maths", "engines"), a.meta().tags());
        assertEquals(List.of(LicenseEvidence.of(LicenseEvidence.Place.METADATA, "CC-BY-4.0")), a.meta().licenseEvidence());
        assertEquals("A different heading", a.body().selectFirst("h1").text(), "a heading unlike the title stays");
        assertEquals("https://example.org", a.body().selectFirst("a").attr("href"));
    }

    @Test
    void aLeadingHeadingIsTheTitleWhenFrontMatterHasNone() throws Exception {
        Article a = read("a.md", "\n\n# The title\n\nFirst paragraph.\n\n## Section\n\nMore.\n");
        assertEquals("The title", a.meta().title());
        assertNull(a.body().selectFirst("h1"), "the title left the body");
        assertEquals("Section", a.body().selectFirst("h2").text());
    }

    @Test
    void tablesAndStrikethroughAreRead() throws Exception {
        Article a = read("t.md", "# T\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~\n");
        assertEquals(2, a.body().select("td").size());
        assertEquals("gone", a.body().selectFirst("del").text());
    }

    @Test
    void noTitleAnywhereFallsBackToTheFileNameWithAWarning() throws Exception {
        Article a = read("my_notes-2023.md", "Just a paragraph.\n");
        assertEquals("my notes 2023", a.meta().title());
        assertTrue(a.warnings().stream().anyMatch(n -> n.message().contains("No title found")));
    }

    @Test
    void scriptsFramesAndEventHandlersNeverReachTheModel() throws Exception {
        Article a = read("x.md", """
                # Hostile

                <script>alert(1)</script>
                <p onclick="steal()">Hello <a href="javascript:alert(2)">there</a></p>
                <iframe src="https://evil.example"></iframe>
                <img src="https://tracker.example/p.gif" onerror="x()" alt="pixel">
                """);
        String html = a.body().html();
        assertTrue(!html.contains("<script") && !html.contains("alert(1)"), html);
        assertTrue(!html.contains("onclick") && !html.contains("onerror"), html);
        assertTrue(!html.contains("javascript:"), html);
        assertTrue(!html.contains("iframe"), html);
        assertTrue(a.body().text().contains("Hello there"));
    }

    /** Inputs that made the parsers overflow their stack are refused as bad input, with a reason. */
    @Test
    void parserBombsAreRefusedWithAReason() throws Exception {
        String deepYaml = "---\ntitle: deep\nx: " + "[".repeat(5000) + "]".repeat(5000) + "\n---\n\nWords.\n";
        PublishException yaml = assertThrows(PublishException.class, () -> read("deep.md", deepYaml));
        assertTrue(yaml.getMessage().contains("nests brackets 5000 levels deep"), yaml.getMessage());

        PublishException markers = assertThrows(PublishException.class,
                () -> read("markers.md", "# T\n\n" + "- ".repeat(10_000) + "item\n"));
        assertTrue(markers.getMessage().contains("cannot read"), markers.getMessage());
        PublishException dashes = assertThrows(PublishException.class,
                () -> read("dashes.md", "# T\n\nWords.\n\n" + "-".repeat(20_000) + "\n\nMore.\n"));
        assertTrue(dashes.getMessage().contains("cannot read"), dashes.getMessage());

        Article complexKey = read("complex.md", "---\n? [a, b]\n: c\ntitle: Complex key\n---\n\nWords.\n");
        assertEquals("Complex key", complexKey.meta().title(), "a complex key is kept as an extra, not a fault");
    }

    @Test
    void brokenFrontMatterIsAClearError() {
        PublishException e = assertThrows(PublishException.class,
                () -> read("bad.md", "---\ntitle: [unclosed\n---\n\nBody\n"));
        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
    }

    @Test
    void unknownExtensionsAreRefusedNamingTheSupportedOnes() {
        PublishException e = assertThrows(PublishException.class, () -> read("a.pdf", "%PDF-1.7"));
        assertTrue(e.getMessage().contains(".md") && e.getMessage().contains(".pdf"), e.getMessage());
    }

    @Test
    void footnotesBecomeNotesWithLinksBothWays() throws Exception {
        Article a = read("n.md", "# T\n\nA claim[^1] and another[^two].\n\n[^1]: Bauer, *BDAG*.\n[^two]: Aland.\n");
        assertFalse(a.body().text().contains("[^"), a.body().html());
        assertEquals(List.of("#fn-1", "#fn-2"), a.body().select("sup > a.noteref").eachAttr("href"));
        Element notes = a.body().selectFirst("section.notes");
        assertEquals(List.of("fn-1", "fn-2"), notes.select("ol > li").eachAttr("id"));
        assertEquals("#fnref-1", notes.selectFirst("li#fn-1 p a.backlink").attr("href"), "the back-link ends the note");
        assertEquals("fnref-1", a.body().selectFirst("sup").id());
        assertEquals(a.body().select("p").size() - 2, a.body().select("p").indexOf(notes.selectFirst("p")),
                "the notes are one per paragraph, not run together");
    }

    @Test
    void headingAttributesGiveIdsAndInPageLinksLand() throws Exception {
        Article a = read("h.md", "# T\n\nSee [keys](#valid-keys) and [usage](#using-it).\n\n## Valid keys {#valid-keys}\n\n"
                + "Text.\n\n## Using it\n\nMore.\n");
        assertEquals("Valid keys", a.body().selectFirst("h2").text());
        for (String href : a.body().select("a[href^=#]").eachAttr("href")) {
            assertNotNull(a.body().getElementById(href.substring(1)), href + " lands on an id");
        }
    }

    @Test
    void wordsInBracesStayWords() throws Exception {
        Article a = read("b.md", "# T\n\nThe {dplyr} package and {targets}, with `{#code}`.\n");
        assertEquals("The {dplyr} package and {targets}, with {#code}.", a.body().selectFirst("p").text());
        assertFalse(a.body().selectFirst("p").hasAttr("dplyr"));
    }

    @Test
    void quotesAndDashesAreTypographicUnlessSwitchedOff() throws Exception {
        String md = "# T\n\n\"It's\" -- so --- he said... `don't \"touch\"`\n";
        Article curly = read("q.md", md);
        assertEquals("\u201CIt\u2019s\u201D \u2013 so \u2014 he said\u2026 don't \"touch\"", curly.body().selectFirst("p").text());
        Article straight = new ArticleReaders(false).read(new InputDocument("q.md", md.getBytes(StandardCharsets.UTF_8), null));
        assertEquals("\"It's\" -- so --- he said... don't \"touch\"", straight.body().selectFirst("p").text());
    }

    @Test
    void definitionAndTaskListsAreRead() throws Exception {
        Article a = read("d.md", "# T\n\nTerm\n: Its definition.\n\n- [x] done\n- [ ] to do\n");
        assertEquals("Term", a.body().selectFirst("dl > dt").text());
        assertEquals("Its definition.", a.body().selectFirst("dl > dd").text());
        assertEquals(List.of("\u2611 done", "\u2610 to do"), a.body().select("li").eachText().stream()
                .map(s -> s.replace('\u00A0', ' ').strip()).toList());
    }
}
