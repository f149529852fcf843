package org.republish.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.republish.testsupport.Poll;
import org.republish.testsupport.ServiceFixture;

/**
 * The editor's desk on the real service (HTTP side on a free port), driven through its pages as a
 * browser without script would: follow the status page's links, read the forms, send them back.
 * Forged and token-less requests run first and must change nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** No licence named: the service holds it. The footer's statement is a candidate for the editor. */
    private static final String UNLICENSED = """
            ---
            title: %s
            author: Ada Writer
            ---

            The council met on Tuesday to discuss the new bridge over the river.

            Residents asked for a footpath on both sides, and the council agreed to look at the cost.

            This article is published under a Creative Commons Attribution-NoDerivatives licence.
            """;
    /** Licensed, with a dead link for UnwrapDeadLinks to unwrap. */
    private static final String LICENSED = """
            ---
            title: Dead links
            author: Ada Writer
            license: CC-BY-4.0
            ---

            The report is [here](#) and the minutes are [there](#) for anyone.

            The meeting ended late in the evening after a long debate about the budget.
            """;

    @TempDir
    static Path work;
    static Path input;
    static Path output;
    static Service service;
    static String base;
    static final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).build();
    static final HttpClient stranger = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        input = work.resolve("input");
        output = work.resolve("output");
        service = new Service(ServiceFixture.settings(work, Map.of()));
        service.start();
        base = "http://127.0.0.1:" + service.httpPort();
        Files.writeString(input.resolve("bridge.md"), UNLICENSED.formatted("The new bridge"));
        Files.writeString(input.resolve("rumour.md"), UNLICENSED.formatted("A rumour"));
        Files.writeString(input.resolve("links.md"), LICENSED);
        Poll.until(WAIT, () -> Files.exists(input.resolve(".hold/bridge.md"))
                        && Files.exists(input.resolve(".hold/rumour.md")) && Files.exists(input.resolve(".done/links.md")),
                () -> "two held, one published; input holds " + ServiceFixture.tree(input));
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    @Test
    @Order(1)
    void aForgedCrossSitePostOrOneWithoutTheSessionsTokenChangesNothing() throws Exception {
        Document held = page(heldLink("bridge.md"));
        Map<String, String> fields = fields(held.selectFirst("form[action=/desk/publish]"));
        fields.put("licence", "CC-BY-4.0");

        // another site's page posting the real form, cookie and all: the browser says where it came from
        assertEquals(403, post(browser, "/desk/publish", fields, Map.of("Origin", "http://attacker.example")).statusCode());
        assertEquals(403, post(browser, "/desk/publish", fields, Map.of("Sec-Fetch-Site", "cross-site")).statusCode());
        // no token, a wrong token, or no session at all
        Map<String, String> noToken = new LinkedHashMap<>(fields);
        noToken.remove("token");
        assertEquals(403, post(browser, "/desk/publish", noToken, Map.of()).statusCode());
        Map<String, String> wrongToken = new LinkedHashMap<>(fields);
        // another first character: a random token starts with "x" one time in 64
        String token = fields.get("token");
        wrongToken.put("token", (token.startsWith("x") ? "y" : "x") + token.substring(1));
        assertEquals(403, post(browser, "/desk/publish", wrongToken, Map.of()).statusCode());
        HttpResponse<String> noSession = post(stranger, "/desk/publish", fields, Map.of());
        assertEquals(403, noSession.statusCode());
        assertTrue(noSession.body().contains("did not come from the desk"), noSession.body());
        // a name the desk does not list, with a good token
        Map<String, String> elsewhere = new LinkedHashMap<>(fields);
        elsewhere.put("file", "../links.md");
        assertEquals(404, post(browser, "/desk/publish", elsewhere, Map.of()).statusCode());
        assertEquals(405, browser.send(HttpRequest.newBuilder(URI.create(base + "/desk/refuse")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());

        // a good request that decides nothing: back to the held page, saying what is missing
        HttpResponse<String> undecided = post(browser, "/desk/publish", fields(held.selectFirst(
                "form[action=/desk/publish]")), Map.of());
        assertEquals(400, undecided.statusCode());
        Document again = Jsoup.parse(undecided.body());
        assertEquals("Held: bridge.md", again.selectFirst("h1").text());
        assertTrue(again.selectFirst("p.notice.bad").text().startsWith("Choose a licence or a source profile"));

        Thread.sleep(500);
        assertTrue(Files.exists(input.resolve(".hold/bridge.md")), "still held: " + ServiceFixture.tree(input));
        assertFalse(Files.exists(input.resolve("bridge.yaml")), "no sidecar written");
        assertEquals(404, browser.send(HttpRequest.newBuilder(URI.create(base + "/desk/held?file=..%2Flinks.md"))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode(), "only listed held files have a page");
    }

    @Test
    @Order(2)
    void theHeldPageShowsTheEvidenceAndPublishingWithAChosenLicenceWritesTheSidecarAndPublishes() throws Exception {
        Document held = page(heldLink("bridge.md"));
        assertTrue(held.select("script").isEmpty());
        Element evidence = held.selectFirst("table.evidence");
        assertNotNull(evidence, held.body().text());
        assertTrue(evidence.text().contains("Attribution-NoDerivatives"), evidence.text());
        assertTrue(held.selectFirst("section.article-text").text().contains("footpath on both sides"));
        Element form = held.selectFirst("form[action=/desk/publish][method=post]");
        // every field has its label
        for (Element field : form.select("select, input:not([type=hidden]), textarea")) {
            assertNotNull(form.selectFirst("label[for=" + field.id() + "]"), "label for " + field);
        }
        // the licence the footer names comes first among the choices
        assertEquals("CC-BY-ND-4.0", form.select("select[name=licence] optgroup").first().selectFirst("option").val());
        assertEquals("The new bridge", form.selectFirst("input[name=title]").val());

        Map<String, String> fields = fields(form);
        fields.put("licence", "CC-BY-ND-4.0");
        fields.put("source", "Riverside News");
        HttpResponse<String> done = post(browser, "/desk/publish", fields, Map.of());
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(Jsoup.parse(done.body()).selectFirst("p.notice").text().contains("bridge.yaml"), done.body());

        Poll.until(WAIT, () -> Files.exists(input.resolve(".done/bridge.md")),
                () -> "bridge.md published; input holds " + ServiceFixture.tree(input));
        String sidecar = Files.readString(input.resolve("bridge.yaml"));
        assertTrue(sidecar.contains("license: CC-BY-ND-4.0"), sidecar);
        assertTrue(sidecar.contains("source: Riverside News"), sidecar);
        assertFalse(sidecar.contains("title:"), "only what the editor changed is written: " + sidecar);
        JsonNode manifest = JSON.readTree(ServiceFixture.manifestFor(output, "bridge.md").toFile());
        assertEquals("CC-BY-ND-4.0", manifest.path("article").path("license").path("id").asText());
        assertEquals("Riverside News", manifest.path("article").path("source").path("name").asText());

        HttpResponse<String> gone = browser.send(HttpRequest.newBuilder(URI.create(base + "/desk/held?file=bridge.md"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, gone.statusCode(), "the held page of an article published since");
        assertTrue(Jsoup.parse(gone.body()).selectFirst("p.notice.bad").text()
                .startsWith("No article named bridge.md is held now"), gone.body());
        Document status = page("/");
        assertTrue(status.select("table.held td.file").eachText().stream().noneMatch(t -> t.equals("bridge.md")),
                "no longer held: " + status.select("table.held").text());
        assertTrue(status.select("table.published td.title").eachText().contains("The new bridge"));
    }

    @Test
    @Order(3)
    void refusingAHeldArticleMovesItToErrorWithTheEditorsReason() throws Exception {
        Document held = page(heldLink("rumour.md"));
        Map<String, String> fields = fields(held.selectFirst("form[action=/desk/refuse]"));
        fields.put("reason", "Not ours to republish: the author asked us not to.");
        HttpResponse<String> done = post(browser, "/desk/refuse", fields, Map.of());
        assertEquals(200, done.statusCode(), done.body());

        assertTrue(Files.exists(input.resolve(".error/rumour.md")));
        assertFalse(Files.exists(input.resolve(".hold/rumour.md")));
        assertFalse(Files.exists(input.resolve(".hold/rumour.md.hold.txt")), "no longer held");
        String reason = Files.readString(input.resolve(".error/rumour.md.error.txt"));
        assertTrue(reason.contains("Refused by the editor: Not ours to republish"), reason);
        assertTrue(reason.contains("It had been held"), reason);
        Document status = page("/");
        assertTrue(status.select("table.failed td.file").eachText().contains("rumour.md"));
        assertTrue(status.select("table.held td.file").isEmpty(), status.select("#held ~ *").text());
    }

    @Test
    @Order(4)
    void republishingWithARuleOffShrinksTheChangeReport() throws Exception {
        Path manifestFile = ServiceFixture.manifestFor(output, "links.md");
        String folder = manifestFile.getParent().getFileName().toString();
        Document status = page("/");
        String href = status.select("table.published td.title a").stream()
                .filter(a -> a.attr("href").contains(folder)).findFirst().orElseThrow().attr("href");
        Document published = page(href);
        assertTrue(published.select("td.rule").eachAttr("data-rule").contains("UnwrapDeadLinks"), published.text());
        assertTrue(published.select("td.rule").eachText().contains("Unwrap dead links"), "the rule in words");
        String fidelity = published.selectFirst("p.fidelity").text();
        assertTrue(fidelity.matches("Word fidelity: passed\\. Of the \\d+ words .*"), fidelity);
        int before = published.select("table.changes tbody tr").size();
        assertFalse(published.selectFirst("#attribution + p").text().isBlank());

        Element form = published.select("form[action=/desk/republish]").stream()
                .filter(f -> f.selectFirst("input[name=rule]").val().equals("UnwrapDeadLinks")).findFirst().orElseThrow();
        HttpResponse<String> done = post(browser, "/desk/republish", fields(form), Map.of());
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(Files.readString(input.resolve("links.yaml")).contains("UnwrapDeadLinks"));

        Poll.until(WAIT, () -> Files.exists(input.resolve(".done/links-2.md")),
                () -> "links.md published again; input holds " + ServiceFixture.tree(input));
        Poll.until(WAIT, () -> {
            try {
                return page(href).select("ul.off li").eachAttr("data-rule").contains("UnwrapDeadLinks");
            } catch (Exception e) {
                return false;
            }
        }, () -> "the new manifest says the rule was off");
        Document after = page(href);
        assertFalse(after.select("td.rule").eachAttr("data-rule").contains("UnwrapDeadLinks"), after.text());
        assertEquals(before - 1, after.select("table.changes tbody tr").size(), "one rule fewer in the report");
        assertTrue(Files.exists(input.resolve(".done/links.md")), "the earlier copy is kept");
    }

    // ---- helpers

    private static String heldLink(String name) throws Exception {
        Document status = page("/");
        Element link = status.select("table.held td.file a").stream().filter(a -> a.text().equals(name))
                .findFirst().orElse(null);
        assertNotNull(link, name + " linked from the held table: " + status.select("table.held"));
        return link.attr("href");
    }

    private static Document page(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = browser.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return Jsoup.parse(r.body(), base);
    }

    /** The values a browser would send from the form as it stands. */
    private static Map<String, String> fields(Element form) {
        assertNotNull(form);
        Map<String, String> out = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name]")) {
            out.put(input.attr("name"), input.tagName().equals("textarea") ? input.text() : input.val());
        }
        for (Element select : form.select("select[name]")) {
            Element chosen = select.selectFirst("option[selected]");
            out.put(select.attr("name"), chosen != null ? chosen.val() : select.selectFirst("option").val());
        }
        return out;
    }

    private static HttpResponse<String> post(HttpClient client, String path, Map<String, String> fields,
            Map<String, String> headers) throws IOException, InterruptedException {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
