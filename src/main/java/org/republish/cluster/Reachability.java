package org.republish.cluster;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the shared database answers, as last seen. A failed call marks it
 * down at once, so that no node keeps trying (and waiting) file after file;
 * the next successful renewal marks it up again. Each change is logged once.
 */
final class Reachability {

    private static final Logger LOG = LoggerFactory.getLogger("republish.cluster");

    private final String what;
    private volatile boolean up = true;
    private volatile String problem = "";
    private volatile Instant since = Instant.now();

    Reachability(String what) {
        this.what = what;
    }

    boolean up() {
        return up;
    }

    /** Why it is down; empty while up. */
    String problem() {
        return problem;
    }

    Instant since() {
        return since;
    }

    synchronized void failed(Throwable e) {
        problem = e.getMessage() == null ? e.toString() : e.getMessage();
        if (up) {
            up = false;
            since = Instant.now();
            LOG.warn("the cluster database {} cannot be reached ({}): taking no new files until it answers again; "
                    + "the articles in hand are finished", what, problem);
        }
    }

    synchronized void succeeded() {
        if (!up) {
            LOG.info("the cluster database {} answers again after {} s: taking files again", what,
                    (Instant.now().toEpochMilli() - since.toEpochMilli()) / 1000);
            up = true;
            since = Instant.now();
        }
        problem = "";
    }
}
