package org.republish.clean;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.republish.model.Article;
import org.republish.model.Notice;

/**
 * A lead paragraph set wholly in bold as the first block of the body (where
 * republishers put the original's standfirst, right under the byline) becomes
 * the article's standfirst, which the layout sets under the title. Only when
 * the metadata has no standfirst yet, the paragraph is a real lead (8 to 100
 * words) and something follows it.
 */
public final class ExtractLeadStandfirst extends RemovingTransform {

    @Override
    public TransformResult applyTracked(Article article) {
        if (article.meta().standfirst() != null && !article.meta().standfirst().isBlank()) {
            return new TransformResult(article, List.of());
        }
        Element body = article.bodyCopy();
        if (body.children().size() < 2) {
            return new TransformResult(article, List.of());
        }
        Element first = body.child(0);
        if (!first.normalName().equals("p") || !whollyBold(first)) {
            return new TransformResult(article, List.of());
        }
        int words = Words.of(first).size();
        if (words < 8 || words > 100) {
            return new TransformResult(article, List.of());
        }
        String standfirst = first.text().strip();
        BlockRemover remover = new BlockRemover(name());
        remover.mark(first, "standfirst");
        List<Removal> removals = remover.removeFrom(body);
        Article out = article.withBody(body)
                .withMeta(article.meta().toBuilder().standfirst(standfirst).build())
                .withNotice(Notice.change(name(), "moved the bold lead paragraph into the standfirst", 1,
                        ProseText.example(standfirst)));
        return new TransformResult(out, removals);
    }

    /** True when all of the paragraph's text sits inside one strong or b element. */
    static boolean whollyBold(Element p) {
        Element bold = null;
        for (Node n : p.childNodes()) {
            if (n instanceof TextNode t) {
                if (!t.isBlank()) {
                    return false;
                }
            } else if (n instanceof Element e) {
                if (bold != null || !e.normalName().matches("strong|b")) {
                    return false;
                }
                bold = e;
            }
        }
        return bold != null;
    }
}
