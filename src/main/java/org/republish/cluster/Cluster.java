package org.republish.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.camel.CamelContext;
import org.republish.camel.InputClaims;
import org.republish.config.Settings;
import org.republish.inbox.Outcomes;
import org.republish.write.SharedFolders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's membership of a cluster: set {@value #URL} (environment
 * {@code REPUBLISH_CLUSTER_URL}) to a PostgreSQL JDBC URL, and every node
 * started with it on the same input and output folders shares the work.
 * Without it the service runs alone, as it always has.
 */
public final class Cluster implements AutoCloseable {

    public static final String URL = "republish.cluster.url";
    public static final String USER = "republish.cluster.user";
    public static final String PASSWORD = "republish.cluster.password";
    public static final String NODE = "republish.node";
    /** A claim not renewed for this long belongs to a node that stopped: another takes the file over. */
    public static final String LOCK_SECONDS = "republish.cluster.lock-seconds";
    public static final String RENEW_SECONDS = "republish.cluster.renew-seconds";

    private static final Logger LOG = LoggerFactory.getLogger("republish.cluster");

    private final String node;
    private final ClusterDatabase db;
    private final Reachability reachability;
    private final ClusterClaims claims;
    private final ClusterFolders folders;
    private final NodeHeartbeat heartbeat;
    private final long renewMillis;
    private final long lockMillis;
    private ScheduledExecutorService beats;
    private Runnable sweep = () -> { };

    private Cluster(String node, ClusterDatabase db, long lockMillis, long renewMillis, Supplier<String> http) {
        this.node = node;
        this.db = db;
        this.renewMillis = renewMillis;
        this.lockMillis = lockMillis;
        this.reachability = new Reachability(db.url());
        this.claims = new ClusterClaims(db, lockMillis, renewMillis, reachability);
        this.folders = new ClusterFolders(db, node, lockMillis, reachability);
        this.heartbeat = new NodeHeartbeat(db, node, http, claims, folders, reachability);
    }

    /**
     * The cluster this node joins, if {@value #URL} is set: connects to the
     * database and creates its tables. A database that cannot be used stops
     * the start with a message saying why.
     *
     * @param http this node's status page address, once known
     */
    public static Optional<Cluster> configured(Settings settings, Supplier<String> http) throws IOException {
        String url = settings.get(URL, "");
        if (url.isBlank()) {
            return Optional.empty();
        }
        long lockSeconds = settings.number(LOCK_SECONDS, 20);
        long renewSeconds = settings.number(RENEW_SECONDS, 5);
        if (renewSeconds < 1 || lockSeconds <= 2 * renewSeconds) {
            throw new IllegalArgumentException(LOCK_SECONDS + " (" + lockSeconds + ") must be more than twice "
                    + RENEW_SECONDS + " (" + renewSeconds + "), which must be at least 1: a live node must renew "
                    + "its claims well before they expire");
        }
        String node = settings.get(NODE, defaultNodeName());
        ClusterDatabase db = ClusterDatabase.open(url, settings.get(USER, ""), settings.get(PASSWORD, ""));
        LOG.info("node {} joined the cluster on {} (claims expire {} s after their node stops renewing them)", node,
                url, lockSeconds);
        return Optional.of(new Cluster(node, db, lockSeconds * 1000, renewSeconds * 1000, http));
    }

    /** Host name and process id: unique on a network of machines that know their names. */
    static String defaultNodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        return host + "-" + ProcessHandle.current().pid();
    }

    /** Starts claiming and reporting, on the service's Camel context, before its routes start. */
    public synchronized void start(CamelContext context) {
        claims.start(context);
        heartbeat.beat();
        beats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cluster-heartbeat");
            t.setDaemon(true);
            return t;
        });
        beats.scheduleWithFixedDelay(heartbeat::beat, renewMillis, renewMillis, TimeUnit.MILLISECONDS);
        beats.scheduleWithFixedDelay(this::sweep, lockMillis, lockMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * How long a temporary file or folder of a node must lie untouched before
     * another node may remove it: twice the claims' lifetime. A node whose
     * claims expired has stopped (or will find its work taken over); a live
     * node touches its temporary files within seconds and then renames them.
     */
    public java.time.Duration leftoverAge() {
        return java.time.Duration.ofMillis(2 * lockMillis);
    }

    /** Runs {@code sweep} every lock age: removes what stopped nodes left half-written ({@link #leftoverAge}). */
    public synchronized void sweepLeftovers(Runnable sweep) {
        this.sweep = sweep;
    }

    private void sweep() {
        try {
            sweep.run();
        } catch (RuntimeException e) {
            LOG.warn("removing what stopped nodes left behind failed: {}", e.toString());
        }
    }

    public String node() {
        return node;
    }

    /** The input route's claims: shared with every node. */
    public InputClaims claims() {
        return claims;
    }

    /** Output folder names held across nodes. */
    public SharedFolders folders() {
        return folders;
    }

    /** Told of every outcome, to report it to the cluster. */
    public Outcomes outcomes() {
        return heartbeat;
    }

    /** Whether the database answered the last call: a node takes no new files while it does not. */
    public boolean databaseUp() {
        return reachability.up();
    }

    public ClusterSnapshot snapshot() {
        return heartbeat.snapshot();
    }

    @Override
    public synchronized void close() {
        if (beats != null) {
            beats.shutdownNow();
        }
        claims.stop();
        // the last report: nothing in hand any more, and the outcomes since the last one
        heartbeat.beat();
        db.close();
    }
}
