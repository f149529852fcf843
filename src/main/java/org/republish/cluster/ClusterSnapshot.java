package org.republish.cluster;

import java.time.Instant;
import java.util.List;

/**
 * The cluster as last read from the database, for the status page and the
 * metrics (which never wait for the database themselves).
 *
 * @param self this node's name
 * @param database the database's JDBC URL (without password)
 * @param databaseUp whether the last call to it succeeded
 * @param problem why it is down; empty while up
 * @param readAt when the nodes below were read
 */
public record ClusterSnapshot(String self, String database, boolean databaseUp, String problem, Instant readAt,
        List<Node> nodes) {

    /**
     * One node, as it last reported itself.
     *
     * @param renewed when it last renewed its claims (it is alive while this is recent)
     * @param inHand the files it had in hand then
     * @param recent its last outcomes, newest first
     */
    public record Node(String name, String http, Instant started, Instant renewed, List<String> inHand,
            long published, long held, long failed, List<Outcome> recent) {
    }

    /** One input's outcome on a node: "done", "hold" or "error". */
    public record Outcome(String inputName, String result, Instant at) {
    }
}
