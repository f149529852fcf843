package org.republish.camel;

import java.util.regex.Pattern;

/**
 * Which files in the input folder the route never takes, as its exclude
 * pattern in routes/articles.camel.yaml says: hidden files, partial copies,
 * sidecar metadata (essay.yaml) and images an article embeds (photo.jpg).
 * Progress counts and the status page use it to tell waiting articles from
 * the files that stay beside them.
 */
public final class InputNames {

    private static final Pattern NEVER_TAKEN = Pattern.compile(
            "(?i)^\\..*|.*\\.(tmp|part|crdownload|swp|yaml|yml|png|jpe?g|gif|webp|avif|svg)$|.*~$|.*\\.camelLock$");

    private InputNames() {
    }

    /** True if the route would take a file of this name as an article. */
    public static boolean isTaken(String fileName) {
        return !NEVER_TAKEN.matcher(fileName).matches();
    }
}
