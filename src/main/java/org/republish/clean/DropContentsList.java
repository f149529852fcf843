package org.republish.clean;

import java.util.List;
import org.jsoup.nodes.Element;
import org.republish.model.Article;
import org.republish.model.Notice;

/**
 * Removes a hand-made table of contents ({@link ContentsLists}): its heading
 * and its list. Its items repeat the headings, which the layout turns into a
 * working table of contents.
 */
public final class DropContentsList extends RemovingTransform {

    @Override
    public TransformResult applyTracked(Article article) {
        Element body = article.bodyCopy();
        List<ContentsLists.Found> found = ContentsLists.find(body);
        if (found.isEmpty()) {
            return new TransformResult(article, List.of());
        }
        BlockRemover remover = new BlockRemover(name());
        for (ContentsLists.Found f : found) {
            if (f.heading() != null) {
                remover.mark(f.heading(), "contents heading");
            }
            remover.mark(f.list(), "contents list");
        }
        List<Removal> removals = remover.removeFrom(body);
        ContentsLists.Found first = found.get(0);
        String example = (first.heading() == null ? "" : first.heading().text() + ": ") + String.join(" / ", first.items());
        return new TransformResult(article.withBody(body).withNotice(Notice.change(name(),
                "removed a hand-made table of contents (one is generated from the headings)", found.size(),
                ProseText.example(example))), removals);
    }
}
