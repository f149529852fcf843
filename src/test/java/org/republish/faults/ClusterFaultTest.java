package org.republish.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.republish.faults.FaultBatch.Drop;
import org.republish.faults.FaultBatch.Expect;

/**
 * The contract of issue 15, on a real PostgreSQL and three service processes
 * sharing one input and one output folder: 300 mixed files are dropped; one
 * node is killed with SIGKILL mid-batch, and the files it had in hand must be
 * taken by another within 60 seconds; it is started again and takes up work;
 * then the database goes away (readiness answers 503 naming it, no new file
 * is taken) and comes back (work resumes). Afterwards every file is in exactly
 * one of .done/, .error/, .hold/, every published input in exactly one whole
 * output folder, and no input was published by two nodes.
 */
@Tag("fault")
class ClusterFaultTest {

    private static final long SEED = Long.getLong("fault.seed", 20261201L);
    private static final Duration READY = Duration.ofSeconds(120);
    private static final Duration DRAIN = Duration.ofSeconds(Long.getLong("fault.drain-seconds", 360));
    /** The contract: a dead node's files are taken by another within this. */
    private static final Duration TAKEOVER = Duration.ofSeconds(60);
    private static final Pattern HTTP = Pattern.compile("health and metrics on (http://[^/\\s]+/)");

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @Timeout(value = 900, unit = TimeUnit.SECONDS)
    void threeNodesPublishEveryFileOnceThroughAKillARestartAndADatabaseOutage() throws Exception {
        Path input = work.resolve("input");
        Path output = work.resolve("output");
        Files.createDirectories(input);
        List<Drop> batch = FaultBatch.build(SEED);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<ChildService> nodes = new ArrayList<>();
        try (LocalPostgres pg = LocalPostgres.start()) {
            for (int i = 1; i <= 3; i++) {
                nodes.add(new ChildService(work, settings(pg, "node-" + i, i == 2 ? 2 : 1), "384m", List.of(), "node-" + i));
            }
            startAll(nodes, pool);
            long started = System.nanoTime();

            List<Future<?>> writes = dropAll(batch, input, pool);

            // node-2 is killed while it has files in hand (it reports them every renewal)
            ChildService victim = nodes.get(1);
            BatchAccount.await(Duration.ofSeconds(240), () -> BatchAccount.archived(input) >= 60,
                    () -> "60 files archived; log of node-1:\n" + nodes.get(0).tail(3000));
            BatchAccount.await(Duration.ofSeconds(60), () -> !inHand(pg, "node-2").isEmpty(),
                    () -> "node-2 reported a file in hand");
            victim.killHard();
            long killed = System.nanoTime();
            System.out.printf("cluster test: node-2 killed with SIGKILL after %d files archived (%d ms)%n",
                    BatchAccount.archived(input), (killed - started) / 1_000_000);

            // its claims stop being renewed: after two renewals, the stale ones are its files in hand
            Thread.sleep(12_000);
            List<String> orphaned = staleClaims(pg, Duration.ofSeconds(10));
            assertFalse(orphaned.isEmpty(), "node-2 had files in hand when it was killed; claims: " + claims(pg));
            BatchAccount.await(TAKEOVER.minus(Duration.ofNanos(System.nanoTime() - killed)),
                    () -> orphaned.stream().noneMatch(n -> Files.exists(input.resolve(n))),
                    () -> "the files node-2 had in hand " + orphaned + " taken over by another node; still in input/: "
                            + orphaned.stream().filter(n -> Files.exists(input.resolve(n))).toList());
            System.out.printf("cluster test: %d files node-2 had in hand were taken over %d ms after the kill: %s%n",
                    orphaned.size(), (System.nanoTime() - killed) / 1_000_000, orphaned);

            victim.start(READY);
            for (Future<?> w : writes) {
                w.get(120, TimeUnit.SECONDS);
            }
            BatchAccount.await(DRAIN, () -> BatchAccount.archived(input) >= batch.size()
                    && BatchAccount.pending(input).isEmpty(), () -> "all " + batch.size() + " files archived; "
                    + BatchAccount.archived(input) + " are, still in input/: " + BatchAccount.pending(input));
            System.out.printf("cluster test: %d files archived in %d ms%n", batch.size(),
                    (System.nanoTime() - started) / 1_000_000);

            // the restarted node takes up work again: of files dropped once it is ready, it publishes some
            List<Drop> after = new ArrayList<>();
            for (int i = 1; i <= 30; i++) {
                after.add(new Drop(String.format("after-restart-%02d.md", i), ("---\nlicense: CC-BY-4.0\n---\n# Dropped "
                        + "after the restart " + i + "\n\nEvery node may take this article, number " + i + ".\n")
                        .getBytes(StandardCharsets.UTF_8), Expect.DONE, false));
            }
            for (Drop d : after) {
                BatchAccount.dropWhole(input, d);
            }
            BatchAccount.await(Duration.ofSeconds(120), () -> BatchAccount.pending(input).isEmpty(),
                    () -> "the files dropped after the restart published; still in input/: " + BatchAccount.pending(input));
            assertTrue(victim.logSinceStart().contains("published file=\"after-restart-"), "node-2 published after its "
                    + "restart; its log since then:\n" + victim.logSinceStart().lines().filter(l -> !l.startsWith("\t")
                    && !l.startsWith("Caused by")).limit(60).collect(java.util.stream.Collectors.joining("\n")));

            // the database goes away while files are in hand: those are finished, every node says the
            // database is down, and no new file is taken until it is back
            List<Drop> during = new ArrayList<>();
            for (int i = 1; i <= 40; i++) {
                during.add(new Drop(String.format("outage-%02d.md", i), ("---\nlicense: CC-BY-4.0\n---\n# Written "
                        + "around the outage " + i + "\n\nThe database went away while this article waited, number "
                        + i + ".\n").getBytes(StandardCharsets.UTF_8), Expect.DONE, false));
            }
            int archivedBefore = BatchAccount.archived(input);
            for (Drop d : during) {
                BatchAccount.dropWhole(input, d);
            }
            BatchAccount.await(Duration.ofSeconds(60), () -> BatchAccount.archived(input) >= archivedBefore + 2,
                    () -> "the first files dropped around the outage published");
            pg.stopServer();
            for (ChildService node : nodes) {
                BatchAccount.await(Duration.ofSeconds(30), () -> readiness(node).startsWith("503")
                        && readiness(node).contains("\"database\":\"DOWN\""), () -> "readiness 503 naming the database");
            }
            Thread.sleep(8_000); // the articles in hand are finished meanwhile
            java.util.Set<String> waiting = new java.util.TreeSet<>(BatchAccount.pending(input));
            Thread.sleep(6_000);
            assertFalse(waiting.isEmpty(), "files still wait while the database is away");
            assertEquals(waiting, new java.util.TreeSet<>(BatchAccount.pending(input)),
                    "no file is taken while the database is away");
            System.out.printf("cluster test: database stopped with %d of %d files published, %d waited for it%n",
                    during.size() - waiting.size(), during.size(), waiting.size());
            pg.startServer();
            BatchAccount.await(Duration.ofSeconds(90), () -> BatchAccount.pending(input).isEmpty(),
                    () -> "the files dropped during the outage published once it is back; still in input/: "
                            + BatchAccount.pending(input));
            for (ChildService node : nodes) {
                BatchAccount.await(Duration.ofSeconds(30), () -> readiness(node).startsWith("200"),
                        () -> "readiness 200 again");
            }

            // the status page and the metrics of any node show all three
            String page = get(address(nodes.get(0)));
            String metrics = get(address(nodes.get(2)) + "metrics");
            for (int i = 1; i <= 3; i++) {
                assertTrue(page.contains("node-" + i), "status page lists node-" + i);
                assertTrue(metrics.contains("republish_cluster_node_published{node=\"node-" + i + "\"}"),
                        "metrics list node-" + i);
            }

            // a stopped node's half-written output is removed by the others once old enough
            BatchAccount.await(Duration.ofSeconds(200), () -> Leftovers.find(work).isEmpty(),
                    () -> "leftovers removed: " + Leftovers.find(work));
            StringBuilder logs = new StringBuilder();
            for (ChildService node : nodes) {
                assertEquals(0, node.terminate(Duration.ofSeconds(90)), "exit status after SIGTERM");
                logs.append(node.log());
            }
            List<Drop> all = new ArrayList<>(batch);
            all.addAll(after);
            all.addAll(during);
            Map<Expect, Integer> outcome = BatchAccount.account(all, input, output, logs.toString());
            Map<String, Integer> twice = publishedMoreThanOnce(pg);
            assertTrue(twice.isEmpty(), "inputs with more than one outcome recorded: " + twice);
            System.out.printf("cluster test: %d files accounted for: %s; %d article folders; by node: %s%n",
                    all.size(), outcome, Folders.published(output).size(), outcomesByNode(pg));
        } finally {
            nodes.forEach(ChildService::close);
            pool.shutdownNow();
        }
    }

