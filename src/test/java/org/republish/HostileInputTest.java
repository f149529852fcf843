package org.republish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.config.Settings;
import org.republish.model.PublishException;
import org.republish.pipeline.Pipeline;
import org.republish.read.InputDocument;
import org.republish.write.OutputStore;

/** Hostile and oversized inputs: outputs carry nothing active and nothing from outside, and limits hold. */
class HostileInputTest {

    private static final Pipeline PIPELINE = Assembly.pipeline(Settings.of(Map.of()));

    @TempDir
    Path out;

    private static final String HOSTILE_HTML = """
            <!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY lol "lol">]>
            <html><head><title>Hostile page</title>
            <link rel="license" href="https://creativecommons.org/licenses/by/4.0/">
            <base href="https://evil.example/">
            <meta http-equiv="refresh" content="0;url=https://evil.example/">
            <link rel="stylesheet" href="https://evil.example/s.css">
            <style>@import url(https://evil.example/i.css); p { background: url(https://evil.example/bg.png) }</style>
            <script>steal()</script></head>
            <body onload="steal()"><article><h1>Hostile page</h1>
            <p style="width: expression(alert(1)); background: url(https://evil.example/x.png)">Plain words &xxe; survive.</p>
            <p><a href="javascript:alert(1)">js link</a> <a href="data:text/html,<script>alert(1)</script>">data link</a>
            <a href="https://example.org/ok" onclick="steal()">good link</a></p>
            <iframe src="https://evil.example/frame"></iframe><object data="https://evil.example/o.swf"></object>
            <embed src="https://evil.example/e.swf"><form action="https://evil.example/"><input name="x"></form>
            <svg onload="steal()"><script>steal()</script></svg>
            <img src="https://evil.example/track.gif" alt="tracking pixel">
            <img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+" alt="svg data">
            <p>Last paragraph.</p></article></body></html>
            """;

