package org.republish.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.republish.config.Settings;

/** What the tests that run the real service share: its settings on temporary folders, and reading its results. */
public final class ServiceFixture {

    /** Front matter that gives a test article a licence, so that it is published rather than held. */
    public static final String LICENSED = "---\nlicense: CC-BY-4.0\n---\n";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ServiceFixture() {
    }

    /**
     * Settings for a service working in {@code work}/input and {@code work}/output with the project's
     * routes, quick polling, and its HTTP side on a free port; {@code more} adds or overrides.
     */
    public static Settings settings(Path work, Map<String, String> more) {
        Map<String, String> values = new HashMap<>(Map.of(
                Settings.INPUT, work.resolve("input").toString(),
                Settings.OUTPUT, work.resolve("output").toString(),
                Settings.ROUTES, Path.of("routes").toAbsolutePath().toString(),
                "republish.http.port", "0",
                "republish.poll-ms", "100",
                "republish.settle-ms", "200"));
        values.putAll(more);
        return Settings.of(values);
    }

    /** The manifest in {@code output} whose input has this name, or null. */
    public static Path manifestFor(Path output, String inputName) throws IOException {
        if (!Files.isDirectory(output)) {
            return null;
        }
        try (Stream<Path> dirs = Files.list(output)) {
            for (Path dir : dirs.toList()) {
                Path m = dir.resolve("manifest.json");
                if (Files.isRegularFile(m)
                        && inputName.equals(JSON.readTree(m.toFile()).path("input").path("name").asText())) {
                    return m;
                }
            }
        }
        return null;
    }

    /** Everything under {@code dir}, for failure messages. */
    public static String tree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(p -> dir.relativize(p).toString()).toList().toString();
        } catch (IOException e) {
            return e.toString();
        }
    }
}
