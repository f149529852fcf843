package org.republish.camel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.republish.inbox.InputNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts what the desk has done and, every few seconds while there is work,
 * logs one line: articles done, refused, in hand, waiting in the input
 * folder, and the rate since the last line. Silent when the desk is idle.
 */
public final class Progress implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("republish.progress");

    private final AtomicLong done = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong inHand = new AtomicLong();
    private final Path inputDir;
    private final ScheduledExecutorService timer;
    private long lastFinished;
    private long lastNanos = System.nanoTime();

    /** @param everySeconds interval between lines; 0 or less for no log at all (counting still happens) */
    public Progress(Path inputDir, long everySeconds) {
        this.inputDir = inputDir;
        if (everySeconds > 0) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "republish-progress");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(this::report, everySeconds, everySeconds, TimeUnit.SECONDS);
        } else {
            timer = null;
        }
    }

    void started() {
        inHand.incrementAndGet();
    }

    void finished(boolean published) {
        inHand.decrementAndGet();
        (published ? done : refused).incrementAndGet();
    }

    public long done() {
        return done.get();
    }

    public long refused() {
        return refused.get();
    }

    private synchronized void report() {
        long finished = done.get() + refused.get();
        long now = System.nanoTime();
        long working = inHand.get();
        long waiting = Math.max(0, waitingFiles() - working);
        if (finished != lastFinished || working > 0 || waiting > 0) {
            double rate = (finished - lastFinished) / ((now - lastNanos) / 1e9);
            LOG.info("progress done={} refused={} in-hand={} waiting={} rate={}/s", done.get(), refused.get(), working,
                    waiting, String.format(java.util.Locale.ROOT, "%.1f", rate));
        }
        lastFinished = finished;
        lastNanos = now;
    }

    /** Visible files in the input folder: those being published and those not yet taken. */
    private long waitingFiles() {
        try (Stream<Path> files = Files.list(inputDir)) {
            // *.camelLock are the file consumer's markers of files in hand
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(InputNames::isTaken).count();
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
