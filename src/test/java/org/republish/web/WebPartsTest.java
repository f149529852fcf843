package org.republish.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pieces of the HTTP side that decide what is safe, each on its own. */
class WebPartsTest {

    @TempDir
    Path dir;

    @Test
    void requestPathsAreDecodedOnceAndStrictly() {
        assertEquals(Optional.of("slug/slug.pdf"), WebServer.decodedPath("slug/slug%2Epdf"));
        assertEquals(Optional.of("../x"), WebServer.decodedPath("%2e%2e%2fx"), "decoded, then refused by OutputFolder");
        assertEquals(Optional.empty(), WebServer.decodedPath("%252e%252e%252fx"), "double encoding");
        assertEquals(Optional.empty(), WebServer.decodedPath("..%5cx"), "encoded backslash");
        assertEquals(Optional.empty(), WebServer.decodedPath("..\\x"), "backslash");
        assertEquals(Optional.empty(), WebServer.decodedPath("a%00b"), "NUL");
        assertEquals(Optional.empty(), WebServer.decodedPath("a%2"), "cut escape");
        assertEquals(Optional.empty(), WebServer.decodedPath("a%zz"), "bad escape");
        assertEquals(Optional.empty(), WebServer.decodedPath("%c0%af"), "overlong UTF-8");
    }

    @Test
    void outputFolderServesOnlyFolderSlashFileInsideIt() throws Exception {
        Path output = dir.resolve("output");
        Files.createDirectories(output.resolve("slug"));
        Files.writeString(output.resolve("slug/slug.html"), "page");
        Files.writeString(output.resolve("slug/.hidden"), "hidden");
        Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(output.resolve("out"), dir);
        Files.createSymbolicLink(output.resolve("slug/link.txt"), dir.resolve("secret.txt"));
        OutputFolder folder = new OutputFolder(output);
        assertEquals(Optional.of(output.resolve("slug/slug.html")), folder.file("slug/slug.html"));
        for (String bad : List.of("../secret.txt", "slug/../../secret.txt", "slug/.hidden", "slug", "slug/",
                "/slug/slug.html", "out/secret.txt", "slug/link.txt", "slug/slug.html/", "./slug/slug.html", "..",
                "slug//slug.html", "slug/missing.pdf")) {
            assertEquals(Optional.empty(), folder.file(bad), bad);
        }
    }

    @Test
    void uploadedNamesLoseTheirPathAndCannotBeHidden() {
        assertEquals("a.md", Uploads.safeName("a.md"));
        assertEquals("a.md", Uploads.safeName("../../a.md"));
        assertEquals("a.md", Uploads.safeName("C:\\Users\\ed\\a.md"));
        assertEquals("hidden.md", Uploads.safeName(".hidden.md"));
        assertEquals("hidden.md", Uploads.safeName("..hidden.md"));
        assertEquals("Étude été.md", Uploads.safeName("E\u0301tude e\u0301te\u0301.md"), "NFC");
        assertEquals("a-b-.md", Uploads.safeName("a<b>.md"));
        assertEquals("", Uploads.safeName("../"));
        assertTrue(Uploads.safeName("x".repeat(400) + ".markdown").endsWith(".markdown"));
        assertEquals(Uploads.MAX_NAME_BYTES, Uploads.safeName("x".repeat(400) + ".markdown").length());
    }

    /** Issue 14, item 8: 146 CJK characters are 438 bytes, too long for a file name; they failed with an empty reply. */
    @Test
    void uploadedNamesAreCappedInBytesNotCharacters() throws Exception {
        String cjk = "日本語".repeat(49).substring(0, 146) + ".md";
        String safe = Uploads.safeName(cjk);
        assertTrue(safe.endsWith(".md"), safe);
        assertTrue(safe.getBytes(StandardCharsets.UTF_8).length <= Uploads.MAX_NAME_BYTES, safe);
        assertEquals(safe, Uploads.safeName(safe), "a capped name is kept as it is");
        Uploads uploads = new Uploads(dir, 100);
        assertEquals(safe, uploads.accept(cjk, "one".getBytes(StandardCharsets.UTF_8)));
        String second = uploads.accept(cjk, "two".getBytes(StandardCharsets.UTF_8));
        assertTrue(second.endsWith("-2.md") && second.getBytes(StandardCharsets.UTF_8).length <= 255, second);
        assertTrue(Files.exists(dir.resolve(second)));
    }

