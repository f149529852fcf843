package org.republish.model;

import java.util.Objects;

/**
 * Something worth telling the editor about one article: a warning (a problem
 * that did not stop publication) or a change a cleaning rule made. Notices
 * are data carried to the manifest and the log, never exceptions.
 *
 * @param rule    the stage or rule that raised it, e.g. "read.markdown" or "UnwrapDeadLinks"
 * @param count   how many times it happened (1 for a single warning)
 * @param example the first instance, quoted, or null
 */
public record Notice(Level level, String rule, String message, int count, String example) {

    public enum Level { WARNING, CHANGE, INFO }

    public Notice {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    public static Notice warning(String rule, String message) {
        return new Notice(Level.WARNING, rule, message, 1, null);
    }

    public static Notice change(String rule, String message, int count, String example) {
        return new Notice(Level.CHANGE, rule, message, count, example);
    }

    public static Notice info(String rule, String message) {
        return new Notice(Level.INFO, rule, message, 1, null);
    }
}
