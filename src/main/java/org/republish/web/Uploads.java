package org.republish.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.republish.config.InputLimit;
import org.republish.inbox.ShortNames;

/**
 * Puts an uploaded article into the input folder the way an operator should
 * drop one: written under a hidden temporary name the route ignores, then
 * renamed, so the route only ever sees a complete file. Never replaces a file
 * already waiting: a taken name becomes {@code name-2.md}.
 */
final class Uploads {

    /** The extensions the readers know (see ArticleReaders). */
    static final Set<String> EXTENSIONS = Set.of("md", "markdown", "txt", "html", "htm");

    /** An upload the service will not take, with a message for the person uploading. */
    static final class Refused extends Exception {
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    private final Path input;
    private final long maxBytes;
    private final String limitWhy;

    Uploads(Path input, long maxBytes) {
        this(input, InputLimit.configured(maxBytes));
    }

    Uploads(Path input, InputLimit limit) {
        this.input = input;
        this.maxBytes = limit.bytes();
        this.limitWhy = limit.why();
    }

    /** Where the size limit comes from, in words. */
    String limitWhy() {
        return limitWhy;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Checks the upload and moves it into the input folder; returns the name it got there. */
    synchronized String accept(String submittedName, byte[] bytes) throws Refused, IOException {
        String name = safeName(submittedName);
        if (name.isEmpty()) {
            throw new Refused(400, "Choose a file to upload.");
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!EXTENSIONS.contains(ext)) {
            throw new Refused(415, "The file " + name + " is not an article republish can read: use a .md, "
                    + ".markdown, .txt, .html or .htm file.");
        }
        if (bytes.length > maxBytes) {
            throw new Refused(413, "The file " + name + " is " + bytes.length + " bytes, more than the limit of "
                    + maxBytes + " bytes (" + limitWhy + ").");
        }
        if (bytes.length == 0) {
            throw new Refused(400, "The file " + name + " is empty.");
        }
        Files.createDirectories(input);
        Path temp = input.resolve(".upload-" + UUID.randomUUID() + ".tmp");
        Files.write(temp, bytes);
        try {
            String base = dot > 0 ? name.substring(0, dot) : name;
            String target = name;
            for (int n = 2; Files.exists(input.resolve(target)); n++) {
                target = base + "-" + n + "." + ext;
            }
            Files.move(temp, input.resolve(target), StandardCopyOption.ATOMIC_MOVE);
            return target;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The last path segment of a submitted name (browsers on Windows may send
     * "C:\\path\\a.md"), with characters that do not belong in a file name
     * replaced and leading dots removed, so it can be neither hidden nor elsewhere.
     */
    /**
     * Longest name kept, in UTF-8 bytes (file systems count bytes, not characters: 146 CJK characters
     * are 438 bytes, and such an upload failed with an empty reply), with room left for "-2" and the
     * suffixes of the service's own names beside it.
     */
    static final int MAX_NAME_BYTES = 200;

    static String safeName(String submitted) {
        if (submitted == null) {
            return "";
        }
        String name = submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        name = name.replaceAll("[^\\p{L}\\p{N} ._()+-]", "-").strip();
        name = name.replaceFirst("^[.\\s-]+", "");
        if (ShortNames.bytes(name) > MAX_NAME_BYTES) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = ShortNames.cut(name.substring(0, name.length() - ext.length()), MAX_NAME_BYTES - ShortNames.bytes(ext))
                    + ext;
        }
        return name;
    }
}
