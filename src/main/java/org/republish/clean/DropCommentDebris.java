package org.republish.clean;

import java.util.List;
import org.jsoup.nodes.Element;
import org.republish.model.Article;
import org.republish.model.Notice;

/**
 * Paragraphs that are debris of a broken HTML comment or template, such as
 * "&lt;http://theconversation.com/republishing-guidelines&gt; —&gt;": nothing but
 * arrows like "—&gt;" or "--&gt;" and at most a bare URL. A paragraph holding a
 * bare URL alone is content (a reference) and stays; the arrow is what marks
 * the debris.
 */
public final class DropCommentDebris extends RemovingTransform {

    @Override
    public TransformResult applyTracked(Article article) {
        Element body = article.bodyCopy();
        BlockRemover remover = new BlockRemover(name());
        int count = 0;
        String example = null;
        for (Element p : body.select("p")) {
            if (WrapperPatterns.isCommentDebris(p)) {
                remover.mark(p, "comment debris");
                example = example == null ? p.text() : example;
                count++;
            }
        }
        if (count == 0) {
            return new TransformResult(article, List.of());
        }
        List<Removal> removals = remover.removeFrom(body);
        return new TransformResult(article.withBody(body).withNotice(Notice.change(name(),
                "removed debris of broken HTML comments (arrows, bare URLs)", count, ProseText.example(example))), removals);
    }
}
