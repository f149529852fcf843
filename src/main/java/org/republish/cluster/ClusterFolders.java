package org.republish.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.republish.write.SharedFolders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Output folder names held across nodes: two different articles whose titles
 * give the same slug, written at the same time on two nodes, must not both be
 * given it (the second would replace the first). A name is held in the
 * database for its input until committed; a name held by a node that stopped
 * renewing (dead for the lock age) is free again. The same input (same name
 * or same content) may always have its folder back, as on one node.
 */
final class ClusterFolders implements SharedFolders {

    private static final Logger LOG = LoggerFactory.getLogger("republish.cluster");

    private final ClusterDatabase db;
    private final String node;
    private final long lockMillis;
    private final Reachability reachability;
    private final Set<String> unreleased = ConcurrentHashMap.newKeySet();

    ClusterFolders(ClusterDatabase db, String node, long lockMillis, Reachability reachability) {
        this.db = db;
        this.node = node;
        this.lockMillis = lockMillis;
        this.reachability = reachability;
    }

    @Override
    public boolean reserve(String folder, String inputName, String inputSha256) {
        // one statement: insert, or take over a name held for the same input, by this node or by a dead one
        String sql = "INSERT INTO " + ClusterDatabase.FOLDERS + " AS f (folder, input_name, input_sha256, node,"
                + " reserved_at) VALUES (?, ?, ?, ?, now()) ON CONFLICT (folder) DO UPDATE SET"
                + " input_name = EXCLUDED.input_name, input_sha256 = EXCLUDED.input_sha256, node = EXCLUDED.node,"
                + " reserved_at = now() WHERE f.node = EXCLUDED.node OR f.input_name = EXCLUDED.input_name"
                + " OR f.input_sha256 = EXCLUDED.input_sha256 OR NOT EXISTS (SELECT 1 FROM " + ClusterDatabase.NODES
                + " n WHERE n.node = f.node AND n.renewed_at > now() - make_interval(secs => ?))";
        try (Connection c = db.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, folder);
            s.setString(2, inputName);
            s.setString(3, inputSha256);
            s.setString(4, node);
            s.setDouble(5, lockMillis / 1000.0);
            unreleased.remove(folder);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            // the article is in hand and its outputs are ready to be written: a name free on disk is used,
            // as on one node; only two new articles with the same slug on two nodes during the outage could meet
            reachability.failed(e);
            LOG.warn("output folder {} could not be reserved in the cluster database ({}); using it as free on disk",
                    folder, e.toString());
            return true;
        }
    }

    @Override
    public void release(String folder) {
        if (!giveUp(folder)) {
            unreleased.add(folder);
        }
    }

    private boolean giveUp(String folder) {
        try (Connection c = db.connection(); PreparedStatement s = c.prepareStatement(
                "DELETE FROM " + ClusterDatabase.FOLDERS + " WHERE folder = ? AND node = ?")) {
            s.setString(1, folder);
            s.setString(2, node);
            s.executeUpdate();
            return true;
        } catch (SQLException e) {
            reachability.failed(e);
            return false;
        }
    }

    /** At every renewal: gives up the names whose release failed. */
    void retryReleases() {
        for (String folder : List.copyOf(unreleased)) {
            if (giveUp(folder)) {
                unreleased.remove(folder);
            }
        }
    }
}
