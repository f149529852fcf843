package org.republish.model;

import java.time.Duration;
import java.util.Objects;

/**
 * The time one article may take to publish, carried by the thread that
 * publishes it. The stages' long loops (over elements, blocks, words, lines)
 * call {@link #check()}, which stops the article where it stands once its
 * time is up or its thread is interrupted, so the worker is freed rather
 * than left running: the work ends on the thread that was doing it.
 *
 * <p>Outside a {@link #start started} deadline (tests, tools calling a stage
 * directly) {@link #check()} does nothing. A check costs a thread-local read
 * and a clock read, cheap enough for a loop over elements or lines.
 */
public final class ArticleDeadline implements AutoCloseable {

    private static final ThreadLocal<ArticleDeadline> CURRENT = new ThreadLocal<>();

    private final Duration budget;
    private final ArticleDeadline previous;
    private long endsAt;
    private String stage = "reading it";

    private ArticleDeadline(Duration budget, ArticleDeadline previous) {
        this.budget = budget;
        this.previous = previous;
        this.endsAt = System.nanoTime() + budget.toNanos();
    }

    /**
     * Starts the budget of the article this thread is about to publish; close
     * it when the article is done. A zero or negative budget means no limit of
     * time (interrupts still stop the article).
     */
    public static ArticleDeadline start(Duration budget) {
        Objects.requireNonNull(budget, "budget");
        Duration effective = budget.isZero() || budget.isNegative() ? Duration.ofNanos(Long.MAX_VALUE / 4) : budget;
        ArticleDeadline deadline = new ArticleDeadline(effective, CURRENT.get());
        CURRENT.set(deadline);
        return deadline;
    }

    /** Names what the article is going through, for the reason given when its time is up ("writing the PDF"). */
    public static void stage(String what) {
        ArticleDeadline d = CURRENT.get();
        if (d != null) {
            d.stage = what;
        }
    }

    /**
     * Throws {@link Exceeded} when the article in hand on this thread has used
     * up its time or its thread was interrupted (a stop of the service). Once
     * the time is up every later check throws too, so a library that swallows
     * the first one is stopped at the next.
     */
    public static void check() {
        ArticleDeadline d = CURRENT.get();
        if (d == null) {
            return;
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new Exceeded(d.budget, d.stage, true);
        }
        if (System.nanoTime() - d.endsAt > 0) {
            throw new Exceeded(d.budget, d.stage, false);
        }
    }

    /**
     * Runs {@code waiting} (taking a lock, say) without counting the time it
     * waits against the article: another article's work is not this one's.
     */
    public static void notCounting(Waiting waiting) throws InterruptedException {
        ArticleDeadline d = CURRENT.get();
        long start = System.nanoTime();
        try {
            waiting.run();
        } finally {
            if (d != null) {
                d.endsAt += System.nanoTime() - start;
            }
        }
    }

    /** A wait that an interrupt may end. */
    @FunctionalInterface
    public interface Waiting {
        void run() throws InterruptedException;
    }

    /** Ends this article's deadline on this thread. */
    @Override
    public void close() {
        if (CURRENT.get() == this) {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /**
     * The article was stopped: its time was up, or its thread was interrupted.
     * Unchecked, so that it passes through every loop and library between the
     * check and the stage that started the deadline.
     */
    public static final class Exceeded extends RuntimeException {
        private final Duration budget;
        private final String stage;
        private final boolean interrupted;

        Exceeded(Duration budget, String stage, boolean interrupted) {
            super(interrupted ? "interrupted while " + stage : "time budget of " + budget + " used up while " + stage,
                    null, false, false);
            this.budget = budget;
            this.stage = stage;
            this.interrupted = interrupted;
        }

        public Duration budget() {
            return budget;
        }

        /** What the article was going through when it was stopped ("writing the PDF"). */
        public String stage() {
            return stage;
        }

        /** True when the thread was interrupted (the service stopping) rather than the time up. */
        public boolean interrupted() {
            return interrupted;
        }
    }
}
