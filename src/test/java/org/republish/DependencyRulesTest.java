package org.republish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which of the project's packages each main package may use, read from the
 * sources: every import and every fully qualified name ({@code org.republish.x.Y}).
 * The root package is the top floor, the model the bottom, and the stages in
 * between see only the model.
 */
class DependencyRulesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/republish");

    /** The root package, as a name among the others. */
    private static final String ROOT = "(root)";

    /** Packages that may use only those listed, and no other of the project's. */
    private static final Map<String, Set<String>> ONLY = Map.of(
            "model", Set.of(),
            "config", Set.of(),
            "read", Set.of("model"),
            "clean", Set.of("model"),
            "license", Set.of("model"),
            "write", Set.of("model"),
            "inbox", Set.of("model"),
            "pipeline", Set.of("model", "read", "clean", "license", "write"));

    /** A use of one of the project's packages: {@code org.republish.} then a package, or a type of the root. */
    private static final Pattern USE = Pattern.compile("\\borg\\.republish\\.(?:([a-z]\\w*)\\b|([A-Z]\\w*))");

    /** Each package's uses of the others, as "file: package". */
    private static Map<String, List<String>> uses;

    @BeforeAll
    static void readSources() throws IOException {
        uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String from = packageOf(file);
                uses.computeIfAbsent(from, k -> new ArrayList<>());
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("package ")) {
                        continue;
                    }
                    Matcher m = USE.matcher(line);
                    while (m.find()) {
                        String to = m.group(1) != null ? m.group(1) : ROOT;
                        if (!to.equals(from)) {
                            uses.get(from).add(SOURCES.relativize(file) + ": " + to);
                        }
                    }
                }
            }
        }
    }

    private static String packageOf(Path file) {
        Path dir = SOURCES.relativize(file).getParent();
        return dir == null ? ROOT : dir.toString().replace('/', '.');
    }

    private static Set<String> used(String from) {
        Set<String> to = new TreeSet<>();
        for (String use : uses.getOrDefault(from, List.of())) {
            to.add(use.substring(use.lastIndexOf(": ") + 2));
        }
        return to;
    }

    private static List<String> usesOf(String from, String to) {
        return uses.getOrDefault(from, List.of()).stream().filter(u -> u.endsWith(": " + to)).toList();
    }

    @Test
    void theSourcesWereFound() {
        assertTrue(uses.keySet().containsAll(ONLY.keySet()), uses.keySet().toString());
        assertTrue(uses.keySet().containsAll(List.of(ROOT, "camel", "web", "bench")), uses.keySet().toString());
    }

    @Test
    void theModelAndTheStagesUseOnlyWhatTheirFloorAllows() {
        for (Map.Entry<String, Set<String>> rule : ONLY.entrySet()) {
            Set<String> beyond = used(rule.getKey());
            beyond.removeAll(rule.getValue());
            List<String> where = beyond.stream().flatMap(to -> usesOf(rule.getKey(), to).stream()).toList();
            assertEquals(List.of(), where, rule.getKey() + " may use only " + rule.getValue());
        }
    }

    @Test
    void webAndCamelDoNotUseEachOther() {
        assertEquals(List.of(), usesOf("web", "camel"));
        assertEquals(List.of(), usesOf("camel", "web"));
    }

    @Test
    void nothingBelowTheTopFloorUsesIt() {
        List<String> upward = new ArrayList<>();
        uses.forEach((from, list) -> {
            if (!from.equals(ROOT)) {
                upward.addAll(usesOf(from, ROOT));
            }
        });
        assertEquals(List.of(), upward);
    }

    @Test
    void everyPackageStatesItsContract() {
        for (String pkg : uses.keySet()) {
            Path dir = pkg.equals(ROOT) ? SOURCES : SOURCES.resolve(pkg.replace('.', '/'));
            assertTrue(Files.isRegularFile(dir.resolve("package-info.java")), "package-info.java in " + dir);
        }
    }
}