    @Test
    void uploadsAreRenamedIntoPlaceUnderAFreeName() throws Exception {
        Uploads uploads = new Uploads(dir, 100);
        assertEquals("a.md", uploads.accept("a.md", "one".getBytes(StandardCharsets.UTF_8)));
        assertEquals("a-2.md", uploads.accept("a.md", "two".getBytes(StandardCharsets.UTF_8)));
        assertEquals("one", Files.readString(dir.resolve("a.md")));
        assertEquals("two", Files.readString(dir.resolve("a-2.md")));
        assertEquals(415, assertThrows(Uploads.Refused.class, () -> uploads.accept("a.pdf", new byte[1])).status());
        assertEquals(415, assertThrows(Uploads.Refused.class, () -> uploads.accept("a.md.tmp", new byte[1])).status());
        assertEquals(413, assertThrows(Uploads.Refused.class, () -> uploads.accept("b.md", new byte[101])).status());
        assertEquals(400, assertThrows(Uploads.Refused.class, () -> uploads.accept("b.md", new byte[0])).status());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("a-2.md", "a.md"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void multipartBodiesSplitIntoTheirParts() {
        String body = "preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a \\\"b\\\".md\"\r\n"
                + "Content-Type: text/markdown\r\n\r\n# T\r\n--XyZ is not a boundary here\r\n--XyZ--\r\n";
        assertEquals(Optional.of("XyZ"), MultipartForm.boundary("multipart/form-data; boundary=XyZ"));
        assertEquals(Optional.of("a b"), MultipartForm.boundary("multipart/form-data; boundary=\"a b\""));
        assertEquals(Optional.empty(), MultipartForm.boundary("application/x-www-form-urlencoded"));
        List<MultipartForm.Part> parts = MultipartForm.parse(body.getBytes(StandardCharsets.UTF_8), "XyZ");
        assertEquals(2, parts.size());
        assertEquals("note", parts.get(0).name());
        assertEquals(null, parts.get(0).fileName());
        assertEquals("file", parts.get(1).name());
        assertEquals("a \"b\".md", parts.get(1).fileName());
        assertArrayEquals("# T\r\n--XyZ is not a boundary here".getBytes(StandardCharsets.UTF_8), parts.get(1).bytes());
        assertThrows(IllegalArgumentException.class,
                () -> MultipartForm.parse("--XyZ\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nno end"
                        .getBytes(StandardCharsets.UTF_8), "XyZ"));
    }

    @Test
    void queueDepthCountsOnlyFilesTheRouteWillTake() throws Exception {
        Files.writeString(dir.resolve("a.md"), "a");
        Files.writeString(dir.resolve("b.html"), "b");
        Files.writeString(dir.resolve(".hidden.md"), "h");
        Files.writeString(dir.resolve("c.md.part"), "p");
        Files.writeString(dir.resolve("d.md~"), "p");
        Files.createDirectories(dir.resolve(".done"));
        Files.createDirectories(dir.resolve("sub"));
        ServiceMetrics metrics = new ServiceMetrics(dir);
        assertEquals(2.0, WebServerTest.sum(metrics.scrape(), "republish_queue_depth"));
        assertEquals(List.of("a.md", "b.html").size(), new InputFolder(dir).waiting().size());
    }

    @Test
    void sourceLabelsAreCapped() {
        ServiceMetrics metrics = new ServiceMetrics(dir);
        org.republish.model.ArticleMeta.Builder builder = org.republish.model.ArticleMeta.empty().toBuilder();
        for (int i = 0; i < ServiceMetrics.MAX_SOURCES + 10; i++) {
            var meta = builder.title("t").source(new org.republish.model.Publication("Source " + i, null)).build();
            var article = new org.republish.model.Article(meta, new org.jsoup.nodes.Element("div"), List.of());
            metrics.published("a.md", article, 1_000_000);
        }
        String text = metrics.scrape();
        assertEquals(ServiceMetrics.MAX_SOURCES + 10.0, WebServerTest.sum(text, "republish_articles_done_total"));
        assertEquals(10.0, WebServerTest.sum(text, "republish_articles_done_total{format=\"markdown\",source=\"other\""));
    }

    /** Issue 14, rough edge: on a phone the table was wider than the screen (the outputs column off-screen). */
    @Test
    void onANarrowScreenTheStatusTablesStackEachCellUnderItsColumnName() throws Exception {
        Path output = java.nio.file.Files.createDirectories(dir.resolve("output"));
        java.nio.file.Files.createDirectories(dir.resolve(".error"));
        org.republish.inbox.ReasonFiles.write(dir.resolve(".error"), "bad.md", org.republish.inbox.Archive.ERROR,
                "bad.md", "It is empty.");
        java.nio.file.Files.writeString(dir.resolve(".error/bad.md"), "");
        java.nio.file.Files.writeString(dir.resolve("waiting.md"), "# Waiting\n");
        StatusPage page = new StatusPage(new InputFolder(dir), new OutputFolder(output), 1000,
                java.time.ZoneId.of("UTC"));
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(page.render(null, false, java.util.Map.of("x", true)));
        assertEquals(List.of("File", "Reason", "When"), doc.select("table.failed tbody td").eachAttr("data-label"));
        assertEquals(List.of("File", "Size", "Since"), doc.select("table.waiting tbody td").eachAttr("data-label"));
        String css = doc.select("style").html();
        assertTrue(css.contains("@media (max-width:40rem)") && css.contains("display:block")
                && css.contains("content:attr(data-label)"), css);
        assertTrue(doc.select("meta[name=viewport]").attr("content").contains("width=device-width"));
    }

    /** The form takes what the service will: the setting, or an article's share of the heap when lower. */
    @Test
    void uploadsAreRefusedOverTheLimitTheServiceApplies() {
        Uploads uploads = new Uploads(dir, new org.republish.config.InputLimit(10, "each article's share of memory"));
        Uploads.Refused refused = assertThrows(Uploads.Refused.class,
                () -> uploads.accept("big.md", "eleven byte".getBytes(StandardCharsets.UTF_8)));
        assertEquals(413, refused.status());
        assertTrue(refused.getMessage().contains("limit of 10 bytes (each article's share of memory)"),
                refused.getMessage());
    }
}
