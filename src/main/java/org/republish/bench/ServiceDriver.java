package org.republish.bench;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.republish.config.Settings;
import org.republish.inbox.Archive;

/**
 * Drives the real service as an editor would: files are written under a
 * hidden temporary name and renamed into input/, and an article counts as
 * finished when its input appears in input/.done/ (or .error/, .hold/),
 * which the route does only after every output is in output/.
 */
final class ServiceDriver implements AutoCloseable {

    /** What happened to one dropped file; times are System.nanoTime(). */
    record Outcome(String name, long dropped, long finished, String folder) {
        double latencyMs() {
            return (finished - dropped) / 1e6;
        }

        boolean published() {
            return Archive.DONE.folder().equals(folder);
        }
    }

    private final Path input;
    private final boolean rename;
    private final Path output;
    private final Map<String, Long> pending = new ConcurrentHashMap<>();
    private final List<Outcome> outcomes = new ArrayList<>();
    private final WatchService watcher;
    private final Thread watchThread;
    private AutoCloseable service;
    private long constructMs;
    private long startMs;

    /**
     * @param settings the service settings; input and output folders are taken from them
     * @param rename   true to hand files over by rename, false to write them in place
     * @param subject  what builds the service
     */
    ServiceDriver(Settings settings, boolean rename, BenchCommand.Subject subject) throws Exception {
        this.rename = rename;
        this.input = settings.path(Settings.INPUT);
        this.output = settings.path(Settings.OUTPUT);
        Files.createDirectories(input);
        Files.createDirectories(output);
        watcher = FileSystems.getDefault().newWatchService();
        for (Archive archive : Archive.values()) {
            Path dir = Files.createDirectories(input.resolve(archive.folder()));
            dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
        }
        watchThread = new Thread(this::watch, "bench-watcher");
        watchThread.setDaemon(true);
        watchThread.start();
        long t0 = System.nanoTime();
        Callable<AutoCloseable> start = subject.service(settings);
        long t1 = System.nanoTime();
        constructMs = (t1 - t0) / 1_000_000;
        service = start.call();
        startMs = (System.nanoTime() - t1) / 1_000_000;
    }

    /** Milliseconds the service took to build (including the renderer warm-up). */
    long constructMs() {
        return constructMs;
    }

    /** Milliseconds starting the service took: routes loaded, the folder watched; the service is then ready. */
    long startMs() {
        return startMs;
    }

    Path output() {
        return output;
    }

    /**
     * Hands the article over: written under a hidden name and renamed into
     * input/, or written in place. Returns the moment the file was complete
     * in input/ (after the rename, or after the write and close).
     */
    long drop(BenchArticles.Article article) throws IOException {
        Path target = input.resolve(article.fileName());
        // recorded before the file is visible, so that an early finish is never missed; timed once complete
        pending.put(article.fileName(), System.nanoTime());
        if (!rename) {
            Files.write(target, article.bytes());
            long now = System.nanoTime();
            pending.replace(article.fileName(), now);
            return now;
        }
        Path temp = input.resolve("." + article.fileName() + ".tmp");
        Files.write(temp, article.bytes());
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        long now = System.nanoTime();
        pending.replace(article.fileName(), now);
        return now;
    }

    /** Waits until nothing dropped is pending, or the timeout passes; returns true when all finished. */
    boolean awaitAll(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (outcomes) {
            while (!pending.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                outcomes.wait(Math.max(1, Math.min(left / 1_000_000, 100)));
            }
        }
        return true;
    }

    /** Waits until at least {@code count} outcomes are in (or the timeout passes). */
    int awaitCount(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (outcomes) {
            while (outcomes.size() < count && System.nanoTime() < deadline) {
                outcomes.wait(50);
            }
            return outcomes.size();
        }
    }

    int pendingCount() {
        return pending.size();
    }

    /** The outcomes so far, in the order they finished. */
    List<Outcome> outcomes() {
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }

    /** Number of published output folders in output/ (hidden temporary folders not counted). */
    long outputFolders() throws IOException {
        try (Stream<Path> dirs = Files.list(output)) {
            return dirs.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith(".")).count();
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                long now = System.nanoTime();
                Path dir = (Path) key.watchable();
                String folder = dir.getFileName().toString();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        rescan(now);
                    } else {
                        finished(((Path) event.context()).getFileName().toString(), folder, now);
                    }
                }
                key.reset();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing
        }
    }

    /** After an event overflow: look for pending names in the archive folders. */
    private void rescan(long now) {
        for (Archive archive : Archive.values()) {
            String folder = archive.folder();
            for (String name : List.copyOf(pending.keySet())) {
                if (Files.exists(input.resolve(folder).resolve(name))) {
                    finished(name, folder, now);
                }
            }
        }
    }

    private void finished(String name, String folder, long now) {
        Long dropped = pending.remove(name);
        if (dropped != null) {
            synchronized (outcomes) {
                outcomes.add(new Outcome(name, dropped, now, folder));
                outcomes.notifyAll();
            }
        }
    }

    @Override
    public void close() throws Exception {
        try {
            if (service != null) {
                service.close();
                service = null;
            }
        } finally {
            watcher.close();
            watchThread.interrupt();
        }
    }
}
