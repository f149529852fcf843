package org.republish.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.republish.Service;
import org.republish.config.Settings;
import org.republish.testsupport.Poll;
import org.republish.testsupport.Samples;
import org.republish.testsupport.ServiceFixture;

/**
 * The real service with its HTTP side on a free port: the sample article and
 * an empty file are dropped in, then everything an operator or a monitoring
 * system would ask is asked over HTTP. Tests that change the counts (uploads)
 * run last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebServerTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final long MAX_INPUT_BYTES = 200_000;

    @TempDir
    static Path work;
    static Path input;
    static Path output;
    static Service service;
    static String base;
    static String sampleTitle;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        Path sample = Samples.sampleArticle();
        sampleTitle = Samples.read(sample).meta().title();
        input = work.resolve("input");
        output = work.resolve("output");
        service = new Service(ServiceFixture.settings(work, Map.of(
                Settings.MAX_INPUT_BYTES, Long.toString(MAX_INPUT_BYTES))));
        service.start();
        base = "http://127.0.0.1:" + service.httpPort();
        Files.copy(sample, input.resolve("sample.md"));
        Files.write(input.resolve("empty.md"), new byte[0]);
        Poll.until(WAIT, () -> Files.exists(input.resolve(".done/sample.md"))
                        && Files.exists(input.resolve(".error/empty.md.error.txt")),
                () -> "sample.md done and empty.md refused; input holds " + list(input));
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    @Test
    @Order(1)
    void livenessAndReadinessAreUp() throws Exception {
        HttpResponse<String> live = get("/health/live");
        assertEquals(200, live.statusCode());
        assertTrue(live.body().contains("\"status\":\"UP\""), live.body());

        HttpResponse<String> ready = get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertEquals("{\"status\":\"UP\",\"checks\":{\"renderers\":\"UP\",\"camel\":\"UP\",\"routes\":\"UP\"}}",
                ready.body().strip());
        assertEquals(404, get("/health/other").statusCode());
    }

    @Test
    @Order(2)
    void metricsCountWhatHappenedAndTimeEachStage() throws Exception {
        HttpResponse<String> response = get("/metrics");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        String metrics = response.body();
        assertEquals(1.0, sum(metrics, "republish_articles_done_total"), metrics);
        assertEquals(1.0, sum(metrics, "republish_articles_failed_total"), metrics);
        assertEquals(0.0, sum(metrics, "republish_articles_held_total"));
        assertEquals(1.0, sum(metrics, "republish_articles_done_total{format=\"markdown\""));
        assertEquals(1.0, sum(metrics, "republish_articles_failed_total{format=\"markdown\""));
        // the overall histogram saw both, the per-stage one saw each writer once
        assertEquals(1.0, sum(metrics, "republish_article_duration_seconds_count{result=\"done\""));
        assertEquals(1.0, sum(metrics, "republish_article_duration_seconds_count{result=\"error\""));
        for (String stage : List.of("read", "html", "pdf", "store")) {
            assertEquals(1.0, sum(metrics, "republish_stage_duration_seconds_count{stage=\"" + stage + "\""), stage);
        }
        assertTrue(sum(metrics, "republish_stage_duration_seconds_sum{stage=\"pdf\"") > 0);
        assertTrue(metrics.contains("republish_stage_duration_seconds_bucket{le=\"0.1\",stage=\"pdf\"}")
                || metrics.contains("republish_stage_duration_seconds_bucket{stage=\"pdf\",le=\"0.1\"}"), metrics);
        assertEquals(0.0, sum(metrics, "republish_queue_depth"));
        assertEquals(1.0, sum(metrics, "republish_refused_files{folder=\"error\""));
        assertTrue(metrics.contains("jvm_memory_used_bytes"), "JVM metrics are there too");
    }

    @Test
    @Order(3)
    void statusPageListsThePublishedArticleWithWorkingDownloadsAndTheRefusedFileWithItsReason() throws Exception {
        HttpResponse<String> response = get("/");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        Document page = Jsoup.parse(response.body(), base);
        assertEquals("republish status", page.title());
        assertTrue(page.select("script").isEmpty(), "no script on the page");

        Element row = page.select("table.published tbody tr").stream()
                .filter(tr -> tr.selectFirst("td.title").text().equals(sampleTitle)).findFirst().orElse(null);
        assertNotNull(row, "the sample's title in the published table: " + page.select("table.published").text());
        assertTrue(row.text().contains("sample.md"), "the input name is shown");
        // on a phone the cells stack, each under its column's name
        assertEquals(List.of("", "Title", "Source", "Licence", "Published at", "Input", "Outputs"),
                row.select("td").eachAttr("data-label"));
        List<String> hrefs = row.select("a.out").eachAttr("href");
        assertEquals(service.formats().size() + 1, hrefs.size(), "a link per output plus the manifest: " + hrefs);
        Path folder = findFolder("sample.md");
        for (String href : hrefs) {
            assertTrue(href.startsWith("/output/" + folder.getFileName() + "/"), href);
            HttpResponse<byte[]> file = getBytes(href);
            assertEquals(200, file.statusCode(), href);
            Path onDisk = folder.resolve(href.substring(href.lastIndexOf('/') + 1));
            assertArrayEquals(Files.readAllBytes(onDisk), file.body(), "downloaded bytes equal " + onDisk);
        }
        HttpResponse<byte[]> pdf = getBytes(hrefs.stream().filter(h -> h.endsWith(".pdf")).findFirst().orElseThrow());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));

        String thumb = row.selectFirst("td.thumb img").attr("src");
        HttpResponse<byte[]> png = getBytes(thumb);
        assertEquals(200, png.statusCode(), thumb);
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        BufferedImage firstPage = ImageIO.read(new java.io.ByteArrayInputStream(png.body()));
        assertTrue(firstPage.getHeight() > firstPage.getWidth(), "a portrait page");
        assertEquals(404, getBytes(thumb.replace(".pdf", ".html")).statusCode(), "only PDFs have thumbnails");
        assertEquals(404, getBytes("/thumb/%2e%2e/secret.pdf").statusCode());

        Element failed = page.select("table.failed tbody tr").stream()
                .filter(tr -> tr.selectFirst("td.file").text().equals("empty.md")).findFirst().orElse(null);
        assertNotNull(failed, "empty.md in the failed table");
        assertTrue(failed.selectFirst("td.reason").text().contains("is empty"), failed.text());
        assertFalse(failed.selectFirst("td.reason").text().contains("Time:"), "only the reason, not the whole file");
        assertNotNull(page.selectFirst("form[action=/upload][method=post][enctype=multipart/form-data] input[type=file][name=file]"));
    }

    @Test
    @Order(4)
    void filesOutsideTheOutputFolderAreNeverServed() throws Exception {
        Files.writeString(work.resolve("secret.txt"), "TOP SECRET");
        Files.createSymbolicLink(output.resolve("escape"), work);
        Path folder = findFolder("sample.md");
        String slug = folder.getFileName().toString();
        List<String> attempts = List.of(
                "/output/../../etc/passwd",
                "/output/../secret.txt",
                "/output/%2e%2e/secret.txt",
                "/output/%2e%2e%2fsecret.txt",
                "/output/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
                "/output/%252e%252e%252fsecret.txt",
                "/output/%252e%252e/secret.txt",
                "/output/..\\secret.txt",
                "/output/..%5csecret.txt",
                "/output/%5c..%5csecret.txt",
                "/output/escape/secret.txt",
                "/output/" + slug + "/../../secret.txt",
                "/output/" + slug + "/..%2f..%2fsecret.txt",
                "/output/" + slug + "%2f..%2f..%2fsecret.txt",
                "/output/%2fetc%2fpasswd",
                "/output//etc/passwd",
                "/output/" + slug + "/%00manifest.json",
                "/output/..%c0%afsecret.txt",
                "/output/.tmp-x/secret.txt",
                "/../secret.txt",
                "/%2e%2e/secret.txt");
        for (String path : attempts) {
            String response = rawGet(path, "127.0.0.1");
            int status = Integer.parseInt(response.substring(9, 12));
            assertTrue(status == 400 || status == 404, path + " answered " + response.lines().findFirst().orElse(""));
            assertFalse(response.contains("TOP SECRET") || response.contains("root:"), path + " leaked a file");
        }
        // the same request shape with a legitimate name does work, so the refusals above are not by accident
        assertTrue(rawGet("/output/" + slug + "/manifest.json", "127.0.0.1").startsWith("HTTP/1.1 200"));
        assertTrue(rawGet("/output/" + slug + "/manifest%2Ejson", "localhost").startsWith("HTTP/1.1 200"));
        // a loopback server answers only to loopback names (no DNS rebinding)
        assertTrue(rawGet("/", "attacker.example").startsWith("HTTP/1.1 403"));
        assertTrue(rawGet("/", "127.0.0.1.attacker.example").startsWith("HTTP/1.1 403"), "a name starting 127. is a name");
        assertTrue(rawGet("/", "127.attacker.example:8080").startsWith("HTTP/1.1 403"));
        assertTrue(rawGet("/", "127.0.0.2").startsWith("HTTP/1.1 200"), "127.0.0.0/8 is all loopback");
    }

    @Test
    @Order(5)
    void statusPageEscapesWhatComesFromFilesAndArticles() throws Exception {
        String evil = "<script>alert(1)</script>&<b>";
        Files.writeString(input.resolve("x.md"), "---\ntitle: \"" + evil + "\"\nlicense: CC-BY-4.0\n---\n\nBody.\n");
        Poll.until(WAIT, () -> Files.exists(input.resolve(".done/x.md")), () -> "x.md published");
        String html = get("/").body();
        assertFalse(html.contains("<script>"), "no markup from an article title reaches the page");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;&lt;b&gt;"), "the title is shown escaped");
    }

    @Test
    @Order(6)
    void anUploadThroughTheFormLandsInInputAndIsPublished() throws Exception {
        double doneBefore = sum(get("/metrics").body(), "republish_articles_done_total");
        byte[] article = (ServiceFixture.LICENSED + "# Sent through the form\n\nUploaded over HTTP.\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = upload("../../Form upload.md", article, Map.of());
        assertEquals(200, response.statusCode(), response.body());
        Document page = Jsoup.parse(response.body());
        assertTrue(page.selectFirst(".notice").text().contains("Uploaded Form upload.md"), page.selectFirst(".notice").text());
        assertFalse(Files.exists(work.resolve("Form upload.md")), "the path in the submitted name was dropped");

        Poll.until(WAIT, () -> Files.exists(input.resolve(".done/Form upload.md")), () -> "upload published; input holds "
                + list(input));
        assertArrayEquals(article, Files.readAllBytes(input.resolve(".done/Form upload.md")));
        assertNotNull(findFolder("Form upload.md"));
        try (Stream<Path> leftovers = Files.list(input)) {
            assertTrue(leftovers.noneMatch(p -> p.getFileName().toString().startsWith(".upload-")), "no temp files left");
        }
        Poll.until(WAIT, () -> {
            try {
                return sum(get("/metrics").body(), "republish_articles_done_total") == doneBefore + 1;
            } catch (Exception e) {
                return false;
            }
        }, () -> "done counter up by one");
        Poll.until(WAIT, () -> {
            try {
                return get("/").body().contains("Sent through the form");
            } catch (Exception e) {
                return false;
            }
        }, () -> "upload on the status page");
    }

    @Test
    @Order(7)
    void uploadsOfUnknownTypesOversizedFilesOrFromOtherSitesAreRefusedWithAMessage() throws Exception {
        HttpResponse<String> docx = upload("report.docx", "not an article".getBytes(StandardCharsets.UTF_8), Map.of());
        assertEquals(415, docx.statusCode());
        String message = Jsoup.parse(docx.body()).selectFirst(".notice.bad").text();
        assertTrue(message.contains("report.docx") && message.contains(".md"), message);

        byte[] big = new byte[(int) MAX_INPUT_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> tooBig = upload("big.md", big, Map.of());
        assertEquals(413, tooBig.statusCode());
        message = Jsoup.parse(tooBig.body()).selectFirst(".notice.bad").text();
        assertTrue(message.contains(Long.toString(MAX_INPUT_BYTES)) && message.contains("republish.max-input-bytes"),
                message);

        HttpResponse<String> foreign = upload("ok.md", "# Ok\n\ntext\n".getBytes(StandardCharsets.UTF_8),
                Map.of("Origin", "http://attacker.example"));
        assertEquals(403, foreign.statusCode());

        HttpResponse<String> noFile = http.send(HttpRequest.newBuilder(URI.create(base + "/upload"))
                .POST(HttpRequest.BodyPublishers.ofString("file=x")).header("Content-Type",
                        "application/x-www-form-urlencoded").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, noFile.statusCode());

        for (String name : List.of("report.docx", "big.md", "ok.md")) {
            assertFalse(Files.exists(input.resolve(name)) || Files.exists(input.resolve(".done/" + name))
                    || Files.exists(input.resolve(".error/" + name)), name + " never reached input/");
        }
    }

    @Test
    @Order(8)
    void aHeadlessBrowserShowsTheStatusPage() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        assumeTrue(Files.isExecutable(chromium), "skipped: no /usr/bin/chromium (apt-get install -y chromium)");
        Path profile = Files.createTempDirectory(work, "chromium-");
        Path screenshot = Path.of("target/status-page.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        List<String> common = List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile);
        List<String> shot = new ArrayList<>(common);
        shot.addAll(List.of("--screenshot=" + screenshot, "--window-size=1200,900", base + "/"));
        run(shot, work.resolve("chromium-shot.log"));
        assertTrue(Files.size(screenshot) > 0, "screenshot written");
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertEquals(1200, image.getWidth());
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 10, "the screenshot is not blank: " + colours.size() + " colours");

        List<String> dump = new ArrayList<>(common);
        dump.addAll(List.of("--dump-dom", base + "/"));
        String dom = run(dump, work.resolve("chromium-dom.log"));
        assertTrue(Jsoup.parse(dom).select("table.published td.title").eachText().contains(sampleTitle),
                "the browser's DOM holds the sample title: " + dom);
    }

    @Test
    @Order(9)
    void readinessIsDownWhileTheRouteIsStopped() throws Exception {
        var routes = service.camelContext().getRouteController();
        routes.stopRoute("publish-articles");
        try {
            HttpResponse<String> ready = get("/health/ready");
            assertEquals(503, ready.statusCode());
            assertTrue(ready.body().contains("\"routes\":\"DOWN\""), ready.body());
            assertEquals(200, get("/health/live").statusCode(), "still alive");
        } finally {
            routes.startRoute("publish-articles");
        }
        assertEquals(200, get("/health/ready").statusCode());
    }

    // ---- helpers

    private static String run(List<String> command, Path log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        // chromium keeps settings and caches under the home folder: keep them in the test's folder
        Path home = Files.createDirectories(work.resolve("chromium-home"));
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        builder.environment().put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        Process p = builder.start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium finished");
        assertEquals(0, p.exitValue(), "chromium exit status; log: " + Files.readString(log));
        return new String(out, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<String> upload(String fileName, byte[] content, Map<String, String> headers)
            throws IOException, InterruptedException {
        String boundary = "----republish" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the request line exactly as given: HTTP clients would tidy the dot segments away first. */
    private static String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", service.httpPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** The sum of every sample of a metric whose line starts with {@code prefix}. */
    static double sum(String metrics, String prefix) {
        double total = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith(prefix) && (line.length() == prefix.length()
                    || " {,".indexOf(line.charAt(prefix.length())) >= 0 || prefix.endsWith("\""))) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }

    private static Path findFolder(String inputName) throws IOException {
        Path manifest = ServiceFixture.manifestFor(output, inputName);
        return manifest == null ? null : manifest.getParent();
    }

    private static String list(Path dir) {
        return ServiceFixture.tree(dir);
    }
}
