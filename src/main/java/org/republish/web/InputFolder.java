package org.republish.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.republish.inbox.Archive;
import org.republish.inbox.InputNames;
import org.republish.inbox.ReasonFiles;

/**
 * What the input folder says about the work: files waiting to be taken, and
 * those refused into {@code .error/} or {@code .hold/} with their reasons.
 * Read from the disk on every call, so it is right after a restart too.
 */
final class InputFolder {

    /** A file waiting in the input folder. */
    record Waiting(String name, long bytes, Instant modified) {
    }

    /** An input refused into .error/ or .hold/, and why. */
    record Refused(String name, String reason, Instant when) {
    }

    private final Path root;

    InputFolder(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** Regular files the route will take, oldest first (the order it takes them in). */
    List<Waiting> waiting() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> InputNames.isTaken(p.getFileName().toString()))
                    .map(InputFolder::waitingFile)
                    .sorted(Comparator.comparing(Waiting::modified))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int waitingCount() {
        return waiting().size();
    }

    /** Inputs in .error/ (or .hold/ when {@code hold}), newest first, at most {@code limit}. */
    List<Refused> refused(boolean hold, int limit) {
        Archive where = hold ? Archive.HOLD : Archive.ERROR;
        Path dir = root.resolve(where.folder());
        String suffix = where.reasonSuffix();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !hold || stillHeld(p, suffix))
                    .sorted(Comparator.comparing(InputFolder::modified).reversed())
                    .limit(limit)
                    .map(p -> {
                        String file = p.getFileName().toString();
                        return new Refused(ReasonFiles.inputNameOf(p, suffix), ReasonFiles.reasonIn(p),
                                modified(p).toInstant());
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int refusedCount(boolean hold) {
        Archive where = hold ? Archive.HOLD : Archive.ERROR;
        Path dir = root.resolve(where.folder());
        String suffix = where.reasonSuffix();
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return (int) files.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .filter(p -> !hold || stillHeld(p, suffix)).count();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * A held input the editor sent back to the input folder keeps its reason file until it is
     * published (which marks the reason file as superseded) or held again (which replaces it):
     * meanwhile it is waiting, not held.
     */
    private static boolean stillHeld(Path reasonFile, String suffix) {
        return Files.exists(reasonFile.resolveSibling(ReasonFiles.inputNameOf(reasonFile, suffix)));
    }

    private static Waiting waitingFile(Path p) {
        try {
            return new Waiting(p.getFileName().toString(), Files.size(p), Files.getLastModifiedTime(p).toInstant());
        } catch (IOException e) {
            // taken by the route between listing and looking: still show it, it was waiting a moment ago
            return new Waiting(p.getFileName().toString(), 0, Instant.EPOCH);
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
