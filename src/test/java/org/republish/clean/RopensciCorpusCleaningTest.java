package org.republish.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.republish.model.Article;
import org.republish.model.Notice;
import org.republish.read.ArticleReaders;
import org.republish.read.InputDocument;

/** Every rOpenSci blog post in the shared corpus goes through cleaning with its words intact. */
class RopensciCorpusCleaningTest {

    private static final Path CORPUS = Path.of("../shared/corpus/ropensci-blog");

    @Test
    void everyPostKeepsItsWords() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS),
                "skipped: the shared corpus " + CORPUS.toAbsolutePath() + " is absent");
        List<Path> posts;
        try (Stream<Path> files = Files.list(CORPUS)) {
            posts = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertEquals(384, posts.size(), "the corpus should hold 384 posts");
        ArticleReaders readers = new ArticleReaders();
        Cleaning cleaning = Cleaning.configured(Map.of("clean.Typography", "true"));
        List<String> failures = new ArrayList<>();
        Map<String, Integer> postsChangedByRule = new TreeMap<>();
        List<String> removalsSeen = new ArrayList<>();
        int passed = 0;
        List<String> empty = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        for (Path post : posts) {
            Article article;
            try {
                article = readers.read(new InputDocument(post.getFileName().toString(), Files.readAllBytes(post), CORPUS));
            } catch (Exception e) {
                failures.add(post.getFileName() + ": unreadable: " + e.getMessage());
                continue;
            }
            CleaningResult result = cleaning.clean(article);
            if (Words.of(article.body()).isEmpty()) {
                // a Hugo "headless" bundle page: no body at all, and the check refuses to pass on nothing
                assertTrue(!result.fidelity().passed() && result.fidelity().message().contains("no words"));
                empty.add(post.getFileName().toString());
                continue;
            }
            result.article().notices().stream()
                    .filter(n -> n.rule().matches("NormalizeHeadingLevels|UnwrapDeadLinks|DropContentsList|Extract.*|Drop.*"))
                    .forEach(n -> examples.add(post.getFileName() + " | " + n.rule() + " | " + n.example()));
            if (result.fidelity().passed()) {
                passed++;
            } else {
                failures.add(post.getFileName() + ": " + result.fidelity().report());
            }
            result.article().notices().stream()
                    .filter(n -> n.level() == Notice.Level.CHANGE || n.level() == Notice.Level.WARNING)
                    .map(n -> n.level() + " " + n.rule()).distinct()
                    .forEach(rule -> postsChangedByRule.merge(rule, 1, Integer::sum));
            for (Removal r : result.removals()) {
                removalsSeen.add(post.getFileName() + " | " + r.rule() + " | " + ProseText.example(r.text()));
            }
        }
        System.out.println("rOpenSci corpus: " + passed + " of " + posts.size() + " posts pass the fidelity check; "
                + empty.size() + " have an empty body " + empty);
        examples.forEach(e -> System.out.println("example: " + e));
        System.out.println("posts touched, by rule: " + postsChangedByRule);
        removalsSeen.forEach(r -> System.out.println("removed: " + r));
        failures.forEach(f -> System.out.println("FAILED " + f));
        assertTrue(failures.isEmpty(), failures.size() + " posts failed:\n" + String.join("\n", failures));
        assertEquals(posts.size() - empty.size(), passed);
        assertTrue(empty.size() <= 2, "only the two headless bundle pages are empty: " + empty);
    }
}
