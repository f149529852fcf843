package org.republish.camel;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells which files in a folder arrived whole, by a rename: a file that
 * appeared already holding data and has not been written to since.
 * Browsers (.crdownload), editors saving atomically, rsync (without
 * --inplace), uploads and {@code mv} within a file system all hand files
 * over this way. A file written in place (cp, mv from another file system, a
 * slow copy over the network) is seen being created empty and then
 * modified, so it is never reported here and must wait out the settle time
 * instead.
 *
 * <p>Built on the platform's folder watching (inotify on Linux). Where that
 * sees nothing (a network file system, an overflowing event queue), no file
 * is reported and every file takes the settle path: the watch can make
 * pick-up faster, never less safe.
 */
public final class RenameWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RenameWatch.class);

    /**
     * How long after its arrival is seen a file must stay untouched: time for
     * a write event already queued (a copy that wrote before its creation was
     * handled) to come in, with room for a loaded machine.
     */
    static final long GRACE_NANOS = 50_000_000L;

    /** Beyond this many arrivals not yet taken, the record is cleared rather than grown. */
    private static final int MAX_TRACKED = 100_000;

    /** What a file looked like when its arrival was seen. */
    private record Arrival(long size, long modifiedMillis, long seenNanos) {
    }

    private final Path folder;
    private final WatchService watcher;
    private final Thread thread;
    private final Map<String, Arrival> arrivals = new ConcurrentHashMap<>();

    private RenameWatch(Path folder, WatchService watcher) {
        this.folder = folder;
        this.watcher = watcher;
        this.thread = new Thread(this::watch, "input-watch");
        thread.setDaemon(true);
    }

    /** Starts watching {@code folder}; returns a watch that reports nothing when the platform cannot watch it. */
    public static RenameWatch start(Path folder) {
        WatchService watcher = null;
        try {
            watcher = FileSystems.getDefault().newWatchService();
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.info("cannot watch {} ({}): every file waits out the settle time", folder, e.toString());
            closeQuietly(watcher);
            return new RenameWatch(folder, null);
        }
        RenameWatch watch = new RenameWatch(folder, watcher);
        watch.thread.start();
        return watch;
    }

    /**
     * True if {@code file} arrived whole (renamed or linked in, already
     * holding data), nothing has written to it since, and it still has the
     * size and time it had then.
     */
    public boolean arrivedWhole(Path file) {
        Arrival arrival = arrivals.get(file.getFileName().toString());
        if (arrival == null || System.nanoTime() - arrival.seenNanos() < GRACE_NANOS) {
            return false;
        }
        try {
            BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return now.isRegularFile() && now.size() == arrival.size()
                    && now.lastModifiedTime().toMillis() == arrival.modifiedMillis();
        } catch (IOException e) {
            return false;
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                for (WatchEvent<?> event : key.pollEvents()) {
                    handle(event);
                }
                if (!key.reset()) {
                    LOG.warn("{} can no longer be watched: every file now waits out the settle time", folder);
                    arrivals.clear();
                    return;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing
        }
    }

    private void handle(WatchEvent<?> event) {
        if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
            // events were lost: nothing recorded can be trusted any more
            arrivals.clear();
            return;
        }
        String name = ((Path) event.context()).getFileName().toString();
        if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
            arrived(name);
        } else {
            // written to, touched, renamed away or deleted
            arrivals.remove(name);
        }
    }

    /**
     * A file created by a writer starts empty and its first write follows as
     * a modify event; a renamed or linked file appears with its data. Only
     * the second kind is recorded.
     */
    private void arrived(String name) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(folder.resolve(name), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (attrs.isRegularFile() && attrs.size() > 0) {
                if (arrivals.size() >= MAX_TRACKED) {
                    arrivals.clear();
                }
                arrivals.put(name, new Arrival(attrs.size(), attrs.lastModifiedTime().toMillis(), System.nanoTime()));
            } else {
                arrivals.remove(name);
            }
        } catch (IOException e) {
            arrivals.remove(name);
        }
    }

    @Override
    public void close() {
        closeQuietly(watcher);
        thread.interrupt();
    }

    private static void closeQuietly(WatchService watcher) {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                // nothing left to release
            }
        }
    }
}