    @Test
    void hostileHtmlLeavesNothingActiveOrRemoteInTheOutputs() throws Exception {
        InputDocument input = new InputDocument("hostile.html", HOSTILE_HTML.getBytes(StandardCharsets.UTF_8), out);
        Pipeline.Result result = PIPELINE.publish(input, Set.of("html", "pdf"), new OutputStore(out.resolve("o")));
        String html = Files.readString(result.directory().resolve(result.folder() + ".html"));
        String lower = html.toLowerCase();
        for (String banned : List.of("<script src", "steal()", "alert(", "javascript:", "data:text", "data:image/svg",
                "<iframe", "<object", "<embed", "<form", "<input", "<svg", "<base", "http-equiv", "expression(",
                "evil.example", "onload", "onclick", "<img", "root:x:0")) {
            assertFalse(lower.contains(banned), "the HTML output contains " + banned);
        }
        assertTrue(html.contains("Plain words") && html.contains("survive."), "the article's words are kept");
        assertTrue(html.contains("https://example.org/ok"), "a live link is kept");
        assertTrue(html.contains("tracking pixel"), "an image's alt text stands in for it");

        byte[] pdf = Files.readAllBytes(result.directory().resolve(result.folder() + ".pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Last paragraph."));
            assertFalse(text.contains("root:"), "no file content was pulled in by an entity");
        }
        assertFalse(new String(pdf, StandardCharsets.ISO_8859_1).contains("evil.example"), "no remote reference in the PDF");
    }

    @Test
    void hostileMarkdownIsSanitizedToo() throws Exception {
        String md = "---\nlicense: CC-BY-4.0\n---\n# Hostile note\n\n<script>steal()</script>\n\n[click](javascript:alert(1)) and "
                + "<a href=\"vbscript:x\">vb</a>\n\n<div onmouseover=\"steal()\">hover text</div>\n\n"
                + "![pixel](https://evil.example/p.gif)\n";
        InputDocument input = new InputDocument("hostile.md", md.getBytes(StandardCharsets.UTF_8), out);
        Pipeline.Result result = PIPELINE.publish(input, Set.of("html"), new OutputStore(out.resolve("o")));
        String html = Files.readString(result.directory().resolve(result.folder() + ".html")).toLowerCase();
        for (String banned : List.of("steal()", "javascript:", "vbscript:", "onmouseover", "evil.example")) {
            assertFalse(html.contains(banned), "the HTML output contains " + banned);
        }
        assertTrue(html.contains("hover text"));
    }

    /** Only web addresses become links: a hostile original address is dropped, with a warning, from every output. */
    @Test
    void aHostileOriginalAddressNeverBecomesALink() throws Exception {
        List<String> hostile = List.of("javascript:alert(document.domain)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox(1)", "file:///etc/passwd",
                "//evil.example/x");
        int n = 0;
        for (String url : hostile) {
            String md = "---\ntitle: Hostile address " + n + "\nlicense: CC-BY-4.0\nsource:\n  name: Example\n  url: \""
                    + url + "\"\nurl: \"" + url + "\"\n---\n\nPlain words.\n";
            InputDocument input = new InputDocument("address" + n++ + ".md", md.getBytes(StandardCharsets.UTF_8), out);
            Pipeline.Result result = PIPELINE.publish(input, Set.of("html", "pdf", "epub"), new OutputStore(out.resolve("o")));
            assertEquals(null, result.article().meta().originalUrl(), url);
            assertEquals(null, result.article().meta().source().homeUrl(), url);
            assertTrue(result.article().warnings().stream().anyMatch(w -> w.rule().equals("read.address")), url);
            String html = Files.readString(result.directory().resolve(result.folder() + ".html")).toLowerCase();
            for (String banned : List.of("javascript:", "vbscript:", "data:text/html", "file:///", "evil.example")) {
                assertFalse(html.contains(banned), url + ": the HTML output contains " + banned);
            }
            try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(result.directory().resolve(result.folder() + ".pdf")))) {
                int links = 0;
                for (var pdfPage : doc.getPages()) {
                    for (var annotation : pdfPage.getAnnotations()) {
                        if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                            links++;
                            assertTrue(uri.getURI().startsWith("https://"), url + ": the PDF links " + uri.getURI());
                        }
                    }
                }
                assertTrue(links > 0, "the licence deed is linked, so link annotations were looked at");
            }
        }
        String page = "<html><head><title>Canonical</title><link rel=\"canonical\" href=\"javascript:alert(1)\">"
                + "<meta property=\"og:url\" content=\"javascript:alert(2)\"><link rel=\"license\" "
                + "href=\"https://creativecommons.org/licenses/by/4.0/\"></head><body><article><p>Words of a saved page "
                + "that are long enough to be its article, and then some more words.</p></article></body></html>";
        InputDocument input = new InputDocument("canonical.html", page.getBytes(StandardCharsets.UTF_8), out);
        Pipeline.Result result = PIPELINE.publish(input, Set.of("html"), new OutputStore(out.resolve("o")));
        assertEquals(null, result.article().meta().originalUrl());
        assertFalse(Files.readString(result.directory().resolve(result.folder() + ".html")).toLowerCase()
                .contains("javascript:"));
    }

    /** Thousands of nested tables made extraction take minutes; such a page is refused at once. */
    @Test
    void deeplyNestedTablesAreRefusedQuickly() {
        for (int n : new int[] {250, 10_000}) {
            String page = "<html><head><title>Nested</title></head><body>" + "<table><tr><td>".repeat(n)
                    + "<p>Deep words.</p>" + "</td></tr></table>".repeat(n) + "</body></html>";
            InputDocument input = new InputDocument("nested.html", page.getBytes(StandardCharsets.UTF_8), out);
            long start = System.nanoTime();
            PublishException e = assertThrows(PublishException.class, () -> PIPELINE.prepare(input));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(e.getMessage().contains("nests tables") && e.getMessage().contains("limit of 32"), e.getMessage());
            assertTrue(ms < 10_000, n + " nested tables took " + ms + " ms to refuse");
        }
    }

    @Test
    void anArticleTooLargeToLayOutIsRefusedQuicklyWithTheLimit() {
        StringBuilder md = new StringBuilder("# Many items\n\n");
        for (int i = 0; i < 100_000; i++) {
            md.append("- item ").append(i).append('\n');
        }
        InputDocument input = new InputDocument("list.md", md.toString().getBytes(StandardCharsets.UTF_8), out);
        long start = System.nanoTime();
        PublishException e = assertThrows(PublishException.class,
                () -> PIPELINE.publish(input, Set.of("html", "pdf"), new OutputStore(out.resolve("o"))));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(e.getMessage().contains("republish.max-elements"), e.getMessage());
        assertTrue(ms < 30_000, "refused after " + ms + " ms");
        assertFalse(Files.exists(out.resolve("o/many-items")), "nothing was published");
    }

    @Test
    void deeplyNestedHtmlIsPublished() throws Exception {
        String page = "<html><head><title>Deep</title>"
                + "<link rel=license href=https://creativecommons.org/licenses/by-sa/4.0/></head><body>" + "<div>".repeat(10_000)
                + "<p>deep text</p>" + "</div>".repeat(10_000) + "</body></html>";
        InputDocument input = new InputDocument("deep.html", page.getBytes(StandardCharsets.UTF_8), out);
        Pipeline.Result result = PIPELINE.publish(input, Set.of("html", "pdf"), new OutputStore(out.resolve("o")));
        assertTrue(Files.readString(result.directory().resolve(result.folder() + ".html")).contains("deep text"));
        assertEquals(3, result.files().size());
    }
}
