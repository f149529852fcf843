package org.republish.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.inbox.Archive;
import org.republish.inbox.ReasonFiles;

/** The status page's search form narrows its lists by title, source, licence, date and state. */
class StatusPageSearchTest {

    @TempDir
    Path dir;
    StatusPage page;

    @BeforeEach
    void folders() throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        Path output = Files.createDirectories(dir.resolve("output"));
        published(output, "bridge", "The new bridge", "Riverside News", "CC BY 4.0", "2026-03-02T10:00:00Z");
        published(output, "budget", "Budget day", "The Conversation", "CC BY-ND 4.0", "2026-05-20T10:00:00Z");
        Path hold = Files.createDirectories(input.resolve(Archive.HOLD.folder()));
        Files.writeString(hold.resolve("rumour.md"), "x");
        ReasonFiles.write(hold, "rumour.md", Archive.HOLD, "rumour.md", "no licence could be established");
        Path error = Files.createDirectories(input.resolve(Archive.ERROR.folder()));
        Files.writeString(error.resolve("empty.md"), "");
        ReasonFiles.write(error, "empty.md", Archive.ERROR, "empty.md", "The file is empty.");
        page = new StatusPage(new InputFolder(input), new OutputFolder(output), 1000, ZoneId.of("UTC"));
    }

    private static void published(Path output, String slug, String title, String source, String licence, String when)
            throws Exception {
        Path folder = Files.createDirectories(output.resolve(slug));
        Path manifest = folder.resolve("manifest.json");
        Files.writeString(manifest, """
                {"input":{"name":"%s.md","sha256":"0"},"article":{"title":"%s","source":{"name":"%s"},
                 "license":{"id":"x","name":"%s"}},"outputs":[]}
                """.formatted(slug, title, source, licence));
        Files.setLastModifiedTime(manifest, FileTime.from(Instant.parse(when)));
    }

    private Document find(Map<String, String> query) {
        return Jsoup.parse(page.render(null, false, Map.of("ok", true), StatusPage.Filter.of(query)));
    }

    @Test
    void wordsMatchTheTitleOrSourceOfPublishedArticlesAndTheNameOrReasonOfOthers() {
        Document all = find(Map.of());
        assertEquals(List.of("Budget day", "The new bridge"), all.select("table.published td.title").eachText());
        assertNotNull(all.selectFirst("form.search[method=get] input[name=q]"));

        Document bridge = find(Map.of("q", "riverside"));
        assertEquals(List.of("The new bridge"), bridge.select("table.published td.title").eachText());
        assertTrue(bridge.select("table.held, table.failed").isEmpty(), "nothing else matches");
        assertEquals("riverside", bridge.selectFirst("input[name=q]").val(), "the form keeps the search");

        assertEquals(List.of("rumour.md"), find(Map.of("q", "licence could")).select("table.held td.file").eachText());
    }

    @Test
    void licenceStateAndDatesNarrowTheLists() {
        Document nd = find(Map.of("licence", "CC BY-ND 4.0"));
        assertEquals(List.of("Budget day"), nd.select("table.published td.title").eachText());
        assertTrue(nd.select("#held, #failed, #waiting").isEmpty(), "only published articles have a licence");
        assertEquals(List.of("CC BY 4.0", "CC BY-ND 4.0"),
                nd.select("select[name=licence] option").eachAttr("value").subList(1, 3));

        Document held = find(Map.of("state", "held"));
        assertEquals(List.of("rumour.md"), held.select("table.held td.file").eachText());
        assertTrue(held.select("#recent, #failed").isEmpty());

        Document spring = find(Map.of("from", "2026-03-01", "to", "2026-03-31", "state", "published"));
        assertEquals(List.of("The new bridge"), spring.select("table.published td.title").eachText());

        Document bad = find(Map.of("from", "March"));
        assertTrue(bad.selectFirst("p.notice.bad").text().contains("YYYY-MM-DD"));
        assertEquals(2, bad.select("table.published td.title").size(), "the bad date is not applied");
    }
}
