package org.republish.clean;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.republish.model.Article;
import org.republish.model.Notice;

/**
 * A consistent outline: the title is the only h1 (outside the body), so the
 * body's top sections are h2, and no level is skipped (h2 then h4 becomes h2
 * then h3). Relative nesting is kept.
 *
 * <p>One mis-levelled heading is also repaired: a lone sub-heading that is
 * really a sibling, as in an article whose sections are all h2 but whose last
 * section was typed "###". A heading one level below the top is promoted to
 * the top level only when all of these hold: it is the only heading below
 * the top level in the whole body (so it cannot be part of a real
 * sub-structure: a section divided into one sub-section only is rare); the
 * top-level section it would belong to has text of its own before it; and
 * there is evidence it is a sibling: either a flat contents list names it
 * together with top-level headings, or it opens the last section of an
 * article with at least three top-level sections and its would-be parent has
 * at least three blocks of text before it.
 */
public final class NormalizeHeadingLevels implements ArticleTransform {

    @Override
    public Article apply(Article article) {
        Element body = article.bodyCopy();
        Elements headings = body.select("h1, h2, h3, h4, h5, h6");
        if (headings.isEmpty()) {
            return article;
        }
        String[] promotedExample = {null};
        int promoted = promoteLoneSibling(body, headings, promotedExample);
        int renumbered = 0;
        String example = promotedExample[0];
        Deque<int[]> stack = new ArrayDeque<>(); // {original level, new level}
        for (Element h : headings) {
            int level = level(h);
            while (!stack.isEmpty() && stack.peek()[0] >= level) {
                stack.pop();
            }
            int target = Math.min(6, stack.isEmpty() ? 2 : stack.peek()[1] + 1);
            stack.push(new int[] {level, target});
            if (target != level) {
                example = example == null ? h.normalName() + " -> h" + target + ": " + h.text() : example;
                h.tagName("h" + target);
                renumbered++;
            }
        }
        if (promoted == 0 && renumbered == 0) {
            return article;
        }
        String what = "made the heading outline consistent (top sections h2, no skipped levels"
                + (promoted > 0 ? ", a lone sub-heading that is a sibling promoted" : "") + ")";
        return article.withBody(body).withNotice(Notice.change(name(), what, promoted + renumbered, example));
    }

    private static int level(Element h) {
        return h.normalName().charAt(1) - '0';
    }

    /** Applies the lone-sibling rule described on the class; returns 1 when it changed a heading. */
    private static int promoteLoneSibling(Element body, Elements headings, String[] example) {
        int top = headings.stream().mapToInt(NormalizeHeadingLevels::level).min().orElse(2);
        List<Element> deeper = headings.stream().filter(h -> level(h) > top).toList();
        List<Element> tops = headings.stream().filter(h -> level(h) == top).toList();
        if (deeper.size() != 1 || level(deeper.get(0)) != top + 1 || tops.size() < 2) {
            return 0;
        }
        Element lone = deeper.get(0);
        Element parent = null;
        for (Element h : headings) {
            if (h == lone) {
                break;
            }
            parent = h;
        }
        if (parent == null || parent.parent() != lone.parent()) {
            return 0;
        }
        int blocksBefore = 0;
        for (Element e = parent.nextElementSibling(); e != null && e != lone; e = e.nextElementSibling()) {
            if (!Words.of(e).isEmpty()) {
                blocksBefore++;
            }
        }
        if (blocksBefore == 0) {
            return 0;
        }
        boolean listedAsSibling = ContentsLists.find(body).stream().anyMatch(f ->
                f.list().select("ul ul, ol ol, ul ol, ol ul").isEmpty()
                        && f.items().stream().map(ContentsLists::key).anyMatch(ContentsLists.key(lone.text())::equals)
                        && f.items().stream().map(ContentsLists::key).anyMatch(k ->
                                tops.stream().anyMatch(t -> ContentsLists.key(t.text()).equals(k))));
        boolean lastOfMany = headings.last() == lone && tops.size() >= 3 && blocksBefore >= 3;
        if (!listedAsSibling && !lastOfMany) {
            return 0;
        }
        example[0] = lone.normalName() + " -> h" + top + " (a sibling, not a sub-section): " + lone.text();
        lone.tagName("h" + top);
        return 1;
    }
}
