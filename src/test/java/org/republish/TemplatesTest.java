package org.republish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.config.Settings;
import org.republish.pipeline.Pipeline;
import org.republish.read.InputDocument;
import org.republish.write.OutputStore;

/** House style from a templates folder changes the outputs without a rebuild. */
class TemplatesTest {

    @TempDir
    Path dir;

    @Test
    void ownStylesheetsAndPageTemplateAreUsed() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("screen.css"), "body { color: rebeccapurple } /* house-screen */");
        Files.writeString(templates.resolve("print.css"), "@page { size: A5; margin: 15mm } body { font-family: 'DejaVu Sans' }");
        Files.writeString(templates.resolve("page.html"), """
                <!DOCTYPE html><html><head><title>x</title><meta name="generator" content="house"></head>
                <body><header class="masthead">The Daily Example</header>
                <main data-republish="article"></main>
                <footer class="house-footer">Republished by The Daily Example</footer></body></html>
                """);
        Pipeline pipeline = Assembly.pipeline(Settings.of(Map.of(Settings.TEMPLATES, templates.toString())));
        String md = "---\nlicense: CC-BY-4.0\n---\n# House style\n\nA paragraph.\n";
        Pipeline.Result result = pipeline.publish(new InputDocument("h.md", md.getBytes(StandardCharsets.UTF_8), dir),
                Set.of("html", "pdf"), new OutputStore(dir.resolve("out")));

        Document page = Jsoup.parse(Files.readString(result.directory().resolve("house-style.html")));
        assertTrue(page.selectFirst("style").data().contains("house-screen"), "own screen.css inlined");
        assertEquals("The Daily Example", page.selectFirst("header.masthead").text());
        assertNotNull(page.selectFirst("footer.house-footer"));
        assertEquals("House style", page.selectFirst("article h1").text(), "the article sits in the template's slot");
        assertEquals("House style", page.title());
        assertEquals("house", page.selectFirst("meta[name=generator]").attr("content"));
        assertNotNull(page.selectFirst("script[type=application/ld+json]"), "machine-readable attribution kept");

        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(result.directory().resolve("house-style.pdf")))) {
            float width = pdf.getPage(0).getMediaBox().getWidth();
            assertEquals(420, width, 2, "own print.css sets A5 pages");
        }
    }

    @Test
    void withoutATemplatesFolderTheBundledStyleIsUsed() throws Exception {
        Pipeline pipeline = Assembly.pipeline(Settings.of(Map.of(Settings.TEMPLATES, dir.resolve("none").toString())));
        String md = "---\nlicense: CC-BY-4.0\n---\n# Plain\n\nText.\n";
        Pipeline.Result result = pipeline.publish(new InputDocument("p.md", md.getBytes(StandardCharsets.UTF_8), dir),
                Set.of("html"), new OutputStore(dir.resolve("out")));
        Document page = Jsoup.parse(Files.readString(result.directory().resolve("plain.html")));
        assertTrue(page.selectFirst("style").data().contains("color-scheme"), "bundled screen.css");
    }
}
