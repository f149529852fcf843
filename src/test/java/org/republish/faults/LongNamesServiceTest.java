package org.republish.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.Service;
import org.republish.inbox.Archive;
import org.republish.inbox.ReasonFiles;
import org.republish.inbox.ShortNames;
import org.republish.testsupport.Poll;
import org.republish.testsupport.ServiceFixture;

/**
 * Issue 14, item 8: input names of 241 to 255 bytes (the most a Linux file
 * system allows). Names of 246 bytes and more never left input/ (the lock
 * marker's name was too long, and every poll logged it); names of 241 to 245
 * bytes lost their reason file. Each must end in .done/, or in .error/ or
 * .hold/ with a reason that names it in full.
 */
class LongNamesServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    static Path work;
    static Path input;
    static Service service;

    @BeforeAll
    static void start() throws Exception {
        input = work.resolve("input");
        service = new Service(ServiceFixture.settings(work, Map.of()));
        service.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    /** A name of exactly {@code bytes} UTF-8 bytes ending in ".md", of {@code letter} repeated then ASCII. */
    static String name(String tag, int bytes, String letter) {
        StringBuilder s = new StringBuilder(tag);
        while (ShortNames.bytes(s + letter) + 3 <= bytes) {
            s.append(letter);
        }
        while (ShortNames.bytes(s.toString()) + 3 < bytes) {
            s.append('x');
        }
        String name = s + ".md";
        assertEquals(bytes, ShortNames.bytes(name), name);
        return name;
    }

    @Test
    void everyLongNameLeavesTheInputFolderWithItsReason() throws Exception {
        String held241 = name("held-", 241, "a");
        String empty245 = name("empty-", 245, "b");
        String done246 = name("done-", 246, "c");
        String doneCjk250 = name("done-", 250, "日");
        String empty255 = name("empty-", 255, "é");
        String held255 = name("held-", 255, "d");
        Files.writeString(input.resolve(held241), "# Held\n\nNo licence is stated anywhere in this article.\n");
        Files.write(input.resolve(empty245), new byte[0]);
        Files.writeString(input.resolve(done246), ServiceFixture.LICENSED + "# Done\n\nA licensed article.\n");
        Files.writeString(input.resolve(doneCjk250), ServiceFixture.LICENSED + "# 日本\n\nA licensed article.\n");
        Files.write(input.resolve(empty255), new byte[0]);
        Files.writeString(input.resolve(held255), "# Held too\n\nNo licence here either.\n");

        assertArchived(done246, Archive.DONE);
        assertArchived(doneCjk250, Archive.DONE);
        assertReason(held241, Archive.HOLD, "licen");
        assertReason(held255, Archive.HOLD, "licen");
        assertReason(empty245, Archive.ERROR, "empty");
        assertReason(empty255, Archive.ERROR, "empty");
        try (Stream<Path> left = Files.list(input)) {
            List<String> names = left.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).toList();
            assertEquals(List.of(), names, "input/ still holds files (lock markers among them?)");
        }
    }

    private static void assertArchived(String name, Archive where) {
        Path archived = input.resolve(where.folder()).resolve(name);
        Poll.until(WAIT, () -> Files.exists(archived), () -> name.length() + "-character name in "
                + where.folder() + "; input holds " + Folders.tree(input));
        assertFalse(Files.exists(input.resolve(name)));
    }

    private static void assertReason(String name, Archive where, String fragment) throws IOException {
        assertArchived(name, where);
        Path reason = input.resolve(where.folder()).resolve(ReasonFiles.nameFor(name, where.reasonSuffix()));
        Poll.until(WAIT, () -> Files.exists(reason), () -> "the reason for a " + ShortNames.bytes(name)
                + "-byte name; " + where.folder() + " holds " + Folders.tree(input.resolve(where.folder())));
        assertTrue(ShortNames.bytes(reason.getFileName().toString()) <= 255);
        String text = Files.readString(reason, StandardCharsets.UTF_8);
        assertTrue(text.contains(name), "the reason names the input in full: " + text);
        assertTrue(text.contains(fragment), text);
        assertEquals(name, ReasonFiles.inputNameOf(reason, where.reasonSuffix()), "the status page's name for it");
    }
}
