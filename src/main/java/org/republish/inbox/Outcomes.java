package org.republish.inbox;

import org.republish.model.Article;

/**
 * Told of what happened to each input and how long each stage took, for
 * monitoring. Called on the publishing thread: must be quick; whatever it
 * throws is logged and ignored.
 */
public interface Outcomes {

    Outcomes NONE = new Outcomes() {
    };

    /** {@code fileName} was published as {@code article}; {@code nanos} covers the whole of it. */
    default void published(String fileName, Article article, long nanos) {
    }

    /** {@code fileName} was refused, to .hold/ when {@code hold}, else to .error/. */
    default void refused(String fileName, boolean hold, String reason, long nanos) {
    }

    /** One stage of publishing took {@code nanos}: "read", each writer's format ("html", "pdf"...), "store". */
    default void took(String stage, long nanos) {
    }

    /** Tells both, the first first. */
    static Outcomes both(Outcomes first, Outcomes second) {
        return new Outcomes() {
            @Override
            public void published(String fileName, Article article, long nanos) {
                first.published(fileName, article, nanos);
                second.published(fileName, article, nanos);
            }

            @Override
            public void refused(String fileName, boolean hold, String reason, long nanos) {
                first.refused(fileName, hold, reason, nanos);
                second.refused(fileName, hold, reason, nanos);
            }

            @Override
            public void took(String stage, long nanos) {
                first.took(stage, nanos);
                second.took(stage, nanos);
            }
        };
    }
}
