package org.republish.clean;

import java.util.List;
import org.jsoup.nodes.Element;
import org.republish.model.Article;
import org.republish.model.Notice;

/**
 * Appeals at the very end of the body (donate, subscribe to our newsletter,
 * follow us on ..., "we can give away our articles thanks to ...") that belong
 * to a republisher's wrapper: the trailing run of such blocks is removed. An
 * appeal counts as wrapper only when it is set apart from the article by a
 * rule, or when the article was found wrapped by a republisher (a byline or
 * a licence sentence was extracted); an original publisher's own closing
 * appeal is part of its article and stays (on the rOpenSci blog, the authors'
 * own "you can support rOpenSci by ..." paragraphs). An appeal followed by
 * article text stays, so nothing in the middle of the article is dropped.
 */
public final class DropTrailingAppeals extends RemovingTransform {

    @Override
    public TransformResult applyTracked(Article article) {
        Element body = article.bodyCopy();
        boolean wrapped = article.meta().extra().containsKey(AuthorCredits.BYLINE_KEY)
                || article.meta().licenseEvidence().stream()
                        .anyMatch(e -> e.place() == org.republish.model.LicenseEvidence.Place.NOTICE);
        BlockRemover remover = new BlockRemover(name());
        List<Element> blocks = body.children();
        String example = null;
        int count = 0;
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Element b = blocks.get(i);
            if (b.normalName().equals("hr")) {
                continue;
            }
            if (!b.normalName().matches("p|ul|ol|div|aside|blockquote") || !WrapperPatterns.isAppeal(b)) {
                break;
            }
            if (!wrapped && !followsRule(b)) {
                break;
            }
            remover.mark(b, "appeal");
            example = b.text();
            count++;
        }
        if (count == 0) {
            return new TransformResult(article, List.of());
        }
        // a rule left dangling at the end once the appeals are gone
        for (int i = blocks.size() - 1; i >= 0 && (remover.isMarked(blocks.get(i)) || blocks.get(i).normalName().equals("hr")); i--) {
            remover.mark(blocks.get(i), "rule before appeal");
        }
        List<Removal> removals = remover.removeFrom(body);
        return new TransformResult(article.withBody(body).withNotice(Notice.change(name(),
                "removed appeals (donate, subscribe, follow) at the end", count, ProseText.example(example))), removals);
    }

    /** True when a horizontal rule stands before this block with only appeals between. */
    private static boolean followsRule(Element block) {
        for (Element e = block.previousElementSibling(); e != null; e = e.previousElementSibling()) {
            if (e.normalName().equals("hr")) {
                return true;
            }
            if (!WrapperPatterns.isAppeal(e)) {
                return false;
            }
        }
        return false;
    }
}
