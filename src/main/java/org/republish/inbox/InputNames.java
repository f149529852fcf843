package org.republish.inbox;

import java.util.regex.Pattern;

/**
 * Which files in the input folder are never taken as articles: hidden files,
 * partial copies, sidecar metadata (essay.yaml), images an article embeds
 * (photo.jpg) and the file consumer's lock files. The route excludes them by
 * this same pattern ({@code exclude: "{{republish.exclude}}"}, set from
 * {@link #EXCLUDE} at start-up), and progress counts and the status page use
 * it to tell waiting articles from the files that stay beside them.
 */
public final class InputNames {

    /** The property holding {@link #EXCLUDE} for the routes. */
    public static final String EXCLUDE_PROPERTY = "republish.exclude";

    /** The names never taken, as a regular expression over the whole file name. */
    public static final String EXCLUDE =
            "(?i)^\\..*|.*\\.(tmp|part|crdownload|swp|yaml|yml|png|jpe?g|gif|webp|avif|svg)$|.*~$|.*\\.camelLock$";

    private static final Pattern NEVER_TAKEN = Pattern.compile(EXCLUDE);

    private InputNames() {
    }

    /** True if the route would take a file of this name as an article. */
    public static boolean isTaken(String fileName) {
        return !NEVER_TAKEN.matcher(fileName).matches();
    }
}
