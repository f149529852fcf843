package org.republish.read;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.republish.model.Article;
import org.republish.testsupport.ArticleDump;
import org.republish.testsupport.Golden;
import org.republish.write.TextWriter;

/**
 * What the HTML reader makes of a few saved web pages (news in English,
 * French and Chinese, a blog post, a reference page): the model dump and the
 * plain text, against saved expectations in {@code golden/pages/<name>/}.
 * Regenerate on purpose with {@code -Dgolden.accept=true} and review the diff.
 */
class WebPageGoldenTest {

    private final ArticleReaders readers = new ArticleReaders();

    @ParameterizedTest
    @ValueSource(strings = {"aclu", "nytimes-1", "lemonde-1", "qq", "mozilla-1", "wikipedia"})
    void aSavedPageReadsAsBefore(String name) throws Exception {
        Path source = ReadabilityCorpusTest.CORPUS.resolve("pages").resolve(name).resolve("source.html");
        Assumptions.assumeTrue(Files.isRegularFile(source), source + " is absent: golden page not checked");
        Article article = readers.read(new InputDocument(name + ".html", Files.readAllBytes(source), null));
        Path dir = Golden.ROOT.resolve("pages").resolve(name);
        Golden.assertText(dir.resolve("model.txt"), ArticleDump.of(article));
        Golden.assertText(dir.resolve("text.txt"), new String(new TextWriter().write(article), java.nio.charset.StandardCharsets.UTF_8));
    }
}
