package org.republish.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Puts an article's outputs into {@code <output>/<slug>/} whole or not at
 * all: every file is written into a hidden temporary folder first, which is
 * then renamed into place. Re-publishing the same input replaces its folder
 * as a whole; a different article whose title gives the same slug gets the
 * next free name ({@code slug-2}, {@code slug-3}...), so neither overwrites
 * the other. Thread-safe for different inputs: a folder name handed out by
 * {@link #folderFor} stays reserved for its input until {@link #commit} or
 * {@link #release}, so two articles with the same slug written at the same
 * time cannot both be given it.
 */
public final class OutputStore {

    private static final String TEMP_PREFIX = ".tmp-";
    private static final String OLD_PREFIX = ".old-";
    /** "-" and a random UUID, after the folder name in temporary and replaced folders. */
    private static final int UUID_SUFFIX = 37;
    private final Path root;
    private final ObjectMapper json = new ObjectMapper();
    /** Folder names handed out and not yet committed, with the input (name, SHA-256) each belongs to. */
    private final Map<String, List<String>> reserved = new HashMap<>();
    private final SharedFolders shared;

    public OutputStore(Path root) {
        this(root, SharedFolders.NONE);
    }

    /** @param shared the names other nodes writing into the same folder hold */
    public OutputStore(Path root, SharedFolders shared) {
        this.root = root;
        this.shared = shared;
    }

    public Path root() {
        return root;
    }

    /**
     * The folder name this input's outputs go to: its slug, unless that folder
     * belongs to another input (a different file name and different content),
     * or is reserved for another input being written now. The name stays
     * reserved until {@link #commit} or {@link #release}.
     */
    public synchronized String folderFor(String slug, String inputName, String inputSha256) throws IOException {
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? slug : slug + "-" + n;
            List<String> owner = reserved.get(candidate);
            if (owner != null && sameInput(owner.get(0), owner.get(1), inputName, inputSha256)) {
                return candidate;
            }
            Path manifest = root.resolve(candidate).resolve(ManifestWriter.FILE_NAME);
            boolean usable;
            if (!Files.exists(root.resolve(candidate))) {
                // free on disk, but perhaps just handed to another new article still being written
                usable = owner == null;
            } else if (Files.exists(manifest)) {
                JsonNode input = json.readTree(manifest.toFile()).path("input");
                usable = sameInput(input.path("name").asText(), input.path("sha256").asText(), inputName, inputSha256);
            } else {
                usable = false;
            }
            if (usable && shared.reserve(candidate, inputName, inputSha256)) {
                reserved.putIfAbsent(candidate, List.of(inputName, inputSha256));
                return candidate;
            }
        }
    }

    /** Gives up a name from {@link #folderFor} when nothing will be committed to it (rendering failed). */
    public synchronized void release(String folder) {
        if (reserved.remove(folder) != null) {
            shared.release(folder);
        }
    }

    private static boolean sameInput(String name, String sha256, String inputName, String inputSha256) {
        return inputName.equals(name) || inputSha256.equals(sha256);
    }

    /** Writes the files into {@code <root>/<folder>/}, replacing what was there, and returns that folder. */
    public Path commit(String folder, List<OutputFile> files) throws IOException {
        Files.createDirectories(root);
        Path temp = root.resolve(TEMP_PREFIX + folder + "-" + UUID.randomUUID());
        Files.createDirectory(temp);
        try {
            for (OutputFile f : files) {
                Files.write(temp.resolve(f.fileName()), f.bytes());
            }
            Path target = root.resolve(folder);
            Path old = null;
            synchronized (this) {
                if (Files.exists(target)) {
                    old = root.resolve(OLD_PREFIX + folder + "-" + UUID.randomUUID());
                    move(target, old);
                }
                move(temp, target);
            }
            if (old != null) {
                deleteTree(old);
            }
            return target;
        } catch (IOException | RuntimeException e) {
            deleteTree(temp);
            throw e;
        } finally {
            release(folder);
        }
    }

    /**
     * Removes temporary and replaced folders left by an interrupted run. A
     * replaced folder whose replacement never arrived (the run stopped between
     * the two renames of {@link #commit}) is put back instead: it is the last
     * complete version of that article.
     */
    public void removeLeftovers() throws IOException {
        removeLeftovers(Duration.ZERO);
    }

    /**
     * As {@link #removeLeftovers()}, but only what has not been touched for
     * {@code untouched}: when other nodes write into the same folder, a
     * recent temporary folder may be one of theirs, in the making.
     */
    public void removeLeftovers(Duration untouched) throws IOException {
        long before = System.currentTimeMillis() - untouched.toMillis();
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> entries = Files.list(root)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                if (!name.startsWith(TEMP_PREFIX) && !name.startsWith(OLD_PREFIX)) {
                    continue;
                }
                try {
                    removeLeftover(p, name, untouched.isZero() ? Long.MAX_VALUE : before);
                } catch (NoSuchFileException | java.io.UncheckedIOException e) {
                    // renamed or removed meanwhile by the node that wrote it: not a leftover
                }
            }
        }
    }

    private void removeLeftover(Path p, String name, long before) throws IOException {
        if (before != Long.MAX_VALUE && lastTouched(p) > before) {
            return;
        }
        if (name.startsWith(OLD_PREFIX) && name.length() > OLD_PREFIX.length() + UUID_SUFFIX) {
            Path replaced = root.resolve(name.substring(OLD_PREFIX.length(), name.length() - UUID_SUFFIX));
            if (!Files.exists(replaced)) {
                move(p, replaced);
                return;
            }
        }
        deleteTree(p);
    }

    /**
     * When a file or folder was last written or renamed, in milliseconds: a
     * rename (a folder moved aside as {@code .old-}) changes the status time,
     * not the modification time.
     */
    static long lastTouched(Path p) throws IOException {
        long modified = Files.getLastModifiedTime(p).toMillis();
        try {
            Object changed = Files.getAttribute(p, "unix:ctime", java.nio.file.LinkOption.NOFOLLOW_LINKS);
            return changed instanceof java.nio.file.attribute.FileTime t ? Math.max(modified, t.toMillis()) : modified;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return modified; // no status time on this file system
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