    private static Map<String, String> settings(LocalPostgres pg, String node, int workers) {
        Map<String, String> s = new TreeMap<>();
        s.put("republish.cluster.url", pg.url());
        s.put("republish.cluster.user", LocalPostgres.USER);
        s.put("republish.node", node);
        s.put("republish.workers", Integer.toString(workers));
        s.put("republish.poll-ms", "100");
        s.put("republish.settle-ms", "500");
        s.put("republish.max-input-bytes", Long.toString(FaultBatch.MAX_INPUT_BYTES));
        s.put("republish.max-elements", Integer.toString(FaultBatch.MAX_ELEMENTS));
        s.put("camel.main.shutdown-timeout", "60");
        return s;
    }

    private static void startAll(List<ChildService> nodes, ExecutorService pool) throws Exception {
        List<Future<?>> starts = new ArrayList<>();
        for (ChildService node : nodes) {
            starts.add(pool.submit(() -> {
                node.start(READY);
                return null;
            }));
        }
        for (Future<?> s : starts) {
            s.get(READY.toSeconds() + 30, TimeUnit.SECONDS);
        }
    }

    /** Drops the batch in a shuffled order, slow files written in chunks alongside. */
    private static List<Future<?>> dropAll(List<Drop> batch, Path input, ExecutorService pool) throws Exception {
        List<Future<?>> writes = new ArrayList<>();
        BatchAccount.dropShuffled(batch, input, pool, SEED, new Random(SEED + 1), writes, 10);
        return writes;
    }

