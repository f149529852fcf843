package org.republish.write;

import java.util.List;
import org.republish.model.Article;
import org.republish.model.Notice;
import org.republish.model.PublishException;

/**
 * Writes one output format of an article as bytes. Writers never touch the
 * disk: where the bytes go is the caller's business. Implementations are
 * thread-safe and meant to be built once and shared.
 */
public interface ArticleWriter {

    OutputFormat outputFormat();

    /** The format's name as used in options: "html", "pdf", "epub". */
    default String format() {
        return outputFormat().name();
    }

    /** The file extension of the output, without the dot. */
    default String extension() {
        return outputFormat().extension();
    }

    byte[] write(Article article) throws PublishException;

    /** The output and what an editor should know about it (something left out, say). */
    record Rendering(byte[] bytes, List<Notice> warnings) {
        public Rendering {
            warnings = List.copyOf(warnings);
        }
    }

    /** The output with its warnings; writers that can lose something override this. */
    default Rendering render(Article article) throws PublishException {
        return new Rendering(write(article), List.of());
    }
}
