package org.republish.camel;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Who has an input file in hand. One node uses marker files beside the
 * inputs ({@link MarkerFileClaims}); several nodes on one folder keep their
 * claims in a shared database (org.republish.cluster), because marker files
 * are not safe across machines and a restarting node would clear the markers
 * of live ones.
 */
public interface InputClaims {

    /** True if this node now holds the file; false if another has it in hand, or nobody can be asked. */
    boolean claim(Path file) throws IOException;

    /** Gives up a file claimed with {@link #claim}, once it has left the input folder (or was left there). */
    void release(Path file) throws IOException;

    /** Before the first poll: forgets claims that a run stopped by force left behind, where that is safe. */
    void clearLeftovers(Path folder) throws IOException;
}
