package org.republish.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;

class OutputStoreTest {

    @TempDir
    Path root;

    private List<OutputFile> files(String inputName, String sha, String text) {
        Article a = new Article(new ArticleMeta.Builder().title("T").build(), Article.newBody());
        byte[] manifest = new ManifestWriter().write(a, inputName, sha, "t", List.of());
        return List.of(new OutputFile("t.html", "html", text.getBytes(StandardCharsets.UTF_8)),
                new OutputFile(ManifestWriter.FILE_NAME, "manifest", manifest));
    }

    @Test
    void commitReplacesTheFolderWholeAndLeavesNoTemporaries() throws Exception {
        OutputStore store = new OutputStore(root);
        store.commit("t", files("a.md", "1", "first"));
        store.commit("t", files("a.md", "1", "second"));
        assertEquals("second", Files.readString(root.resolve("t/t.html")));
        try (Stream<Path> s = Files.list(root)) {
            assertEquals(List.of("t"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void sameSlugFromAnotherArticleGetsTheNextFreeName() throws Exception {
        OutputStore store = new OutputStore(root);
        store.commit("t", files("a.md", "sha-a", "a"));
        assertEquals("t", store.folderFor("t", "a.md", "other-sha"), "same input name: replace");
        assertEquals("t", store.folderFor("t", "renamed.md", "sha-a"), "same content: replace");
        assertEquals("t-2", store.folderFor("t", "b.md", "sha-b"), "another article: new folder");
        store.commit("t-2", files("b.md", "sha-b", "b"));
        assertEquals("t-3", store.folderFor("t", "c.md", "sha-c"));
    }

    @Test
    void leftoversOfAnInterruptedRunAreRemoved() throws Exception {
        Files.createDirectories(root.resolve(".tmp-x-123"));
        Files.writeString(root.resolve(".tmp-x-123/half.pdf"), "half");
        Files.createDirectories(root.resolve("kept"));
        new OutputStore(root).removeLeftovers();
        assertFalse(Files.exists(root.resolve(".tmp-x-123")));
        assertTrue(Files.exists(root.resolve("kept")));
    }

    @Test
    void aNameAnotherNodeHoldsForAnotherInputIsPassedOverAndEveryNameHeldIsGivenBack() throws Exception {
        List<String> held = new java.util.ArrayList<>();
        List<String> released = new java.util.ArrayList<>();
        SharedFolders otherNodes = new SharedFolders() {
            @Override
            public boolean reserve(String folder, String inputName, String inputSha256) {
                if (folder.equals("t")) {
                    return false; // another node is writing another article there now
                }
                held.add(folder);
                return true;
            }

            @Override
            public void release(String folder) {
                released.add(folder);
            }
        };
        OutputStore store = new OutputStore(root, otherNodes);
        assertEquals("t-2", store.folderFor("t", "b.md", "sha-b"), "free on disk, but held elsewhere");
        store.commit("t-2", files("b.md", "sha-b", "b"));
        assertEquals("u", store.folderFor("u", "c.md", "sha-c"));
        store.release("u");
        assertEquals(List.of("t-2", "u"), held);
        assertEquals(List.of("t-2", "u"), released, "given back after the commit, and after a failed rendering");
    }

    @Test
    void withOtherNodesOnlyLeftoversUntouchedForLongAreRemoved() throws Exception {
        Path old = Files.createDirectories(root.resolve(".tmp-abandoned-2"));
        Files.writeString(old.resolve("half.pdf"), "half");
        Thread.sleep(1_500);
        Path recent = Files.createDirectories(root.resolve(".tmp-being-written-1"));
        Files.writeString(recent.resolve("half.pdf"), "half");
        new OutputStore(root).removeLeftovers(java.time.Duration.ofMillis(1_000));
        assertTrue(Files.exists(recent), "another node's work in the making stays");
        assertFalse(Files.exists(old), "untouched for 1.5 s, more than the age given: removed");
    }
}
