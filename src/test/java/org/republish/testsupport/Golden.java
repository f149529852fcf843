package org.republish.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Compares an output with a saved expected file. Run with
 * {@code -Dgolden.accept=true} to write the current output as the new
 * expectation on purpose (then review the diff in git).
 */
public final class Golden {

    public static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {
    }

    public static boolean accepting() {
        return Boolean.getBoolean("golden.accept");
    }

    /** Text compared line by line, trailing white space ignored. */
    public static void assertText(Path expectedFile, String actual) throws IOException {
        if (acceptIfAsked(expectedFile, actual)) {
            return;
        }
        compareLines(expectedFile, lines(Files.readString(expectedFile, StandardCharsets.UTF_8)), lines(actual));
    }

    /** HTML compared as parsed trees (re-serialized the same way), not as bytes. */
    public static void assertHtml(Path expectedFile, String actualHtml) throws IOException {
        if (acceptIfAsked(expectedFile, actualHtml)) {
            return;
        }
        compareLines(expectedFile, lines(canonical(Files.readString(expectedFile, StandardCharsets.UTF_8))),
                lines(canonical(actualHtml)));
    }

    private static String canonical(String html) {
        Document d = Jsoup.parse(html);
        d.outputSettings().prettyPrint(true).indentAmount(1);
        return d.outerHtml();
    }

    private static boolean acceptIfAsked(Path expectedFile, String actual) throws IOException {
        if (accepting() || !Files.exists(expectedFile)) {
            if (!accepting()) {
                fail("no golden file " + expectedFile + "; run with -Dgolden.accept=true to create it");
            }
            Files.createDirectories(expectedFile.getParent());
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return true;
        }
        return false;
    }

    private static List<String> lines(String s) {
        return s.lines().map(String::stripTrailing).toList();
    }

    private static void compareLines(Path file, List<String> expected, List<String> actual) {
        int n = Math.min(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                fail(file + " differs at line " + (i + 1) + ":\n  expected: " + expected.get(i)
                        + "\n  actual:   " + actual.get(i)
                        + "\n(run with -Dgolden.accept=true to accept the new output)");
            }
        }
        if (expected.size() != actual.size()) {
            fail(file + ": expected " + expected.size() + " lines, got " + actual.size()
                    + " (run with -Dgolden.accept=true to accept the new output)");
        }
    }
}
