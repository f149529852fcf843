package org.republish.camel;

import java.nio.file.Files;
import java.nio.file.Path;

/** Names under which an input can be archived without overwriting an earlier one. */
final class ArchiveNames {

    private ArchiveNames() {
    }

    /**
     * {@code name} if neither it nor its companion ({@code name + companionSuffix})
     * exists in {@code folder}; else "name-2.ext", "name-3.ext"...
     */
    static String free(Path folder, String name, String companionSuffix) {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        String candidate = name;
        for (int n = 2; taken(folder, candidate, companionSuffix); n++) {
            candidate = base + "-" + n + ext;
        }
        return candidate;
    }

    private static boolean taken(Path folder, String candidate, String companionSuffix) {
        return Files.exists(folder.resolve(candidate))
                || (!companionSuffix.isEmpty() && Files.exists(folder.resolve(candidate + companionSuffix)));
    }
}
