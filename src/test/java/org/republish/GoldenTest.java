package org.republish;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.republish.config.Settings;
import org.republish.model.Article;
import org.republish.pipeline.Pipeline;
import org.republish.read.InputDocument;
import org.republish.testsupport.ArticleDump;
import org.republish.testsupport.Golden;
import org.republish.testsupport.Samples;
import org.republish.write.ArticleXhtml;
import org.republish.write.HtmlWriter;
import org.republish.write.Stylesheets;

/**
 * The model and the HTML page of known inputs against saved expectations.
 * Regenerate on purpose with {@code mvn test -Dtest=GoldenTest -Dgolden.accept=true}.
 */
class GoldenTest {

    private final Pipeline pipeline = Assembly.pipeline(Settings.of(java.util.Map.of()));
    private final HtmlWriter html = new HtmlWriter(new ArticleXhtml(), Stylesheets.bundled());

    private void check(String caseName, InputDocument input) throws Exception {
        Article article = pipeline.prepare(input);
        Path dir = Golden.ROOT.resolve(caseName);
        Golden.assertText(dir.resolve("model.txt"), ArticleDump.of(article));
        Golden.assertHtml(dir.resolve("article.html"), new String(html.write(article), StandardCharsets.UTF_8));
    }

    @Test
    void theSample() throws Exception {
        check("sample", Samples.input(Samples.sampleArticle()));
    }

    @Test
    void aFrontMatterPost() throws Exception {
        check("front-matter", Samples.input(Golden.ROOT.resolve("front-matter/input.md")));
    }
}
