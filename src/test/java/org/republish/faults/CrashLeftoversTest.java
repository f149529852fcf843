package org.republish.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.write.OutputStore;

/** What a run stopped by force leaves in output/, cleaned up at the next start. */
class CrashLeftoversTest {

    @TempDir
    Path root;

    @Test
    void aReplacedFolderWhoseReplacementNeverArrivedIsPutBack() throws Exception {
        // killed between "move the old folder aside" and "move the new one in"
        Path aside = root.resolve(".old-article-" + UUID.randomUUID());
        Files.createDirectories(aside);
        Files.writeString(aside.resolve("manifest.json"), "{}");
        Path half = root.resolve(".tmp-article-" + UUID.randomUUID());
        Files.createDirectories(half);
        Files.writeString(half.resolve("article.pdf"), "half a PDF");

        new OutputStore(root).removeLeftovers();

        assertTrue(Files.isRegularFile(root.resolve("article/manifest.json")), Folders.tree(root));
        assertEquals(List.of("article"), Folders.names(root));
    }

    @Test
    void aReplacedFolderIsRemovedWhenItsReplacementIsInPlace() throws Exception {
        Path aside = root.resolve(".old-article-" + UUID.randomUUID());
        Files.createDirectories(aside);
        Files.createDirectories(root.resolve("article"));
        Files.writeString(root.resolve("article/manifest.json"), "{\"new\":true}");

        new OutputStore(root).removeLeftovers();

        assertFalse(Files.exists(aside));
        assertEquals("{\"new\":true}", Files.readString(root.resolve("article/manifest.json")));
    }
}
