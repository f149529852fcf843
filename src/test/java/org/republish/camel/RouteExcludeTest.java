package org.republish.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.camel.component.file.FileEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.Service;
import org.republish.config.Settings;
import org.republish.inbox.InputNames;
import org.republish.testsupport.Poll;
import org.republish.testsupport.ServiceFixture;

/**
 * The route's exclude pattern is the one {@link InputNames} defines, handed
 * to the YAML route as a property; a route an operator edited before that,
 * with the pattern written out, still works.
 */
class RouteExcludeTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    /** The pattern as routes spelled it out before the service set it, YAML-escaped. */
    private static final String WRITTEN_OUT =
            "(?i)^\\\\..*|.*\\\\.(tmp|part|crdownload|swp|yaml|yml|png|jpe?g|gif|webp|avif|svg)$|.*~$";

    @TempDir
    Path work;

    @Test
    void theShippedRouteExcludesWhatInputNamesDefines() throws Exception {
        assertEquals(InputNames.EXCLUDE, excludeOfRunningRoute(Path.of("routes").toAbsolutePath()));
    }

    @Test
    void aRouteWithThePatternWrittenOutStillWorks() throws Exception {
        Path routes = Files.createDirectories(work.resolve("routes"));
        String shipped = Files.readString(Path.of("routes/articles.camel.yaml"));
        assertTrue(shipped.contains("\"{{republish.exclude}}\""), "the shipped route uses the property");
        Files.writeString(routes.resolve("articles.camel.yaml"),
                shipped.replace("\"{{republish.exclude}}\"", "\"" + WRITTEN_OUT + "\""));
        assertEquals(WRITTEN_OUT.replace("\\\\", "\\"), excludeOfRunningRoute(routes));
    }

    /**
     * Runs the service on {@code routes}, drops an article among files that
     * must stay where they are, and returns the exclude pattern of the route's
     * file endpoint once the article is published.
     */
    private String excludeOfRunningRoute(Path routes) throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));
        List<String> staying = List.of(".hidden.md", "draft.md.part", "notes.yaml", "photo.png");
        for (String name : staying) {
            Files.writeString(input.resolve(name), "stays\n");
        }
        try (Service service = new Service(ServiceFixture.settings(work, Map.of(Settings.ROUTES, routes.toString())))) {
            service.start();
            Files.writeString(input.resolve("essay.md"), ServiceFixture.LICENSED + "# Essay\n\nWords.\n");
            Poll.until(WAIT, () -> Files.exists(input.resolve(".done/essay.md")),
                    () -> "essay.md published; input holds " + ServiceFixture.tree(input));
            for (String name : staying) {
                assertTrue(Files.exists(input.resolve(name)), name + " left in input/: " + ServiceFixture.tree(input));
            }
            FileEndpoint endpoint = (FileEndpoint) service.camelContext().getRoute("publish-articles").getEndpoint();
            return endpoint.getExclude();
        }
    }
}
