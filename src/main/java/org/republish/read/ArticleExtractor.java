package org.republish.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.republish.model.ArticleDeadline;

/**
 * Finds the article in a whole web page. Every paragraph-like block with some
 * text gives points (more for length and commas) to its ancestors, the nearer
 * the more; a container's points are weighed by its class and id hints and cut
 * by its link density. The best container, joined by siblings that score
 * nearly as well or read as prose, is the article; boilerplate left inside it
 * is then removed ({@link ContentCleanup}). When that yields too little text,
 * the search is repeated with fewer removals. The page is never modified.
 * Thread-safe (all state lives in one {@link Attempt}).
 */
final class ArticleExtractor {

    /** Below this much text an attempt is taken to have missed the article. */
    static final int ENOUGH_TEXT = 500;
    /** Text an element the page marks as its article must hold to be taken for it. */
    private static final int MARKED_ARTICLE_TEXT = 250;

    private static final Set<String> SCORED = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    private static final Set<String> EMPTY_IF_BLANK = Set.of("div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BLOCKS_IN_DIV = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul");
    private static final Pattern COMMENTS = Pattern.compile("(?i)comment|respond|disqus|replies");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
    private static final Pattern FULL_STOP = Pattern.compile("\\p{L}[.!?…][\"'»“”’)]?(?:\\s|$)");
    /** A sentence end after a letter, or a full-width one that needs no space after it. */
    private static final Pattern SENTENCE_ENDS = Pattern.compile("\\p{L}[.!?…。！？][\"'»“”’)]?(?:\\s|$)|[。！？]");
    /** More commas than this to a sentence are a list's separators, not a sentence's clauses. */
    private static final int COMMAS_PER_SENTENCE = 4;
    private static final String LEAF_BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, td, dd, dt, pre, blockquote, div";
    /** Words a block must have to count as a sentence of prose rather than a label. */
    private static final int SENTENCE_WORDS = 8;
    /** Prose a longer find must add to a short post's text to be more of the article. */
    private static final int ADDED_PROSE = 200;

    /**
     * The article's content (a {@code <div>} in a scratch document), a byline found in the page's text, and
     * the text of the site's box about the author, taken out of the content (null when there was none).
     */
    record Extraction(Element content, String byline, String authorBio) {
    }

    /** Which removals an attempt makes; later attempts make fewer. */
    record Pass(boolean dropUnlikely, boolean weighClasses, boolean cleanConditionally) {
    }

    private static final List<Pass> PASSES = List.of(new Pass(true, true, true), new Pass(false, true, true),
            new Pass(false, false, true), new Pass(false, false, false));

    /**
     * What the site put into the article's box, out: phrase-recognised blocks, the author's box (returned as
     * the bio), parts the site names as furniture (when {@code byName}), date lines at its ends, and headings
     * left with nothing under them. For extracted content and for a page's lone {@code <article>} alike.
     */
    static String cleanArticleBox(Element content, boolean byName, String siteHost) {
        PullQuotes.removeRepeated(content);
        PictureCredits.remove(content);
        BoilerplateBlocks.clean(content);
        BoilerplateBlocks.removeInternalLinkLists(content, siteHost);
        BoilerplateBlocks.removeInternalLinkLines(content, siteHost);
        String bio = AuthorBoxes.take(content);
        if (byName) {
            NamedBoilerplate.clean(content);
        }
        Datelines.removeAtEdges(content);
        // again: the site's furniture after them (sharing, the author's box) stood between the appeals and the end
        TrailingBoilerplate.removeCommentsSection(content);
        TrailingBoilerplate.removeTrailingAppeals(content);
        TrailingBoilerplate.removeTrailingHeadings(content);
        return bio;
    }

    /** One search with the given removals, over a copy of the page. */
    Extraction attempt(Document page, Pass pass, String title, boolean findByline, String siteHost) {
        return new Attempt(page.clone(), pass, title, findByline, siteHost).run();
    }

