package org.republish.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.republish.model.Article;
import org.republish.model.PublishException;
import org.republish.read.ArticleReaders;
import org.republish.read.InputDocument;

/** The shared material beside the project: the sample article and the corpora. */
public final class Samples {

    private Samples() {
    }

    /** ../shared, or the folder named by the republish.sharedDir property. */
    public static Path sharedDir() {
        return Path.of(System.getProperty("republish.sharedDir", "../shared")).toAbsolutePath().normalize();
    }

    /** The canonical sample; the calling test is skipped when ../shared is absent. */
    public static Path sampleArticle() {
        Path p = sharedDir().resolve("samples/conversation-essf-china-russia.md");
        assumeTrue(Files.isRegularFile(p), "skipped: the sample article is not at " + p);
        return p;
    }

    /** A corpus folder; the calling test is skipped when it is absent. */
    public static Path corpus(String name) {
        Path p = sharedDir().resolve("corpus").resolve(name);
        assumeTrue(Files.isDirectory(p), "skipped: the corpus folder is not at " + p);
        return p;
    }

    public static InputDocument input(Path file) {
        try {
            return new InputDocument(file.getFileName().toString(), Files.readAllBytes(file), file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Article read(Path file) throws PublishException {
        return new ArticleReaders().read(input(file));
    }
}
