package org.republish.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.config.InputLimit;
import org.republish.config.Settings;
import org.republish.testsupport.Poll;

/**
 * Issue 14, item 3: a 19 MB article, under the 20 MB limit, dropped beside small
 * ones into a service with a small heap (the README's -Xmx256m, two workers). It
 * ran out of memory and took innocent articles down with it; now it is refused at
 * once for its share of the heap, and every small one is published.
 */
class HeapShareTest {

    @TempDir
    Path work;

    @Test
    void aHugeArticleIsRefusedForItsShareOfTheHeapAndTheOthersArePublished() throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));
        Files.createDirectories(work.resolve("output"));
        try (ChildService service = new ChildService(work, Map.of(Settings.WORKERS, "2",
                Settings.MAX_INPUT_BYTES, "20000000"), "256m")) {
            service.start(Duration.ofSeconds(120));
            drop(input, "huge.md", generated(19_000_000));
            for (int i = 0; i < 8; i++) {
                drop(input, "small-" + i + ".md", generated(3_000));
            }
            Poll.until(Duration.ofSeconds(180), () -> Files.exists(input.resolve(".error/huge.md.error.txt"))
                    && countIn(input.resolve(".done")) == 8, () -> "huge.md refused and 8 published; log:\n"
                    + service.tail(3000));
            String reason = Files.readString(input.resolve(".error/huge.md.error.txt"), StandardCharsets.UTF_8);
            assertTrue(reason.contains("share of the service's memory") && reason.contains("-Xmx"), reason);
            assertEquals(0, countIn(input.resolve(".error")) - 2, "only huge.md (and its reason) in .error/");
            assertTrue(service.isAlive());
        }
    }

    @Test
    void theLimitIsTheSettingOrTheHeapShareWhicheverIsLower() {
        Settings settings = Settings.of(Map.of(Settings.MAX_INPUT_BYTES, "20000000"));
        long mb = 1024 * 1024;
        InputLimit small = InputLimit.of(settings, 256 * mb, 2);
        assertEquals(128 * mb / InputLimit.HEAP_PER_INPUT_BYTE, small.bytes());
        assertTrue(small.why().contains("256 MB of heap for 2 articles"), small.why());
        InputLimit large = InputLimit.of(settings, 4096 * mb, 2);
        assertEquals(20_000_000, large.bytes());
        assertEquals("republish.max-input-bytes", large.why());
    }

    /** Markdown prose of about {@code bytes} bytes, with a licence so that it is published, not held. */
    static String generated(int bytes) {
        Random random = new Random(bytes);
        String[] words = {"the", "river", "council", "reported", "water", "levels", "across", "several", "towns",
            "after", "weeks", "of", "rain", "and", "residents", "said", "they", "were", "ready"};
        StringBuilder text = new StringBuilder("---\ntitle: Article of " + bytes + " bytes\nlicense: CC-BY-4.0\n---\n\n");
        while (text.length() < bytes) {
            for (int w = 0; w < 200 && text.length() < bytes; w++) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            text.append(".\n\n");
        }
        return text.toString();
    }

    /** Written under a hidden name, then renamed in, as an editor's tools do. */
    static void drop(Path input, String name, String text) throws IOException {
        Path temp = input.resolve("." + name + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            w.write(text);
        }
        Files.move(temp, input.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    static long countIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = Files.list(dir)) {
            return files.count();
        } catch (IOException e) {
            return -1;
        }
    }
}