    private static Connection connect(LocalPostgres pg) throws SQLException {
        return DriverManager.getConnection(pg.url(), LocalPostgres.USER, "");
    }

    private static List<String> inHand(LocalPostgres pg, String node) {
        try (Connection c = connect(pg);
                PreparedStatement s = c.prepareStatement("SELECT in_hand FROM republish_nodes WHERE node = ?")) {
            s.setString(1, node);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && !r.getString(1).isEmpty() ? List.of(r.getString(1).split("\n")) : List.of();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Files whose claim has not been renewed for {@code age}. */
    private static List<String> staleClaims(LocalPostgres pg, Duration age) throws SQLException {
        try (Connection c = connect(pg); PreparedStatement s = c.prepareStatement(
                "SELECT messageId FROM republish_claims WHERE createdAt < ? ORDER BY messageId")) {
            s.setTimestamp(1, new Timestamp(System.currentTimeMillis() - age.toMillis()));
            List<String> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        }
    }

    private static String claims(LocalPostgres pg) throws SQLException {
        try (Connection c = connect(pg); PreparedStatement s = c.prepareStatement(
                "SELECT messageId, createdAt FROM republish_claims"); ResultSet r = s.executeQuery()) {
            StringBuilder out = new StringBuilder();
            while (r.next()) {
                out.append(r.getString(1)).append(" renewed ").append(r.getTimestamp(2)).append("; ");
            }
            return out.toString();
        }
    }

    private static Map<String, Integer> publishedMoreThanOnce(LocalPostgres pg) throws SQLException {
        try (Connection c = connect(pg); PreparedStatement s = c.prepareStatement("SELECT input_name, count(*) FROM "
                + "republish_outcomes GROUP BY input_name HAVING count(*) > 1"); ResultSet r = s.executeQuery()) {
            Map<String, Integer> out = new TreeMap<>();
            while (r.next()) {
                out.put(r.getString(1), r.getInt(2));
            }
            return out;
        }
    }

    private static Map<String, Integer> outcomesByNode(LocalPostgres pg) throws SQLException {
        try (Connection c = connect(pg); PreparedStatement s = c.prepareStatement(
                "SELECT node, count(*) FROM republish_outcomes GROUP BY node ORDER BY node"); ResultSet r = s.executeQuery()) {
            Map<String, Integer> out = new TreeMap<>();
            while (r.next()) {
                out.put(r.getString(1), r.getInt(2));
            }
            return out;
        }
    }

    private static String address(ChildService node) {
        try {
            Matcher m = HTTP.matcher(node.logSinceStart());
            if (!m.find()) {
                throw new IllegalStateException("no status page address in the log:\n" + node.tail(2000));
            }
            return m.group(1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "STATUS BODY" of /health/ready, or "failed ..." when the node does not answer. */
    private String readiness(ChildService node) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(address(node) + "health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() + " " + r.body();
        } catch (IOException e) {
            return "failed " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url);
        return r.body();
    }
}
