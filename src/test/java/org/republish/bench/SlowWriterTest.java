package org.republish.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.Service;
import org.republish.testsupport.ServiceFixture;
import org.republish.testsupport.Poll;

/**
 * The shorter settle time still leaves a file alone while it is being
 * written: a writer that adds to the file in small steps, pausing well under
 * republish.settle-ms each time, has it published once and whole.
 */
class SlowWriterTest {

    @TempDir
    Path work;

    @Test
    void aFileWrittenSlowlyIsTakenOnlyWhenComplete() throws Exception {
        Path input = work.resolve("input");
        Path output = work.resolve("output");
        try (Service service = new Service(ServiceFixture.settings(work, Map.of(
                "republish.poll-ms", "50",
                "republish.settle-ms", "300")))) {
            service.start();
            Path file = input.resolve("slow.md");
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                write(out, "---\nlicense: CC-BY-4.0\n---\n# Written slowly\n\n");
                for (int i = 0; i < 30; i++) {
                    Thread.sleep(40);
                    write(out, "Paragraph number " + i + " of a file still being copied.\n\n");
                }
                write(out, "The last words of the file.\n");
            }
            Poll.until(Duration.ofSeconds(60), () -> Files.exists(input.resolve(".done/slow.md")), () -> "slow.md done");
            Thread.sleep(500);
            assertFalse(Files.exists(input.resolve(".done/slow-2.md")), "published once");
            assertFalse(Files.exists(input.resolve(".error/slow.md")), "not refused");
            Path html;
            try (Stream<Path> found = Files.walk(output)) {
                html = found.filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow();
            }
            assertTrue(Files.readString(html).contains("The last words of the file."), "the whole file was published");
        }
    }

    private static void write(OutputStream out, String text) throws Exception {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
