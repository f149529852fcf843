package org.republish.write;

import java.io.IOException;

/**
 * Output folder names held for inputs being written by other nodes that
 * share the output folder. One node needs none: {@link OutputStore} keeps its
 * own reservations in memory.
 */
public interface SharedFolders {

    /** A single node: nothing is shared. */
    SharedFolders NONE = new SharedFolders() {
        @Override
        public boolean reserve(String folder, String inputName, String inputSha256) {
            return true;
        }

        @Override
        public void release(String folder) {
        }
    };

    /**
     * True if this node may write the input's outputs into {@code folder}: no
     * other live node holds it for a different input. Held until {@link #release}.
     */
    boolean reserve(String folder, String inputName, String inputSha256) throws IOException;

    /** Gives up a folder name held with {@link #reserve}. */
    void release(String folder);
}
