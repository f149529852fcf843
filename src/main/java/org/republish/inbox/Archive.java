package org.republish.inbox;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folders inside the input folder where a handled input goes: published
 * to {@code .done/}, refused to {@code .error/}, or waiting for an editor in
 * {@code .hold/}, where a reason file ({@code name.error.txt},
 * {@code name.hold.txt}) is written beside it. An input is never deleted or
 * overwritten there.
 */
public enum Archive {
    DONE(".done"), ERROR(".error"), HOLD(".hold");

    private final String folder;

    Archive(String folder) {
        this.folder = folder;
    }

    /** The folder's name inside the input folder: ".done", ".error", ".hold". */
    public String folder() {
        return folder;
    }

    /** What ends the name of a refused input's reason file: ".error.txt", ".hold.txt". */
    public String reasonSuffix() {
        return folder + ".txt";
    }

    /**
     * {@code name} if no file of that name is in {@code folder}, else
     * "name-2.ext", "name-3.ext"... A reason file ({@code name.error.txt})
     * whose file is not there does not take the name: it is a reason written
     * by a run that stopped before moving the file, or the reason of a file
     * the editor took back to retry, and the new reason replaces it.
     */
    public static String freeName(Path folder, String name) {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        String candidate = name;
        for (int n = 2; Files.exists(folder.resolve(candidate)); n++) {
            String number = "-" + n + ext;
            // a name that already takes every byte the file system allows loses the end of its stem instead
            candidate = ShortNames.cut(base, ShortNames.MAX_BYTES - ShortNames.bytes(number)) + number;
        }
        return candidate;
    }
}
