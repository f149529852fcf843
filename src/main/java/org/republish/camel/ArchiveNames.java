package org.republish.camel;

import java.nio.file.Files;
import java.nio.file.Path;

/** Names under which an input can be archived without overwriting an earlier one. */
final class ArchiveNames {

    private ArchiveNames() {
    }

    /**
     * {@code name} if no file of that name is in {@code folder}, else
     * "name-2.ext", "name-3.ext"... A reason file ({@code name.error.txt})
     * whose file is not there does not take the name: it is a reason written
     * by a run that stopped before moving the file, or the reason of a file
     * the editor took back to retry, and the new reason replaces it.
     */
    static String free(Path folder, String name) {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        String candidate = name;
        for (int n = 2; Files.exists(folder.resolve(candidate)); n++) {
            candidate = base + "-" + n + ext;
        }
        return candidate;
    }
}
