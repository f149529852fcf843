package org.republish.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Temporary and lock files that must not survive a run: the service's own and Camel's. */
final class Leftovers {

    /** .tmp-* and .old-* output folders, hidden *.tmp reason files, Camel's *.camelLock markers, *.part files. */
    private static final Pattern TEMPORARY = Pattern.compile("^\\.tmp-.*|^\\.old-.*|^\\..*\\.tmp$|.*\\.camelLock$|.*\\.part$|.*\\.inprogress$");

    private Leftovers() {
    }

    /** Every temporary file or folder under input/ and output/ of {@code work}, relative to it. */
    static List<String> find(Path work) {
        try (Stream<Path> s = Stream.concat(walk(work.resolve("input")), walk(work.resolve("output")))) {
            return s.filter(p -> TEMPORARY.matcher(p.getFileName().toString()).matches())
                    .map(p -> work.relativize(p).toString()).sorted().toList();
        }
    }

    private static Stream<Path> walk(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try {
            return Files.walk(dir).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
