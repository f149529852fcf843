package org.republish.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.config.Settings;
import org.republish.inbox.Archive;
import org.republish.inbox.ReasonFiles;

/**
 * A server listening on every address (beyond loopback): the desk's actions need the configured
 * password, and without one they are off, with a page saying how to set it. The HTTP side alone,
 * on a free port; nothing takes the inputs, so what an action did stays to be seen.
 */
class DeskBeyondLoopbackTest {

    @TempDir
    Path work;

    private WebServer server(Map<String, String> more) throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));
        Path hold = Files.createDirectories(input.resolve(Archive.HOLD.folder()));
        Files.writeString(hold.resolve("bridge.md"), "# The bridge\n\nText.\n");
        ReasonFiles.write(hold, "bridge.md", Archive.HOLD, "bridge.md", "no licence could be established");
        Map<String, String> settings = new HashMap<>(Map.of(WebServer.PORT, "0", WebServer.HOST, "0.0.0.0"));
        settings.putAll(more);
        WebServer server = new WebServer(Settings.of(settings), input, Files.createDirectories(work.resolve("output")),
                new ServiceMetrics(input), () -> Map.of("test", true));
        server.start();
        return server;
    }

    @Test
    void withoutAConfiguredPasswordTheActionsAreOffAndThePageSaysHowToSetOne() throws Exception {
        try (WebServer server = server(Map.of())) {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String base = "http://127.0.0.1:" + server.port();
            Document page = Jsoup.parse(get(client, base + "/desk/held?file=bridge.md"));
            assertTrue(page.select("form[action=/desk/publish]").isEmpty(), "no form to act with");
            assertTrue(page.text().contains(DeskPassword.SETTING), page.text());
            HttpResponse<String> post = post(client, base + "/desk/refuse",
                    Map.of("file", "bridge.md", "reason", "no", "token", "whatever"));
            assertEquals(403, post.statusCode());
            assertTrue(post.body().contains(DeskPassword.SETTING), post.body());
            assertTrue(Files.exists(work.resolve("input/.hold/bridge.md")), "still held");
        }
    }

    @Test
    void withAConfiguredPasswordAnActionNeedsIt() throws Exception {
        String hash = DeskPassword.hash("correct horse".toCharArray(), 1000);
        try (WebServer server = server(Map.of(DeskPassword.SETTING, hash))) {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String base = "http://127.0.0.1:" + server.port();
            Document page = Jsoup.parse(get(client, base + "/desk/held?file=bridge.md"));
            assertNotNull(page.selectFirst("form[action=/desk/refuse] input[type=password][name=password]"));
            String token = page.selectFirst("form[action=/desk/refuse] input[name=token]").val();
            Map<String, String> form = new HashMap<>(Map.of("file", "bridge.md", "reason", "Withdrawn.",
                    "token", token, "password", "wrong horse"));
            assertEquals(403, post(client, base + "/desk/refuse", form).statusCode());
            assertTrue(Files.exists(work.resolve("input/.hold/bridge.md")), "still held");

            form.put("password", "correct horse");
            HttpResponse<String> done = post(client, base + "/desk/refuse", form);
            assertEquals(200, done.statusCode(), done.body());
            assertTrue(Files.exists(work.resolve("input/.error/bridge.md")));
            assertFalse(Files.exists(work.resolve("input/.hold/bridge.md")));
        }
    }

    private static String get(HttpClient client, String url) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static HttpResponse<String> post(HttpClient client, String url, Map<String, String> fields)
            throws Exception {
        String body = fields.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
