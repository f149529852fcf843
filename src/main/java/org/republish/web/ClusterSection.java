package org.republish.web;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.republish.cluster.ClusterSnapshot;

/**
 * The cluster, on the status page and in the metrics: every node, when it
 * last renewed its claims, what it has in hand and what it published. Read
 * from the snapshot the node's heartbeat keeps, so neither waits for the
 * database.
 */
final class ClusterSection {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ClusterSection() {
    }

    static void render(Element body, ClusterSnapshot cluster, ZoneId zone) {
        body.appendElement("h2").attr("id", "cluster").text("Cluster");
        Element about = body.appendElement("p");
        about.appendText("This node: " + cluster.self() + ". Shared database: " + cluster.database() + ", ");
        if (cluster.databaseUp()) {
            about.appendText("answering.");
        } else {
            body.appendElement("p").addClass("notice bad").attr("role", "status").text("The database does not "
                    + "answer (" + cluster.problem() + "): this node takes no new files until it does; the "
                    + "articles in hand are finished. The nodes below are as they were last seen.");
            about.appendText("not answering.");
        }
        Element table = StatusPage.table(body, "nodes", "Node", "Status page", "Started", "Last renewed",
                "In hand", "Published", "Held", "Failed", "Last outcomes");
        for (ClusterSnapshot.Node n : cluster.nodes()) {
            Element row = table.appendElement("tr");
            row.appendElement("td").text(n.name() + (n.name().equals(cluster.self()) ? " (this node)" : ""));
            Element http = row.appendElement("td");
            if (n.http().startsWith("http://") || n.http().startsWith("https://")) {
                http.appendElement("a").attr("href", n.http()).text(n.http());
            } else {
                http.text(n.http());
            }
            row.appendElement("td").text(TIME.format(n.started().atZone(zone)));
            row.appendElement("td").text(secondsAgo(cluster, n) + " s ago");
            row.appendElement("td").addClass("reason").text(n.inHand().isEmpty() ? "nothing"
                    : String.join("\n", n.inHand()));
            row.appendElement("td").text(Long.toString(n.published()));
            row.appendElement("td").text(Long.toString(n.held()));
            row.appendElement("td").text(Long.toString(n.failed()));
            row.appendElement("td").addClass("reason").text(n.recent().stream()
                    .map(o -> o.inputName() + " (" + o.result() + ")").collect(Collectors.joining("\n")));
        }
    }

    private static long secondsAgo(ClusterSnapshot cluster, ClusterSnapshot.Node n) {
        return Math.max(0, Duration.between(n.renewed(), cluster.readAt()).toSeconds());
    }

    /** Prometheus text lines, after the registry's own. */
    static String metrics(ClusterSnapshot cluster) {
        StringBuilder out = new StringBuilder();
        out.append("# HELP republish_cluster_database_up 1 while the shared database answers this node\n")
                .append("# TYPE republish_cluster_database_up gauge\n")
                .append("republish_cluster_database_up ").append(cluster.databaseUp() ? 1 : 0).append('\n');
        family(out, "republish_cluster_node_renewed_seconds_ago", "gauge",
                "seconds since the node last renewed its claims, as last read");
        cluster.nodes().forEach(n -> sample(out, "republish_cluster_node_renewed_seconds_ago", n, secondsAgo(cluster, n)));
        family(out, "republish_cluster_node_in_hand", "gauge", "files the node has in hand");
        cluster.nodes().forEach(n -> sample(out, "republish_cluster_node_in_hand", n, n.inHand().size()));
        family(out, "republish_cluster_node_published", "gauge", "articles the node published, all its runs");
        cluster.nodes().forEach(n -> sample(out, "republish_cluster_node_published", n, n.published()));
        family(out, "republish_cluster_node_held", "gauge", "articles the node held for an editor");
        cluster.nodes().forEach(n -> sample(out, "republish_cluster_node_held", n, n.held()));
        family(out, "republish_cluster_node_failed", "gauge", "articles the node refused into .error/");
        cluster.nodes().forEach(n -> sample(out, "republish_cluster_node_failed", n, n.failed()));
        return out.toString();
    }

    private static void family(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static void sample(StringBuilder out, String name, ClusterSnapshot.Node node, long value) {
        out.append(name).append("{node=\"").append(labelValue(node.name())).append("\"} ")
                .append(String.format(Locale.ROOT, "%d", value)).append('\n');
    }

    /** Prometheus label values escape backslash, double quote and line feed. */
    static String labelValue(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
