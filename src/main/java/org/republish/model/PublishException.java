package org.republish.model;

/**
 * This file cannot be published as it stands. The message is written for an
 * editor: what is wrong and what to do about it. {@link Disposition#HOLD}
 * means the article is fine but may not be published yet (for instance, its
 * licence is unknown); {@link Disposition#ERROR} means the input is unusable.
 */
public class PublishException extends Exception {

    public enum Disposition { ERROR, HOLD }

    private final Disposition disposition;

    public PublishException(String reason) {
        this(Disposition.ERROR, reason, null);
    }

    public PublishException(String reason, Throwable cause) {
        this(Disposition.ERROR, reason, cause);
    }

    public PublishException(Disposition disposition, String reason, Throwable cause) {
        super(reason, cause);
        this.disposition = disposition;
    }

    public static PublishException hold(String reason) {
        return new PublishException(Disposition.HOLD, reason, null);
    }

    public Disposition disposition() {
        return disposition;
    }
}
