package org.republish.camel;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.republish.inbox.ShortNames;

/**
 * Claims of a single node: a marker file ({@code name.camelLock}, as Camel's
 * own strategies make) keeps a second consumer away from a file in hand.
 * Unlike Camel's, its name is shortened when the input's name leaves no room
 * for the suffix (Camel's could not be created for names of 246 bytes and
 * more, so such files were never taken and every poll logged the failure).
 */
public final class MarkerFileClaims implements InputClaims {

    static final String MARKER_SUFFIX = ".camelLock";

    @Override
    public boolean claim(Path file) throws IOException {
        try {
            Files.createFile(markerFor(file));
            return true;
        } catch (FileAlreadyExistsException e) {
            return false; // in another consumer's hands
        }
    }

    @Override
    public void release(Path file) throws IOException {
        Files.deleteIfExists(markerFor(file));
    }

    /** The marker of a file in hand: {@code name.camelLock}, shortened to fit the file system. */
    static Path markerFor(Path file) {
        return file.resolveSibling(ShortNames.fit(file.getFileName().toString(), MARKER_SUFFIX));
    }

    /** Markers left by a run that was stopped by force: one node, so nothing is in hand before it starts. */
    @Override
    public void clearLeftovers(Path folder) throws IOException {
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
}
