package org.republish.web;

import java.io.IOException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The HTTP side's threads: the request pool's, and the JDK server's own
 * dispatcher and timers, which join the group of the thread that creates and
 * starts the server. When one of them dies from an uncaught throwable (an
 * OutOfMemoryError in the dispatcher, say), the server may never answer again
 * while the process lives on, and a supervisor sees nothing to restart; so a
 * death is handed to {@code onDeath} (issue 14, item 3).
 */
final class HttpThreads extends ThreadGroup implements ThreadFactory {

    private final Consumer<Throwable> onDeath;
    private final AtomicInteger count = new AtomicInteger();
    private volatile boolean stopping;

    HttpThreads(Consumer<Throwable> onDeath) {
        super("republish-http");
        this.onDeath = onDeath;
        setDaemon(false);
    }

    /** A request thread, in this group. */
    @Override
    public Thread newThread(Runnable r) {
        Thread t = new Thread(this, r, "republish-http-" + count.incrementAndGet());
        t.setDaemon(true);
        return t;
    }

    interface Start {
        void run() throws IOException;
    }

    /** Runs {@code start} on a thread of this group and waits for it, so that the threads it starts join the group. */
    void runInside(Start start) throws IOException {
        Exception[] failure = new Exception[1];
        Thread t = new Thread(this, () -> {
            try {
                start.run();
            } catch (IOException | RuntimeException e) {
                failure[0] = e;
            }
        }, "republish-http-start");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting the HTTP server", e);
        }
        if (failure[0] instanceof IOException io) {
            throw io;
        } else if (failure[0] instanceof RuntimeException re) {
            throw re;
        }
    }

    /** From now on a thread that ends is the server stopping, not a failure. */
    void stopping() {
        stopping = true;
    }

    @Override
    public void uncaughtException(Thread t, Throwable e) {
        if (stopping) {
            return;
        }
        onDeath.accept(new IllegalStateException("HTTP thread " + t.getName() + " died", e));
    }
}
