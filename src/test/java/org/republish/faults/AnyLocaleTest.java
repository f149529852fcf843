package org.republish.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.republish.testsupport.Poll;

/**
 * Issue 14, item 9: under LANG=C a file named "ünï-日本.md" was never taken and nothing was logged.
 * The service and {@code convert}, started as an operator starts them but under LANG=C LC_ALL=C,
 * publish it (the JVM starts itself again under C.UTF-8 and says so in its log).
 */
class AnyLocaleTest {

    private static final String NAME = "ünï-日本.md";
    private static final String ARTICLE = "---\nlicense: CC-BY-4.0\n---\n# Ünï, 日本\n\n"
            + "A licensed article whose file name holds accents and Japanese.\n";
    private static final Map<String, String> LANG_C = Map.of("LANG", "C", "LC_ALL", "C");

    @TempDir
    Path work;

    @BeforeEach
    void namesCanBeWrittenHere() {
        // the test itself must be able to write the name (surefire runs in the build's locale)
        String names = System.getProperty("sun.jnu.encoding", "");
        assumeTrue(names.replace("-", "").equalsIgnoreCase("UTF8"), "the tests' JVM reads file names as " + names);
        assumeTrue(System.getProperty("os.name", "").toLowerCase().contains("linux"), "Linux only");
    }

    @Test
    @Timeout(180)
    void theServiceUnderLangCPublishesANonAsciiName() throws Exception {
        Path input = work.resolve("input");
        Path output = work.resolve("output");
        Files.createDirectories(input);
        try (ChildService service = new ChildService(work, Map.of(
                "republish.workers", "1",
                "republish.poll-ms", "100",
                "republish.settle-ms", "300"))) {
            service.environment(LANG_C).start(Duration.ofSeconds(90));
            Files.writeString(input.resolve(NAME), ARTICLE, StandardCharsets.UTF_8);
            Poll.until(Duration.ofSeconds(90), () -> Files.exists(input.resolve(".done").resolve(NAME)),
                    () -> NAME + " in input/.done/; input: " + Folders.tree(input) + "\nlog:\n" + service.tail(3000));
            assertFalse(Files.exists(input.resolve(NAME)), "left input/");
            assertEquals(1, Folders.byInputName(output, NAME).size(), "outputs: " + Folders.tree(output));
            String log = service.log();
            assertTrue(log.contains("started again under LC_ALL=C.UTF-8"), "says it started again:\n" + service.tail(3000));

            // SIGTERM to the process the operator started reaches the service, which stops cleanly
            assertEquals(0, service.terminate(Duration.ofSeconds(60)), "exit status; log:\n" + service.tail(3000));
            assertTrue(service.log().contains("republish stopped"), "stopped cleanly:\n" + service.tail(3000));
        }
    }

    @Test
    @Timeout(180)
    void convertUnderLangCPublishesANonAsciiNameGivenAsArgument() throws Exception {
        Files.writeString(work.resolve(NAME), ARTICLE, StandardCharsets.UTF_8);
        Path log = work.resolve("convert.log");
        List<String> cmd = ChildService.application("-Xmx512m");
        cmd.addAll(List.of("convert", "-o", "out", "--to", "html", NAME));
        ProcessBuilder builder = new ProcessBuilder(cmd).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(LANG_C);
        // this JVM (UTF-8) can pass the name on; under LANG=C the process receives the same bytes
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "convert finished");
        String said = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), "convert's exit status; it said:\n" + said);
        assertEquals(1, Folders.byInputName(work.resolve("out"), NAME).size(),
                "outputs: " + Folders.tree(work.resolve("out")) + "\nit said:\n" + said);
        assertTrue(said.contains("started again under LC_ALL=C.UTF-8"), said);
    }
}