    /**
     * @param title        the article's title, so that a heading repeating it can leave the content
     * @param findByline   look for a byline in the page's text (when the metadata named no author)
     */
    Extraction extract(Document page, String title, boolean findByline) {
        Extraction best = null;
        String bestText = "";
        // read before a pass's preparation takes the page's links and metadata out
        String siteHost = PageMetadata.siteHost(page);
        Extraction linkList = null;
        Extraction lead = null;
        String leadText = "";
        for (Pass pass : PASSES) {
            Extraction e = attempt(page, pass, title, findByline, siteHost);
            String text = e.content().text();
            if (text.length() >= ENOUGH_TEXT && BlockText.linkDensity(e.content()) > MOSTLY_LINKS) {
                // a list of links (a sidebar's threads, a menu) is what a stricter pass finds when it removed the
                // article's box by its name ("comment" on a forum's first post): a later pass may find prose
                if (linkList == null) {
                    linkList = e;
                }
                continue;
            }
            if (lead != null) {
                // the pass that keeps boxes with unlikely names ("comment", "extra", "header") replaces the strict
                // pass's short find when it holds prose the find lacks; passes that clean less only add furniture
                return text.length() >= ENOUGH_TEXT && addsProse(e.content(), leadText) ? e : lead;
            }
            if (text.length() >= ENOUGH_TEXT) {
                // a short post that a stricter pass found whole is not made longer by the widgets beside it
                boolean onlyFurnitureAdded = best != null && !bestText.isBlank() && text.contains(opening(bestText))
                        && !addsProse(e.content(), bestText);
                if (onlyFurnitureAdded) {
                    return best;
                }
                if (text.length() >= 2 * ENOUGH_TEXT || !pass.dropUnlikely()) {
                    return e;
                }
                // a paragraph or two may be all the strict pass finds when the article's box has a name it drops
                // ("comment-first" on a forum's opening post): the next pass, which keeps such boxes, is asked
                lead = e;
                leadText = text;
                continue;
            }
            // among short finds, the strictest pass's stands (a short post, not the cookie notice that a pass
            // removing less finds beside it), unless a later pass holds it and more
            if (best == null || bestText.isBlank() || (text.length() > bestText.length() && text.contains(opening(bestText)))) {
                best = e;
                bestText = text;
            }
        }
        if (lead != null) {
            return lead;
        }
        return linkList != null && (best == null || bestText.isBlank()) ? linkList : best;
    }

    /** More of its text in links than this, a content is a list of links, not an article. */
    private static final double MOSTLY_LINKS = 0.5;

