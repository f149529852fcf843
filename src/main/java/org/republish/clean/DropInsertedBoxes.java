package org.republish.clean;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.republish.model.Article;
import org.republish.model.ArticleDeadline;
import org.republish.model.Notice;

/**
 * Boxes a publisher sets into an article's text: "Read more: ..." and
 * "Related: ..." links to other articles ("Lire aussi :", "Lea también:",
 * "Lesen Sie auch:", "Baca juga:"), and appeals set apart from the prose, in
 * brackets or wholly in italics or bold ("[ You're smart and curious about the
 * world ... subscribe to our newsletter ]", "Help us fight back by becoming a
 * member"). They are not the author's text and lead nowhere offline. A
 * sentence of the article that merely mentions a newsletter is not a box and
 * stays.
 */
public final class DropInsertedBoxes extends RemovingTransform {

    private static final Pattern RELATED = Pattern.compile(
            "(?iu)^\\s*(?:related(?:\\s+(?:article|story|stories|posts?|reading))?|read\\s+(?:more|also|next)|see\\s+also"
                    + "|more\\s+(?:on\\s+this|reading)|recommended(?:\\s+reading)?|further\\s+reading|(?:à\\s+)?lire\\s+aussi"
                    + "|[àa]\\s+lire|lea\\s+tambi[ée]n|leer\\s+m[áa]s|lesen\\s+sie\\s+auch|mehr\\s+zum\\s+thema|weiterlesen"
                    + "|leia\\s+(?:tamb[ée]m|mais)|baca\\s+juga|leggi\\s+anche)\\s*[:：»>–—-]\\s*");

    @Override
    public TransformResult applyTracked(Article article) {
        Element body = article.bodyCopy();
        BlockRemover remover = new BlockRemover(name());
        int related = 0;
        int appeals = 0;
        String example = null;
        for (Element b : body.children()) {
            ArticleDeadline.check();
            if (!b.normalName().matches("p|div|aside|blockquote|ul")) {
                continue;
            }
            if (isRelatedLinks(b)) {
                remover.mark(b, "related-article links");
                related++;
            } else if (isAppealBox(b)) {
                remover.mark(b, "appeal");
                appeals++;
            } else {
                continue;
            }
            example = example == null ? b.text() : example;
        }
        if (remover.isEmpty()) {
            return new TransformResult(article, List.of());
        }
        List<Removal> removals = remover.removeFrom(body);
        String what = (related > 0 ? related + " \"read more\" link box(es)" : "")
                + (related > 0 && appeals > 0 ? " and " : "") + (appeals > 0 ? appeals + " appeal(s)" : "");
        return new TransformResult(article.withBody(body).withNotice(Notice.change(name(),
                "removed " + what + " set into the article", removals.size(), ProseText.example(example))), removals);
    }

    /** "Read more: [Another article](...)": a label, then little but links. */
    static boolean isRelatedLinks(Element b) {
        String text = b.text().strip();
        var m = RELATED.matcher(text);
        if (!m.find() || b.select("a[href]").isEmpty()) {
            return false;
        }
        int rest = text.length() - m.end();
        int linked = b.select("a[href]").stream().mapToInt(a -> a.text().length()).sum();
        return rest > 0 && linked >= rest * 0.6 && Words.of(text).size() <= 60;
    }

    /** An appeal set apart: wholly bracketed, italic or bold, and short. */
    static boolean isAppealBox(Element b) {
        String text = b.text().strip();
        if (!WrapperPatterns.isAppeal(b) || Words.of(text).size() > 70) {
            return false;
        }
        boolean bracketed = text.startsWith("[") && text.endsWith("]");
        return bracketed || wholly(b, "em|i|strong|b");
    }

    /**
     * True when the block is set wholly in emphasis: every bit of its text sits inside elements of
     * the given kinds, or in links between them ("<em>Help us by</em> <a>becoming a member</a>").
     */
    static boolean wholly(Element b, String tags) {
        Element only = b;
        while (only.children().size() == 1 && only.textNodes().stream().allMatch(TextNode::isBlank)) {
            only = only.child(0);
            if (only.normalName().matches(tags)) {
                return true;
            }
        }
        boolean emphasis = false;
        for (Node n : b.childNodes()) {
            if (n instanceof TextNode t && !t.text().matches("[\\s\\p{P}]*")) {
                return false;
            }
            if (n instanceof Element e) {
                if (e.normalName().matches(tags)) {
                    emphasis = true;
                } else if (!e.normalName().equals("a") && !e.normalName().equals("br")) {
                    return false;
                }
            }
        }
        return emphasis;
    }
}
