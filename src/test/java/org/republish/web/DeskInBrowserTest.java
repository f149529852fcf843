package org.republish.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.republish.Service;
import org.republish.testsupport.HeadlessChromium;
import org.republish.testsupport.Poll;
import org.republish.testsupport.ServiceFixture;

/**
 * The desk in a real headless Chromium: an editor follows the status page's links, picks a licence
 * for a held article and publishes it, refuses another, and republishes a published one with a
 * rule off; a page on another site that posts the desk's form is refused. The browser sends its own
 * Origin, Sec-Fetch-Site and cookie, so this is what the checks meet in use.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskInBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String UNLICENSED = """
            ---
            title: %s
            author: Ada Writer
            ---

            The council met on Tuesday to discuss the new bridge over the river.

            This article is published under a Creative Commons Attribution-NoDerivatives licence.
            """;

    @TempDir
    static Path work;
    static Path input;
    static Path output;
    static Service service;
    static String base;
    static HeadlessChromium browser;
    static HttpServer elsewhere;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(HeadlessChromium.BINARY), "skipped: no " + HeadlessChromium.BINARY);
        input = work.resolve("input");
        output = work.resolve("output");
        service = new Service(ServiceFixture.settings(work, Map.of()));
        service.start();
        base = "http://127.0.0.1:" + service.httpPort();
        Files.writeString(input.resolve("bridge.md"), UNLICENSED.formatted("The new bridge"));
        Files.writeString(input.resolve("rumour.md"), UNLICENSED.formatted("A rumour"));
        Files.writeString(input.resolve("links.md"), ServiceFixture.LICENSED
                + "\n# Dead links\n\nThe report is [here](#) and the minutes are [there](#) for anyone.\n");
        Poll.until(WAIT, () -> Files.exists(input.resolve(".hold/bridge.md"))
                        && Files.exists(input.resolve(".hold/rumour.md")) && Files.exists(input.resolve(".done/links.md")),
                () -> "two held, one published; input holds " + ServiceFixture.tree(input));
        browser = new HeadlessChromium(Files.createDirectories(work.resolve("chromium")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (elsewhere != null) {
            elsewhere.stop(0);
        }
        if (browser != null) {
            browser.close();
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    @Order(1)
    void aPageOnAnotherSiteCannotPostTheDesksFormEvenWithTheEditorsCookie() throws Exception {
        // the editor has the desk open (the session cookie is set) ...
        browser.open(base + "/desk/held?file=bridge.md");
        // ... and then visits a page elsewhere whose button posts to the desk
        elsewhere = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String attack = "<!DOCTYPE html><html lang=en><title>win a prize</title><form method=post action=\""
                + base + "/desk/publish\"><input type=hidden name=file value=bridge.md>"
                + "<input type=hidden name=licence value=CC-BY-4.0><input type=hidden name=token value=guess>"
                + "<button id=prize>Claim</button></form>";
        elsewhere.createContext("/", ex -> {
            byte[] page = attack.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, page.length);
            ex.getResponseBody().write(page);
            ex.close();
        });
        elsewhere.start();
        browser.open("http://localhost:" + elsewhere.getAddress().getPort() + "/");
        browser.clickAndWait("#prize");
        assertTrue(browser.html().contains("accepted from its own pages only"), browser.html());
        Thread.sleep(500);
        assertTrue(Files.exists(input.resolve(".hold/bridge.md")), "still held");
        assertFalse(Files.exists(input.resolve("bridge.yaml")), "no sidecar");
    }

    @Test
    @Order(2)
    void anEditorPicksTheLicenceTheEvidenceNamesAndTheArticleIsPublishedWithIt() throws Exception {
        browser.open(base + "/");
        browser.clickAndWait("table.held a[href*='bridge.md']");
        Document held = Jsoup.parse(browser.html());
        assertTrue(held.selectFirst("table.evidence").text().contains("the article's text"), held.text());
        String first = held.selectFirst("select[name=licence] optgroup option").val();
        assertEquals("CC-BY-ND-4.0", first, "the licence the evidence names is offered first");
        browser.fill("select[name=licence]", first);
        browser.clickAndWait("form[action='/desk/publish'] button[type=submit]");
        assertTrue(Jsoup.parse(browser.html()).selectFirst("p.notice").text().startsWith("Publishing bridge.md"),
                browser.html());

        Poll.until(WAIT, () -> Files.exists(input.resolve(".done/bridge.md")),
                () -> "bridge.md published; input holds " + ServiceFixture.tree(input));
        assertTrue(Files.readString(input.resolve("bridge.yaml")).contains("license: CC-BY-ND-4.0"));
        Path manifest = ServiceFixture.manifestFor(output, "bridge.md");
        assertEquals("CC-BY-ND-4.0", new ObjectMapper().readTree(manifest.toFile()).path("article").path("license")
                .path("id").asText());
        browser.open(base + "/");
        Document status = Jsoup.parse(browser.html());
        assertFalse(status.select("table.held td.file").eachText().contains("bridge.md"), "not held any more");
        assertTrue(status.select("table.published td.title").eachText().contains("The new bridge"));
    }

    @Test
    @Order(3)
    void anEditorRefusesAHeldArticleWithAReason() throws Exception {
        browser.open(base + "/desk/held?file=rumour.md");
        browser.fill("#reason", "The author withdrew it.");
        browser.clickAndWait("form[action='/desk/refuse'] button[type=submit]");
        assertTrue(Files.exists(input.resolve(".error/rumour.md")));
        assertTrue(Files.readString(input.resolve(".error/rumour.md.error.txt")).contains("The author withdrew it."));
        assertTrue(Jsoup.parse(browser.html()).select("table.failed td.file").eachText().contains("rumour.md"));
    }

    @Test
    @Order(4)
    void anEditorRepublishesWithARuleOffAndTheChangeReportShrinks() throws Exception {
        String folder = ServiceFixture.manifestFor(output, "links.md").getParent().getFileName().toString();
        String page = base + "/desk/published?folder=" + folder;
        browser.open(page);
        Document before = Jsoup.parse(browser.html());
        int rules = before.select("table.changes tbody tr").size();
        assertTrue(before.select("td.rule").eachAttr("data-rule").contains("UnwrapDeadLinks"), before.text());
        browser.clickAndWait("form[action='/desk/republish']:has(input[value=UnwrapDeadLinks]) button");
        Poll.until(WAIT, () -> Files.exists(input.resolve(".done/links-2.md")),
                () -> "links.md published again; input holds " + ServiceFixture.tree(input));
        Poll.until(WAIT, () -> {
            try {
                browser.open(page);
                return Jsoup.parse(browser.html()).select("ul.off li").eachAttr("data-rule").contains("UnwrapDeadLinks");
            } catch (Exception e) {
                return false;
            }
        }, () -> "the page says the rule was off");
        Document after = Jsoup.parse(browser.html());
        assertEquals(rules - 1, after.select("table.changes tbody tr").size(), after.text());
    }
}
