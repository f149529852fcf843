package org.republish.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.republish.cluster.ClusterSnapshot;

/** The cluster on the status page and in the metrics, from a snapshot. */
class ClusterSectionTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static ClusterSnapshot snapshot(boolean up) {
        return new ClusterSnapshot("node-a", "jdbc:postgresql://db/republish", up, up ? "" : "Connection refused", NOW,
                List.of(new ClusterSnapshot.Node("node-a", "http://10.0.0.1:8080/", NOW.minusSeconds(600),
                                NOW.minusSeconds(3), List.of("essay.md", "<script>.md"), 12, 2, 1,
                                List.of(new ClusterSnapshot.Outcome("last.md", "done", NOW.minusSeconds(4)))),
                        new ClusterSnapshot.Node("node \"b\"", "javascript:alert(1)", NOW.minusSeconds(900),
                                NOW.minusSeconds(95), List.of(), 40, 0, 0, List.of())));
    }

    @Test
    void everyNodeIsShownWithItsRenewalItsFilesInHandAndWhatItPublished() {
        Document doc = Document.createShell("");
        ClusterSection.render(doc.body(), snapshot(true), ZoneOffset.UTC);
        List<Element> rows = doc.select("table.nodes tbody tr");
        assertEquals(2, rows.size());
        assertEquals("node-a (this node)", rows.get(0).child(0).text());
        assertEquals("3 s ago", rows.get(0).child(3).text());
        assertTrue(rows.get(0).child(4).wholeText().contains("<script>.md"), "names shown as text");
        assertTrue(doc.select("script").isEmpty(), "never as markup");
        assertEquals("12", rows.get(0).child(5).text());
        assertEquals("95 s ago", rows.get(1).child(3).text());
        assertTrue(rows.get(1).child(1).select("a").isEmpty(), "only http(s) addresses become links");
        assertTrue(doc.select("p.notice.bad").isEmpty());
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsSaid() {
        Document doc = Document.createShell("");
        ClusterSection.render(doc.body(), snapshot(false), ZoneOffset.UTC);
        assertTrue(doc.select("p.notice.bad").text().contains("Connection refused"));
    }

    @Test
    void metricsHaveOneSamplePerNodeWithItsNameEscaped() {
        String text = ClusterSection.metrics(snapshot(true));
        assertTrue(text.contains("republish_cluster_database_up 1\n"), text);
        assertTrue(text.contains("republish_cluster_node_renewed_seconds_ago{node=\"node-a\"} 3\n"), text);
        assertTrue(text.contains("republish_cluster_node_in_hand{node=\"node-a\"} 2\n"), text);
        assertTrue(text.contains("republish_cluster_node_published{node=\"node \\\"b\\\"\"} 40\n"), text);
        assertEquals(0, ClusterSection.metrics(snapshot(false)).indexOf("# HELP republish_cluster_database_up"));
        assertTrue(ClusterSection.metrics(snapshot(false)).contains("republish_cluster_database_up 0\n"));
    }
}
