package org.republish.cluster;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcOrphanLockAwareIdempotentRepository;
import org.republish.camel.InputClaims;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims on input files, shared by every node: Camel's orphan-lock-aware
 * JDBC idempotent repository, keyed by the file's name in the input folder.
 * The repository renews this node's claims every renewal interval; a claim
 * not renewed for the lock age belongs to a node that stopped, and is taken
 * over. No claim is attempted while the database is unreachable: the files
 * wait in the folder, and nothing in hand is given up.
 */
final class ClusterClaims implements InputClaims {

    private static final Logger LOG = LoggerFactory.getLogger("republish.cluster");
    /** One name for the input route on every node: claims on the same file must meet. */
    static final String PROCESSOR = "publish-articles";

    private final ClusterDatabase db;
    private final long lockMillis;
    private final long renewMillis;
    private final Reachability reachability;
    private volatile JdbcOrphanLockAwareIdempotentRepository repository;
    /** The files this node has in hand, with when each was claimed. */
    private final Map<String, Instant> inHand = new ConcurrentHashMap<>();
    /** Claims whose release failed (the database was away): given up again at every renewal. */
    private final Set<String> unreleased = ConcurrentHashMap.newKeySet();

    ClusterClaims(ClusterDatabase db, long lockMillis, long renewMillis, Reachability reachability) {
        this.db = db;
        this.lockMillis = lockMillis;
        this.renewMillis = renewMillis;
        this.reachability = reachability;
    }

    /** Starts the repository (and its renewals) on the service's Camel context, before the routes start. */
    void start(CamelContext context) {
        JdbcOrphanLockAwareIdempotentRepository repo = new JdbcOrphanLockAwareIdempotentRepository(
                db.dataSource(), PROCESSOR, context);
        repo.setTableName(ClusterDatabase.CLAIMS);
        repo.setCreateTableIfNotExists(false);
        repo.setLockMaxAgeMillis(lockMillis);
        repo.setLockKeepAliveIntervalMillis(renewMillis);
        repo.start();
        repository = repo;
    }

    void stop() {
        JdbcOrphanLockAwareIdempotentRepository repo = repository;
        repository = null;
        if (repo != null) {
            repo.stop();
        }
    }

    @Override
    public boolean claim(Path file) {
        JdbcOrphanLockAwareIdempotentRepository repo = repository;
        if (repo == null || !reachability.up()) {
            return false;
        }
        String key = file.getFileName().toString();
        if (unreleased.contains(key)) {
            return false; // still ours in the database: give it up first
        }
        try {
            forgetOrphan(key);
            if (!repo.add(key)) {
                return false;
            }
        } catch (RuntimeException | SQLException e) {
            // another node inserted the same claim at the same moment (the key refuses the second), or the
            // database went away: either way this node does not have it
            if (!isDuplicate(e)) {
                reachability.failed(e);
            }
            return false;
        }
        inHand.put(key, Instant.now());
        return true;
    }

    /**
     * Deletes a claim not renewed for the lock age, so that claiming it again
     * is a fresh insert. Camel's repository would renew such a claim in place,
     * but would then leave it out of its renewals, and a slow article would
     * lose its claim halfway; and two nodes renewing the same orphan at once
     * would both believe they hold it, where two inserts cannot both succeed.
     */
    private void forgetOrphan(String key) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement("DELETE FROM " + ClusterDatabase.CLAIMS
                        + " WHERE processorName = ? AND messageId = ? AND createdAt < ?")) {
            s.setString(1, PROCESSOR);
            s.setString(2, key);
            s.setTimestamp(3, new Timestamp(System.currentTimeMillis() - lockMillis));
            if (s.executeUpdate() > 0) {
                LOG.info("took over file=\"{}\": the node that had it in hand stopped renewing its claim", key);
            }
        }
    }

    private static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.springframework.dao.DuplicateKeyException
                    || t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void release(Path file) {
        String key = file.getFileName().toString();
        inHand.remove(key);
        if (!giveUp(key)) {
            unreleased.add(key);
        }
    }

    private boolean giveUp(String key) {
        JdbcOrphanLockAwareIdempotentRepository repo = repository;
        if (repo == null) {
            return false;
        }
        try {
            repo.remove(key);
            return true;
        } catch (RuntimeException e) {
            reachability.failed(e);
            LOG.warn("the claim on file=\"{}\" could not be given up yet ({}); trying again at the next renewal",
                    key, e.toString());
            return false;
        }
    }

    /** At every renewal: gives up the claims whose release failed. */
    void retryReleases() {
        for (String key : List.copyOf(unreleased)) {
            if (giveUp(key)) {
                unreleased.remove(key);
            }
        }
    }

    /** Nodes share the folder, and their claims expire by themselves: nothing to clear at start. */
    @Override
    public void clearLeftovers(Path folder) {
    }

    /** The files in hand, oldest first. */
    List<String> inHand() {
        return inHand.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }
}
