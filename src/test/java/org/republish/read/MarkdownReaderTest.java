package org.republish.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
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
}
