package org.republish.camel;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileEndpoint;
import org.apache.camel.component.file.GenericFileExclusiveReadLockStrategy;
import org.apache.camel.component.file.GenericFileOperations;
import org.republish.inbox.ShortNames;

/**
 * The input route's read lock: when a file in the input folder is complete.
 * A file that arrived whole ({@link RenameWatch}) is taken at once; any other
 * file once it has gone unmodified for the settle time, so a file still being
 * copied in is left alone. A file that is not ready is skipped without
 * waiting, and looked at again on the next poll: one slow copy never holds
 * up the files behind it. A marker file ({@code name.camelLock}, as Camel's own
 * strategies make) keeps a second consumer away from a file in hand; unlike
 * Camel's, its name is shortened when the input's name leaves no room for the
 * suffix (issue 14, item 8: Camel's could not be created for names of 246 bytes
 * and more, so such files were never taken and every poll logged the failure).
 */
public final class HandOverReadLock implements GenericFileExclusiveReadLockStrategy<File> {

    static final String MARKER_SUFFIX = ".camelLock";
    private static final String MARKER_PROPERTY = "republishLockMarker";

    private final RenameWatch watch;
    private final long settleMillis;

    public HandOverReadLock(RenameWatch watch, long settleMillis) {
        this.watch = watch;
        this.settleMillis = settleMillis;
    }

    @Override
    public boolean acquireExclusiveReadLock(GenericFileOperations<File> operations, GenericFile<File> file,
            Exchange exchange) throws IOException {
        File target = new File(file.getAbsoluteFilePath());
        if (!isComplete(target)) {
            return false;
        }
        Path marker = markerFor(target.toPath());
        try {
            Files.createFile(marker);
        } catch (FileAlreadyExistsException e) {
            return false; // in another consumer's hands
        }
        exchange.setProperty(MARKER_PROPERTY, marker);
        return true;
    }

    /** The marker of a file in hand: {@code name.camelLock}, shortened to fit the file system. */
    static Path markerFor(Path file) {
        return file.resolveSibling(ShortNames.fit(file.getFileName().toString(), MARKER_SUFFIX));
    }

    @Override
    public void releaseExclusiveReadLockOnAbort(GenericFileOperations<File> operations, GenericFile<File> file,
            Exchange exchange) throws IOException {
        release(exchange);
    }

    @Override
    public void releaseExclusiveReadLockOnRollback(GenericFileOperations<File> operations, GenericFile<File> file,
            Exchange exchange) throws IOException {
        release(exchange);
    }

    @Override
    public void releaseExclusiveReadLockOnCommit(GenericFileOperations<File> operations, GenericFile<File> file,
            Exchange exchange) throws IOException {
        release(exchange);
    }

    private static void release(Exchange exchange) throws IOException {
        Path marker = exchange.getProperty(MARKER_PROPERTY, Path.class);
        if (marker != null) {
            Files.deleteIfExists(marker);
        }
    }

    /** Markers left by a run that was stopped by force: nothing is in hand before the route starts. */
    @Override
    public void prepareOnStartup(GenericFileOperations<File> operations, GenericFileEndpoint<File> endpoint)
            throws IOException {
        Path folder = Path.of(endpoint.getConfiguration().getDirectory());
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                if (p.getFileName().toString().endsWith(MARKER_SUFFIX) && Files.isRegularFile(p)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    // the settings of Camel's own strategies: this one never waits (a file not ready is looked at next poll)

    @Override
    public void setTimeout(long timeout) {
    }

    @Override
    public void setCheckInterval(long checkInterval) {
    }

    @Override
    public void setReadLockLoggingLevel(LoggingLevel level) {
    }

    @Override
    public void setMarkerFiler(boolean markerFile) {
    }

    @Override
    public void setDeleteOrphanLockFiles(boolean deleteOrphanLockFiles) {
    }

    /**
     * How long an empty file is left alone. Browsers create the file empty as
     * a placeholder and rename the finished download over it; an empty file
     * that stays empty this long really is one, and is refused as such.
     */
    static final long EMPTY_SETTLE_MILLIS = 10_000;

    /** True if the file arrived whole, or has not been modified for the settle time. */
    boolean isComplete(File target) {
        if (!target.isFile()) {
            return false;
        }
        if (watch.arrivedWhole(target.toPath())) {
            return true;
        }
        long quiet = target.length() == 0 ? Math.max(settleMillis, EMPTY_SETTLE_MILLIS) : settleMillis;
        return target.lastModified() < System.currentTimeMillis() - quiet;
    }
}
