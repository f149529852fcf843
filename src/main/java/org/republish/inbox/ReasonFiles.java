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

    private ReasonFiles() {
    }

    /** Writes the reason {@code inputName} was refused into {@code folder}, beside it under {@code archivedName}. */
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
        String text = head + "\n\n" + REASON + reason + "\n\n" + next + "\n\nTime: " + when + "\n";
        Path target = folder.resolve(archivedName + where.reasonSuffix());
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
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
        for (Archive refused : new Archive[] {Archive.ERROR, Archive.HOLD}) {
            Path dir = inputDir.resolve(refused.folder());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    String n = p.getFileName().toString();
                    if (n.startsWith(".") && n.endsWith(".tmp") && Files.isRegularFile(p)) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }
}
