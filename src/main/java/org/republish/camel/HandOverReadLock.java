package org.republish.camel;

import java.io.File;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileOperations;
import org.apache.camel.component.file.strategy.MarkerFileExclusiveReadLockStrategy;

/**
 * The input route's read lock: when a file in the input folder is complete.
 * A file that arrived whole ({@link RenameWatch}) is taken at once; any other
 * file once it has gone unmodified for the settle time, so a file still being
 * copied in is left alone. A file that is not ready is skipped without
 * waiting, and looked at again on the next poll: one slow copy never holds
 * up the files behind it. The marker file of Camel's own strategies keeps a
 * second consumer away from a file in hand.
 */
public final class HandOverReadLock extends MarkerFileExclusiveReadLockStrategy {

    private final RenameWatch watch;
    private final long settleMillis;

    public HandOverReadLock(RenameWatch watch, long settleMillis) {
        this.watch = watch;
        this.settleMillis = settleMillis;
    }

    @Override
    public boolean acquireExclusiveReadLock(GenericFileOperations<File> operations, GenericFile<File> file,
            Exchange exchange) throws Exception {
        return isComplete(new File(file.getAbsoluteFilePath())) && super.acquireExclusiveReadLock(operations, file, exchange);
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