    /**
     * Whether {@code content} holds, beyond {@code shorter}, sentences of its own: unlinked blocks of some words
     * that end a sentence, as opposed to the labels, forms and link lists of the page around a short post.
     */
    private static boolean addsProse(Element content, String shorter) {
        int prose = 0;
        for (Element block : content.select(LEAF_BLOCKS)) {
            // select() holds the block itself, so more is a box judged by its leaves; a form's text leaves with
            // the form (BodySanitizer); readers' comments are not the article's prose
            if (block.select(LEAF_BLOCKS).size() > 1 || block.closest("form") != null
                    || Attempt.inCommentsOrForm(block, content)) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty() && !shorter.contains(text) && BlockText.linkDensity(block) < 0.5
                    && text.split("\\s+").length >= SENTENCE_WORDS && FULL_STOP.matcher(text).find()) {
                prose += text.length();
            }
        }
        return prose >= ADDED_PROSE;
    }

    private static int sentenceEnds(String text) {
        int n = 0;
        Matcher m = SENTENCE_ENDS.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The start of a text, enough to recognise it in a longer one. */
    private static String opening(String text) {
        return text.substring(0, Math.min(60, text.length()));
    }

    /** One search over a scratch copy of the page. */
    private static final class Attempt {
        private final Document doc;
        private final Pass pass;
        private final String title;
        private final boolean findByline;
        private final Map<Element, Double> scores = new IdentityHashMap<>();
        private String byline;
        private final String siteHost;
        private boolean titleHeadingRemoved;

        Attempt(Document doc, Pass pass, String title, boolean findByline, String siteHost) {
            this.doc = doc;
            this.pass = pass;
            this.title = title == null ? "" : title;
            this.findByline = findByline;
            this.siteHost = siteHost;
        }

        Extraction run() {
            PagePreparation.prepare(doc);
            Element body = doc.body();
            List<Element> toScore = walk(body);
            List<Element> candidates = score(toScore);
            Element top = chooseTop(candidates, body);
            Element content = gatherWithSiblings(top);
            new ContentCleanup(pass.weighClasses(), pass.cleanConditionally()).clean(content);
            String bio = cleanArticleBox(content, true, siteHost);
            return new Extraction(content, byline, bio);
        }

        /** Drops what cannot be content and lists the blocks to score, turning text-only divs into paragraphs. */
        private List<Element> walk(Element body) {
            if (findByline) {
                takeByline(body);
            }
            // a subheading only like the title ("Ab wann legen Hühner Eier?") is the article's own when the page has
            // a heading closer to it, even one in a header that leaves as furniture
            double closestToTitle = body.select("h1, h2").stream()
                    .mapToDouble(h -> TextSimilarity.of(title, h.text())).max().orElse(0);
            List<Element> toScore = new ArrayList<>();
            for (Element e : new ArrayList<>(body.getAllElements())) {
                ArticleDeadline.check();
                if (e == body || !BlockText.attached(e)) {
                    continue;
                }
                String tag = e.normalName();
                if (!PagePreparation.visible(e)) {
                    e.remove();
                    continue;
                }
                if (!titleHeadingRemoved && (tag.equals("h1") || tag.equals("h2"))
                        && TextSimilarity.of(title, e.text()) > Math.max(0.75, closestToTitle - 0.1)) {
                    titleHeadingRemoved = true;
                    e.remove();
                    continue;
                }
                if (pass.dropUnlikely() && !tag.equals("a") && !tag.equals("article") && BlockHints.unlikely(e)
                        && !BlockText.hasAncestor(e, "table") && !BlockText.hasAncestor(e, "code")
                        && e.selectFirst("math") == null) {
                    e.remove();
                    continue;
                }
                if (EMPTY_IF_BLANK.contains(tag) && withoutContent(e)) {
                    e.remove();
                    continue;
                }
                if (SCORED.contains(tag)) {
                    toScore.add(e);
                }
                if (tag.equals("div")) {
                    toScore.addAll(wrapLooseText(e));
                    Element onlyParagraph = singleParagraph(e);
                    if (onlyParagraph != null && BlockText.linkDensity(e) < 0.25) {
                        // the box's names stay with its paragraph, for the cleanup to know it by (the author's box, a
                        // promotion, a consent dialog)
                        if (onlyParagraph.className().isEmpty() && !e.className().isEmpty()) {
                            onlyParagraph.attr("class", e.className());
                        }
                        if (onlyParagraph.id().isEmpty() && !e.id().isEmpty()) {
                            onlyParagraph.id(e.id());
                        }
                        e.replaceWith(onlyParagraph);
                        toScore.add(onlyParagraph);
                    } else if (e.select("*").stream().noneMatch(d -> d != e && BLOCKS_IN_DIV.contains(d.normalName()))) {
                        e.tagName("p");
                        toScore.add(e);
                    }
                }
            }
            return toScore;
        }

        /**
         * The first visible short block marked as a byline leaves the content and
         * becomes the byline: its most specific part (a name inside "By Name, 3 May")
         * when it marks one.
         */
        private void takeByline(Element body) {
            for (Element e : body.getAllElements()) {
                ArticleDeadline.check();
                if (e == body || !BlockHints.byline(e) || !isBylineLength(e) || !visibleWithAncestors(e, body)
                        || inCommentsOrForm(e, body)) {
                    continue;
                }
                Element name = e.selectFirst("[itemprop=name]");
                if (name == null || name.text().isBlank()) {
                    name = e.select("*").stream().filter(d -> d != e && BlockHints.byline(d) && !d.text().isBlank())
                            .findFirst().orElse(e);
                }
                byline = name.text().strip();
                e.remove();
                return;
            }
        }

        /**
         * A commenter's name or a comment form's "Name" label is no byline of the article, and readers' prose is
         * none of its text.
         */
        static boolean inCommentsOrForm(Element e, Element body) {
            for (Element p = e; p != null && p != body; p = p.parent()) {
                if (p.normalName().matches("form|label|input|textarea") || COMMENTS.matcher(BlockHints.classAndId(p)).find()) {
                    return true;
                }
            }
            return false;
        }

        private static boolean visibleWithAncestors(Element e, Element body) {
            for (Element p = e; p != null && p != body; p = p.parent()) {
                if (!PagePreparation.visible(p)) {
                    return false;
                }
            }
            return true;
        }

        private boolean isBylineLength(Element e) {
            int n = e.text().strip().length();
            return n > 0 && n < 100;
        }

        /** Runs of text and inline elements directly in a div that also holds blocks become paragraphs. */
        private List<Element> wrapLooseText(Element div) {
            List<Element> made = new ArrayList<>();
            boolean hasBlock = div.childNodes().stream().anyMatch(n -> !BlockText.isPhrasing(n));
            if (!hasBlock) {
                return made;
            }
            Element paragraph = null;
            for (Node child : new ArrayList<>(div.childNodes())) {
                if (BlockText.isPhrasing(child)) {
                    if (paragraph == null) {
                        if (BlockText.isWhitespace(child)) {
                            continue;
                        }
                        paragraph = doc.createElement("p");
                        child.before(paragraph);
                        made.add(paragraph);
                    }
                    paragraph.appendChild(child);
                } else {
                    paragraph = null;
                }
            }
            return made;
        }

        private static Element singleParagraph(Element div) {
            if (div.childrenSize() != 1 || !div.child(0).normalName().equals("p")) {
                return null;
            }
            for (Node n : div.childNodes()) {
                if (n instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
                    return null;
                }
            }
            return div.child(0);
        }

        private static boolean withoutContent(Element e) {
            if (!e.text().isBlank()) {
                return false;
            }
            for (Element child : e.children()) {
                if (!child.normalName().equals("br") && !child.normalName().equals("hr")) {
                    return false;
                }
            }
            return true;
        }

        /** Gives each block's points to up to five ancestors; returns the containers that received any. */
        private List<Element> score(List<Element> toScore) {
            List<Element> candidates = new ArrayList<>();
            for (Element block : toScore) {
                ArticleDeadline.check();
                if (block.parent() == null || !BlockText.attached(block)) {
                    continue;
                }
                String text = block.text();
                if (text.length() < 25) {
                    continue;
                }
                // commas mark prose, but a list of "Name, affiliation" lines has as many without one sentence
                int commas = Math.min(BlockText.commas(text), COMMAS_PER_SENTENCE * (1 + sentenceEnds(text)));
                double points = 2 + commas + Math.min(text.length() / 100, 3);
                int level = 0;
                for (Element a = block.parent(); a != null && level < 5; a = a.parent(), level++) {
                    if (a.parent() == null || a.parent() instanceof Document) {
                        break;
                    }
                    if (!scores.containsKey(a)) {
                        scores.put(a, baseScore(a));
                        candidates.add(a);
                    }
                    double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                    scores.merge(a, points / divider, Double::sum);
                }
            }
            for (Element c : candidates) {
                ArticleDeadline.check();
                scores.put(c, scores.get(c) * (1 - BlockText.linkDensity(c)));
            }
            return candidates;
        }

        private double baseScore(Element e) {
            double s = switch (e.normalName()) {
                case "div" -> 5;
                case "pre", "td", "blockquote" -> 3;
                case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
                case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
                default -> 0;
            };
            return s + (pass.weighClasses() ? BlockHints.weight(e) : 0);
        }

        private double scoreOf(Element e) {
            return scores.getOrDefault(e, 0.0);
        }

        private Element chooseTop(List<Element> candidates, Element body) {
            List<Element> ranked = candidates.stream().filter(BlockText::attached)
                    .sorted(Comparator.comparingDouble(this::scoreOf).reversed()).limit(5).toList();
            Element top = ranked.isEmpty() ? null : ranked.get(0);
            if (top == null || top.normalName().equals("body")) {
                Element all = doc.createElement("div");
                for (Node n : new ArrayList<>(body.childNodes())) {
                    all.appendChild(n);
                }
                body.appendChild(all);
                scores.put(all, baseScore(all));
                return all;
            }
            top = commonAncestorOfRivals(top, ranked, body);
            top = commonAncestorOfSections(top, candidates, body);
            top = climbWhileParentsScoreWell(top, body);
            // a wrapper with nothing else in it holds the same article
            while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
                top = top.parent();
            }
            Element marked = markedArticle(body);
            if (marked != null && marked != top && !marked.parents().contains(top)
                    && (!top.parents().contains(marked) || BlockHints.authorBox(top))) {
                // the page says where its article is, and the best-scoring block is elsewhere, or is the author's
                // box in it: a bio or a sidebar's prose outweighed a post of short lines and links
                top = marked;
            }
            scores.putIfAbsent(top, baseScore(top));
            return top;
        }

        /**
         * The one element the page marks as its article: its articleBody, else its one {@code <article>} with
         * text of its own (teasers in asides and footers are not it). None when the page marks several.
         */
        private static Element markedArticle(Element body) {
            List<Element> marked = substantial(body.select("[itemprop=articleBody]"));
            if (marked.isEmpty()) {
                marked = substantial(body.select("article").stream()
                        .filter(a -> a.parents().stream().noneMatch(p -> p.is("article, aside, nav, footer, header"))
                                && !inCommentsOrForm(a, body))
                        .toList());
            }
            return marked.size() == 1 ? marked.get(0) : null;
        }

        private static List<Element> substantial(List<Element> elements) {
            return elements.stream().filter(e -> e.text().length() >= MARKED_ARTICLE_TEXT).toList();
        }

        /** When three or more rivals score nearly as well, the article is the container they share. */
        private Element commonAncestorOfRivals(Element top, List<Element> ranked, Element body) {
            List<Element> rivals = ranked.stream().skip(1).filter(c -> scoreOf(c) / scoreOf(top) >= 0.75).toList();
            if (rivals.size() < 3) {
                return top;
            }
            for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
                int containing = 0;
                for (Element r : rivals) {
                    if (r.parents().contains(p)) {
                        containing++;
                    }
                }
                if (containing >= 3) {
                    scores.putIfAbsent(p, baseScore(p));
                    return p;
                }
            }
            return top;
        }

        /**
         * An article set as a series of boxes of one kind (each section a "paragraph-text" block under its own
         * subheading) puts its points in each box: when boxes like the top one, with the same tag and classes and
         * a fair share of its score, stand elsewhere under a near ancestor, the article is that ancestor.
         */
        private Element commonAncestorOfSections(Element top, List<Element> candidates, Element body) {
            if (top.className().isBlank()) {
                return top;
            }
            double least = scoreOf(top) * 0.25;
            List<Element> like = candidates.stream().filter(c -> c != top && BlockText.attached(c)
                    && sameKind(c, top) && scoreOf(c) >= least).toList();
            if (like.isEmpty()) {
                return top;
            }
            int level = 0;
            for (Element p = top.parent(); p != null && p != body && level < 6; p = p.parent(), level++) {
                Element ancestor = p;
                if (like.stream().anyMatch(c -> c.parents().contains(ancestor))) {
                    if (BlockText.linkDensity(ancestor) > 0.3) {
                        return top;
                    }
                    scores.putIfAbsent(ancestor, baseScore(ancestor));
                    scores.put(ancestor, Math.max(scores.get(ancestor), scoreOf(top)));
                    return ancestor;
                }
            }
            return top;
        }

        /**
         * Boxes of one kind: the same tag and classes, though the first of a series may carry one more
         * ("content lead" where the others say only "content").
         */
        private static boolean sameKind(Element box, Element top) {
            return box.normalName().equals(top.normalName()) && !box.classNames().isEmpty()
                    && top.classNames().containsAll(box.classNames())
                    && top.classNames().size() <= box.classNames().size() + 1;
        }

        private Element climbWhileParentsScoreWell(Element top, Element body) {
            double last = scoreOf(top);
            double threshold = last / 3;
            for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
                if (!scores.containsKey(p)) {
                    continue;
                }
                double s = scores.get(p);
                if (s < threshold) {
                    break;
                }
                if (s > last) {
                    return p;
                }
                last = s;
            }
            return top;
        }

        /** The top container and those of its siblings that belong to the article, in page order. */
        private Element gatherWithSiblings(Element top) {
            Element content = doc.createElement("div");
            Element parent = top.parent();
            if (parent == null) {
                content.appendChild(top);
                return content;
            }
            double topScore = scoreOf(top);
            double threshold = Math.max(10, topScore * 0.2);
            for (Element sibling : new ArrayList<>(parent.children())) {
                if (sibling == top || belongs(sibling, top, topScore, threshold)) {
                    content.appendChild(sibling);
                }
            }
            doc.body().appendChild(content);
            return content;
        }

        private boolean belongs(Element sibling, Element top, double topScore, double threshold) {
            double bonus = !top.className().isEmpty() && sibling.className().equals(top.className()) ? topScore * 0.2 : 0;
            if (scores.containsKey(sibling) && scores.get(sibling) + bonus >= threshold) {
                return true;
            }
            if (sibling.normalName().equals("p")) {
                double density = BlockText.linkDensity(sibling);
                String text = sibling.text();
                if (text.length() > 80) {
                    return density < 0.25;
                }
                return !text.isEmpty() && density == 0 && SENTENCE_END.matcher(text).find();
            }
            return false;
        }
    }
}
