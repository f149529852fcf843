package org.republish.camel;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileEndpoint;
import org.apache.camel.component.file.GenericFileExclusiveReadLockStrategy;
import org.apache.camel.component.file.GenericFileOperations;

/**
 * The input route's read lock: when a file in the input folder is complete,
 * and whether this node may take it. A file that arrived whole
 * ({@link RenameWatch}) is taken at once; any other file once it has gone
 * unmodified for the settle time, so a file still being copied in is left
 * alone. A file that is not ready is skipped without waiting, and looked at
 * again on the next poll: one slow copy never holds up the files behind it.
 * A complete file is then claimed ({@link InputClaims}: marker files on one
 * node, a shared database for several), so no two consumers take it.
 */
public final class HandOverReadLock implements GenericFileExclusiveReadLockStrategy<File> {

    private static final String CLAIMED_PROPERTY = "republishClaimed";

    private final RenameWatch watch;
    private final long settleMillis;
    private final InputClaims claims;

    public HandOverReadLock(RenameWatch watch, long settleMillis) {
        this(watch, settleMillis, new MarkerFileClaims());
    }

    public HandOverReadLock(RenameWatch watch, long settleMillis, InputClaims claims) {
        this.watch = watch;
        this.settleMillis = settleMillis;
        this.claims = claims;
    }

    @Override
    public boolean acquireExclusiveReadLock(GenericFileOperations<File> operations, GenericFile<File> file,
            Exchange exchange) throws IOException {
        File target = new File(file.getAbsoluteFilePath());
        if (!isComplete(target) || !claims.claim(target.toPath())) {
            return false;
        }
        if (!target.isFile()) {
            // another consumer finished it and moved it away between the listing and the claim
            claims.release(target.toPath());
            return false;
        }
        exchange.setProperty(CLAIMED_PROPERTY, target.toPath());
        return true;
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

    private void release(Exchange exchange) throws IOException {
        Path claimed = exchange.getProperty(CLAIMED_PROPERTY, Path.class);
        if (claimed != null) {
            claims.release(claimed);
        }
    }

    @Override
    public void prepareOnStartup(GenericFileOperations<File> operations, GenericFileEndpoint<File> endpoint)
            throws IOException {
        claims.clearLeftovers(Path.of(endpoint.getConfiguration().getDirectory()));
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
