package org.republish.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.write.OutputFile;
import org.republish.write.OutputStore;

/** Two new articles with the same slug, written at the same time, get different folders. */
class ConcurrentSlugTest {

    @TempDir
    Path root;

    @Test
    void aNameHandedToOneNewArticleIsNotHandedToAnotherBeforeItIsCommitted() throws Exception {
        OutputStore store = new OutputStore(root);
        String first = store.folderFor("same", "a.md", "sha-a");
        String second = store.folderFor("same", "b.md", "sha-b");
        assertEquals("same", first);
        assertEquals("same-2", second);
        assertEquals("same", store.folderFor("same", "a.md", "sha-a"), "the same input keeps its reservation");
        store.commit(second, List.of(manifest("b.md", "sha-b")));
        store.commit(first, List.of(manifest("a.md", "sha-a")));
        assertEquals("sha-a", Folders.published(root).stream().filter(p -> p.folder().endsWith("same")).findFirst()
                .orElseThrow().inputSha256());
        assertEquals("same-3", store.folderFor("same", "c.md", "sha-c"));
    }

    @Test
    void aReleasedNameCanBeGivenToTheNextArticle() throws Exception {
        OutputStore store = new OutputStore(root);
        String failed = store.folderFor("same", "a.md", "sha-a");
        store.release(failed);
        assertEquals("same", store.folderFor("same", "b.md", "sha-b"));
        assertNotEquals("same", store.folderFor("same", "c.md", "sha-c"));
    }

    private static OutputFile manifest(String name, String sha) {
        String json = "{\"input\":{\"name\":\"" + name + "\",\"sha256\":\"" + sha + "\"},\"outputs\":[]}";
        return new OutputFile("manifest.json", "manifest", json.getBytes(StandardCharsets.UTF_8));
    }
}
