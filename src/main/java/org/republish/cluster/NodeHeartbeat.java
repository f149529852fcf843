package org.republish.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.republish.inbox.Outcomes;
import org.republish.model.Article;

/**
 * This node's report to the cluster, every renewal interval: it is alive, what
 * it has in hand, what it published since the last report; then it reads
 * every node's report for the status page and the metrics. Outcomes are
 * queued on the publishing threads and written here, so publishing never
 * waits for the database; while the database is away they wait in the queue.
 */
final class NodeHeartbeat implements Outcomes {

    static final int RECENT = 5;
    /** Outcomes are kept this long, for the status page's last outcomes; older rows are deleted once an hour. */
    static final java.time.Duration KEEP_OUTCOMES = java.time.Duration.ofDays(30);
    private static final long PRUNE_EVERY_NANOS = java.util.concurrent.TimeUnit.HOURS.toNanos(1);
    private long lastPruned = System.nanoTime() - PRUNE_EVERY_NANOS;

    private final ClusterDatabase db;
    private final String node;
    private final Instant started = Instant.now();
    private final Supplier<String> http;
    private final ClusterClaims claims;
    private final ClusterFolders folders;
    private final Reachability reachability;
    private final ConcurrentLinkedQueue<ClusterSnapshot.Outcome> pending = new ConcurrentLinkedQueue<>();
    private volatile ClusterSnapshot snapshot;

    NodeHeartbeat(ClusterDatabase db, String node, Supplier<String> http, ClusterClaims claims,
            ClusterFolders folders, Reachability reachability) {
        this.db = db;
        this.node = node;
        this.http = http;
        this.claims = claims;
        this.folders = folders;
        this.reachability = reachability;
        this.snapshot = new ClusterSnapshot(node, db.url(), true, "", Instant.now(), List.of());
    }

    @Override
    public void published(String fileName, Article article, long nanos) {
        pending.add(new ClusterSnapshot.Outcome(fileName, "done", Instant.now()));
    }

    @Override
    public void refused(String fileName, boolean hold, String reason, long nanos) {
        pending.add(new ClusterSnapshot.Outcome(fileName, hold ? "hold" : "error", Instant.now()));
    }

    /** One report; a failure marks the database down until the next report succeeds. */
    void beat() {
        try {
            report();
            pruneOutcomes();
            reachability.succeeded();
            claims.retryReleases();
            folders.retryReleases();
            snapshot = read();
        } catch (SQLException | RuntimeException e) {
            reachability.failed(e);
            ClusterSnapshot last = snapshot;
            snapshot = new ClusterSnapshot(node, db.url(), false, reachability.problem(), last.readAt(), last.nodes());
        }
    }

    private void report() throws SQLException {
        List<ClusterSnapshot.Outcome> batch = new ArrayList<>(pending);
        long done = batch.stream().filter(o -> o.result().equals("done")).count();
        long held = batch.stream().filter(o -> o.result().equals("hold")).count();
        long failed = batch.size() - done - held;
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO " + ClusterDatabase.NODES
                        + " (node, http, started_at, renewed_at, in_hand, published, held, failed)"
                        + " VALUES (?, ?, ?, now(), ?, ?, ?, ?) ON CONFLICT (node) DO UPDATE SET http = EXCLUDED.http,"
                        + " started_at = EXCLUDED.started_at, renewed_at = now(), in_hand = EXCLUDED.in_hand,"
                        + " published = " + ClusterDatabase.NODES + ".published + EXCLUDED.published,"
                        + " held = " + ClusterDatabase.NODES + ".held + EXCLUDED.held,"
                        + " failed = " + ClusterDatabase.NODES + ".failed + EXCLUDED.failed")) {
                    s.setString(1, node);
                    s.setString(2, http.get());
                    s.setTimestamp(3, Timestamp.from(started));
                    s.setString(4, String.join("\n", claims.inHand()));
                    s.setLong(5, done);
                    s.setLong(6, held);
                    s.setLong(7, failed);
                    s.executeUpdate();
                }
                if (!batch.isEmpty()) {
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO " + ClusterDatabase.OUTCOMES
                            + " (node, input_name, result, at) VALUES (?, ?, ?, ?)")) {
                        for (ClusterSnapshot.Outcome o : batch) {
                            s.setString(1, node);
                            s.setString(2, o.inputName());
                            s.setString(3, o.result());
                            s.setTimestamp(4, Timestamp.from(o.at()));
                            s.addBatch();
                        }
                        s.executeBatch();
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        // written: only now are they taken off the queue (the publishing threads only ever add at its end)
        for (int i = 0; i < batch.size(); i++) {
            pending.poll();
        }
    }

    private void pruneOutcomes() throws SQLException {
        if (System.nanoTime() - lastPruned < PRUNE_EVERY_NANOS) {
            return;
        }
        try (Connection c = db.connection(); PreparedStatement s = c.prepareStatement("DELETE FROM "
                + ClusterDatabase.OUTCOMES + " WHERE node = ? AND at < now() - make_interval(days => ?)")) {
            s.setString(1, node);
            s.setInt(2, (int) KEEP_OUTCOMES.toDays());
            s.executeUpdate();
        }
        lastPruned = System.nanoTime();
    }

    private ClusterSnapshot read() throws SQLException {
        Map<String, List<ClusterSnapshot.Outcome>> recent = new LinkedHashMap<>();
        List<ClusterSnapshot.Node> nodes = new ArrayList<>();
        Instant readAt = Instant.now();
        try (Connection c = db.connection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT node, input_name, result, at FROM (SELECT *,"
                    + " row_number() OVER (PARTITION BY node ORDER BY id DESC) AS n FROM " + ClusterDatabase.OUTCOMES
                    + ") o WHERE n <= " + RECENT + " ORDER BY node, id DESC"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    recent.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(
                            new ClusterSnapshot.Outcome(r.getString(2), r.getString(3), r.getTimestamp(4).toInstant()));
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT node, http, started_at, renewed_at, in_hand,"
                    + " published, held, failed, now() FROM " + ClusterDatabase.NODES + " ORDER BY node");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String name = r.getString(1);
                    readAt = r.getTimestamp(9).toInstant(); // the database's clock, as renewed_at
                    String hand = r.getString(5);
                    nodes.add(new ClusterSnapshot.Node(name, r.getString(2), r.getTimestamp(3).toInstant(),
                            r.getTimestamp(4).toInstant(), hand.isEmpty() ? List.of() : List.of(hand.split("\n")),
                            r.getLong(6), r.getLong(7), r.getLong(8), recent.getOrDefault(name, List.of())));
                }
            }
        }
        return new ClusterSnapshot(node, db.url(), true, "", readAt, List.copyOf(nodes));
    }

    ClusterSnapshot snapshot() {
        return snapshot;
    }
}
