package org.republish.inbox;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

/**
 * The reason file beside a refused input: what happened, the reason in words
 * an editor can act on, what to do next, and when. Written whole (under a
 * hidden temporary name, then renamed), so a reader never sees half of one.
 */
public final class ReasonFiles {

    private static final String REASON = "Reason: ";
    /** Names the input in full in a reason file whose own name had to be shortened. */
    private static final String FILE = "File: ";

    private ReasonFiles() {
    }

    /**
     * Writes the reason {@code inputName} was refused into {@code folder}, beside it under {@code archivedName}.
     * The reason file's name is {@link #nameFor shortened} when the input's name leaves no room for the
     * suffix; the file then names the input in full. When the file cannot be written (a full disk), its
     * temporary is removed and the error thrown: the caller must say the reason some other way.
     */
    public static void write(Path folder, String archivedName, Archive where, String inputName, String reason)
            throws IOException {
        boolean hold = where == Archive.HOLD;
        String when = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String head = hold
                ? "republish is holding " + inputName + ": it was not published."
                : "republish could not publish " + inputName + ".";
        String next = hold
                ? "Once the missing information is supplied, drop the file into the input folder again."
                : "The file is kept here unchanged. Fix it and drop it into the input folder again.";
        String file = ShortNames.isShortened(archivedName, where.reasonSuffix()) ? FILE + archivedName + "\n\n" : "";
        String text = head + "\n\n" + file + REASON + reason + "\n\n" + next + "\n\nTime: " + when + "\n";
        writeWhole(folder.resolve(nameFor(archivedName, where.reasonSuffix())), text);
    }

    /** The name of the reason file, or other note, of the input {@code inputName}: short enough for the file system. */
    public static String nameFor(String inputName, String suffix) {
        return ShortNames.fit(inputName, suffix);
    }

    /**
     * The input a reason file stands for: the name recorded in it when its own name was shortened, else its
     * name without {@code suffix}.
     */
    public static String inputNameOf(Path reasonFile, String suffix) {
        String own = reasonFile.getFileName().toString();
        String stripped = own.substring(0, own.length() - suffix.length());
        if (ShortNames.bytes(own) < ShortNames.MAX_BYTES - 16) {
            return stripped; // never shortened: the marker and hash take the last bytes of a shortened name
        }
        try {
            for (String line : Files.readAllLines(reasonFile, StandardCharsets.UTF_8)) {
                if (line.startsWith(FILE)) {
                    return line.substring(FILE.length());
                }
            }
        } catch (IOException e) {
            // unreadable: its own name is the best there is
        }
        return stripped;
    }

    /**
     * {@code text} into {@code target} whole: under a hidden temporary name, then renamed. A write that
     * fails (a full disk) leaves no temporary behind.
     */
    static void writeWhole(Path target, String text) throws IOException {
        Path temp = target.resolveSibling(ShortNames.fit("." + target.getFileName(), ".tmp"));
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** What ends the name of a reason file whose input was published later from a new copy. */
    public static final String PUBLISHED_SUFFIX = ".published.txt";

    /**
     * An input held or refused earlier under {@code inputName} was published
     * from a new copy: its reason file, which the status page and the
     * refused-files gauge read as "still waiting", becomes a note saying so
     * ({@code name.published.txt}). The earlier copy itself stays where it is.
     */
    public static void supersede(Path inputDir, String inputName, String outputFolder) throws IOException {
        for (Archive refused : new Archive[] {Archive.HOLD, Archive.ERROR}) {
            Path reason = inputDir.resolve(refused.folder()).resolve(nameFor(inputName, refused.reasonSuffix()));
            if (!Files.isRegularFile(reason, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            String when = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            String text = Files.readString(reason, StandardCharsets.UTF_8) + "\nPublished later from a new copy of "
                    + inputName + " into output/" + outputFolder + "/ (" + when + "); the copy here is the earlier "
                    + "one, kept as it was.\n";
            writeWhole(reason.resolveSibling(nameFor(inputName, PUBLISHED_SUFFIX)), text);
            Files.delete(reason);
        }
    }

    /** The "Reason:" paragraph of a reason file, else its whole text. */
    public static String reasonIn(Path reasonFile) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(reasonFile);
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return "(the reason file is not UTF-8 text)";
        } catch (IOException e) {
            return "(the reason file could not be read: " + e.getMessage() + ")";
        }
        int start = text.indexOf(REASON);
        if (start >= 0) {
            int end = text.indexOf("\n\n", start);
            text = text.substring(start + REASON.length(), end < 0 ? text.length() : end);
        }
        text = text.strip();
        return text.length() > 4000 ? text.substring(0, 4000) + "…" : text;
    }

    /**
     * Removes half-written reason files (hidden {@code .*.tmp}) that a run
     * stopped by force left in .error/ and .hold/ of {@code inputDir}. Call
     * before the route starts.
     */
    public static void removeLeftovers(Path inputDir) throws IOException {
        removeLeftovers(inputDir, java.time.Duration.ZERO);
    }

    /**
     * Gives every input in .error/ that has no reason beside it one: an input
     * ends there without its reason only when the service was stopped by force
     * while publishing it (the route's last resort moves it, with no chance to
     * say why). Call before the route starts. Returns how many were explained.
     */
    public static int explainUnexplained(Path inputDir) throws IOException {
        Path dir = inputDir.resolve(Archive.ERROR.folder());
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int explained = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith(".") || !Files.isRegularFile(p) || n.endsWith(Archive.ERROR.reasonSuffix())
                        || n.endsWith(Archive.HOLD.reasonSuffix()) || n.endsWith(PUBLISHED_SUFFIX)
                        || Files.exists(dir.resolve(nameFor(n, Archive.ERROR.reasonSuffix())))) {
                    continue;
                }
                write(dir, n, Archive.ERROR, n, "republish was stopped while it was publishing this file, before "
                        + "it could finish or say why (a stop that outlasted camel.main.shutdown-timeout, or a crash). "
                        + "Nothing was published from it.");
                explained++;
            }
        }
        return explained;
    }

    /** As {@link #removeLeftovers(Path)}, leaving files touched within {@code untouched} (other nodes' in the making). */
    public static void removeLeftovers(Path inputDir, java.time.Duration untouched) throws IOException {
        long before = System.currentTimeMillis() - untouched.toMillis();
        for (Archive refused : new Archive[] {Archive.ERROR, Archive.HOLD}) {
            Path dir = inputDir.resolve(refused.folder());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    String n = p.getFileName().toString();
                    try {
                        if (n.startsWith(".") && n.endsWith(".tmp") && Files.isRegularFile(p)
                                && (untouched.isZero() || Files.getLastModifiedTime(p).toMillis() <= before)) {
                            Files.deleteIfExists(p);
                        }
                    } catch (java.nio.file.NoSuchFileException renamedMeanwhile) {
                        // another node's reason file, renamed into place: not a leftover
                    }
                }
            }
        }
    }
}
