package org.republish.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.republish.model.ArticleDeadline;

/**
 * The article's standfirst (lead, dek, intro): the sentence or two under the
 * headline that sites set in the article's header, apart from the body the
 * extractor finds. It is the article's own text, so when the content lacks it
 * it becomes the article's standfirst, which every layout sets under the
 * title. A standfirst is recognised by its name ("ts-intro", "lead",
 * "article-intro", "standfirst", French "chapo", German "artikel-teaser") or by saying what the page's description
 * says, and must follow the headline closely.
 */
final class Standfirst {

    private static final Pattern NAMES = Pattern.compile(
            "(?i)(?:^|[-_ ])(?:intro|lead|leader|leadtext|lede|dek|standfirst|subtitle|subline|summary|excerpt|abstract"
                    + "|teaser-?text|article-?intro|post-?intro|description|chapo|chapeau|arti[ck]el-?teaser)"
                    + "(?:$|[-_ ]|__)");
    /** Names of blocks that are not the article's own words even though they sit by the headline. */
    private static final Pattern NOT_STANDFIRST = Pattern.compile(
            "(?i)caption|credit|byline|author|meta|date|breadcrumb|share|nav|menu|related"
                    + "|(?<!arti[ck]el-?)teaser(?!-?text)|card");

    /** A box named for the page's furniture: "footer", "site-footer", "sidebar-left", "nav-main". */
    private static final Pattern FURNITURE = Pattern.compile("(?i)^(?:[a-z]+[-_])?(?:footer|sidebar|nav|navigation|menu|related)(?:$|[-_])");

    private static final int SHORTEST = 40;
    private static final int LONGEST = 700;
    /** How far up from the standfirst the headline may be found: they share a header box. */
    private static final int LEVELS_TO_HEADLINE = 4;
    private static final int ELEMENTS_APART = 25;

    private Standfirst() {
    }

    /** The page's standfirst, as text, when {@code content} does not hold it; else null. */
    static String find(Element content, Document page, String title, String description) {
        List<Element> headlines = headlines(page, title);
        if (headlines.isEmpty()) {
            return null;
        }
        Element found = null;
        for (Element e : page.body().select("p, div, h2, span")) {
            ArticleDeadline.check();
            if (candidate(e, headlines, description)) {
                found = e;
                break;
            }
        }
        if (found == null) {
            found = firstProseAfter(headlines);
        }
        if (found == null) {
            return null;
        }
        // a standfirst box of several paragraphs also holds the byline and the main picture's caption: its first
        // paragraph is the standfirst
        Element first = found.selectFirst("p");
        String text = (first != null && first != found ? first : found).text().replaceAll("[\\s\u00a0]+", " ").strip();
        String normalised = normalise(text);
        String have = normalise(content.text());
        if (text.length() < SHORTEST || have.contains(normalised.substring(0, Math.min(normalised.length(), 60)))) {
            return null;
        }
        return text;
    }

    /**
     * The page's headings that give the article's title (a site's logo in an h1 does not): a page may set the
     * title twice, in a sticky bar and over the article, and a theme may set it in an h2.
     */
    private static List<Element> headlines(Document page, String title) {
        if (title == null || title.isBlank()) {
            return List.of();
        }
        return page.body().select("h1, h2").stream().filter(h -> TextSimilarity.of(title, h.text()) > 0.6).toList();
    }

    private static boolean candidate(Element e, List<Element> headlines, String description) {
        // names first, and text only for a named block or one holding text of its own: an element's text is
        // the sum of its descendants', and the page has thousands of boxes
        String names = BlockHints.classAndId(e);
        boolean named = NAMES.matcher(names).find() && !NOT_STANDFIRST.matcher(names).find();
        boolean mayBeDescribed = !named && description != null && description.length() >= SHORTEST && !e.ownText().isBlank();
        if (!named && !mayBeDescribed) {
            return false;
        }
        String text = e.text().strip();
        if (text.length() < SHORTEST || text.length() > LONGEST
                || mayBeDescribed && !normalise(text).equals(normalise(description))) {
            return false;
        }
        if (BlockText.linkDensity(e) > 0.3 || !e.select("h1, h2, h3, h4, ul, ol, table, figure, img").stream()
                .allMatch(d -> d == e || aLeadSetAsAHeading(e, d)) || e.select("p").size() > 3
                || !PagePreparation.visible(e) || inFurniture(e)) {
            return false;
        }
        return headlines.stream().anyMatch(h -> followsClosely(e, h));
    }

    /**
     * The first line of prose after a headline, in the headline's own box, when no block is named a standfirst:
     * many sites set the standfirst in a plain paragraph or subheading under the headline ("<h1>…</h1><h2>In den
     * Vereinigten Staaten trommeln Aktivisten …</h2>"). Short lines between them (bylines, dates, reading times)
     * and the boxes that are not the article's words (captions, credits, furniture) are passed over; when that
     * first line is the body's first paragraph, the content holds it and there is no standfirst.
     */
    private static Element firstProseAfter(List<Element> headlines) {
        // from the first: a later one may head the comments ("2 Kommentare zu …"); when the first is in a
        // breadcrumb or a sticky bar, the one over the article follows it closely and takes its place
        Element headline = headlines.get(0);
        List<Element> all = headline.ownerDocument().getAllElements();
        int from = all.indexOf(headline);
        for (int i = from + 1; i < all.size() && i <= from + ELEMENTS_APART; i++) {
            Element e = all.get(i);
            if (headlines.contains(e)) {
                headline = e;
                from = i;
                continue;
            }
            if (!e.is("p, h2, h3, div") || e.ownText().isBlank() || e.parents().contains(headline)) {
                continue;
            }
            String text = e.text().strip();
            if (text.length() < SHORTEST || words(text) < PROSE_WORDS || text.contains(" | ")
                    || notTheArticlesWords(e) || inFurniture(e) || !PagePreparation.visible(e)) {
                // a line of metadata ("18.02.2022, 10:27 | Recht & Gesetz"), a caption
                continue;
            }
            boolean prose = text.length() <= LONGEST && BlockText.linkDensity(e) <= 0.3
                    && e.select("h1, h2, h3, h4, ul, ol, table, figure, img, p").stream().allMatch(d -> d == e);
            return prose && inHeadlinesBox(e, headline) ? e : null;
        }
        return null;
    }

    /** A standfirst is a sentence or two, not a label: "Von Heike Buchter" or "Lesezeit 3 Minuten" is no standfirst. */
    private static final int PROSE_WORDS = 8;

    private static long words(String text) {
        return Arrays.stream(text.split("\\s+")).filter(w -> w.codePoints().anyMatch(Character::isLetter)).count();
    }

    /** Boxes of pictures, whose text is a caption. */
    private static final Pattern PICTURE_BOX = Pattern.compile("(?i)image|img|photo|foto|picture|media|gallery");

    /** Whether the element or a box it stands in near by is named for something other than the article's words. */
    private static boolean notTheArticlesWords(Element e) {
        Element a = e;
        for (int level = 0; a != null && level < 3; level++, a = a.parent()) {
            String names = BlockHints.classAndId(a);
            if (NOT_STANDFIRST.matcher(names).find() || PICTURE_BOX.matcher(names).find()) {
                return true;
            }
        }
        return false;
    }

    /** A lead box whose whole text is set as one subheading ("Post__lead" holding an h2). */
    private static boolean aLeadSetAsAHeading(Element box, Element heading) {
        return heading.is("h2, h3, h4") && heading.text().length() == box.text().length()
                && box.select("h2, h3, h4").size() == 1;
    }

    /**
     * Whether {@code e} comes after the headline and close to it: they share a box a few levels up, or, on a
     * page that sets everything straight in its body, stand a few elements apart.
     */
    private static boolean followsClosely(Element e, Element headline) {
        // the page's elements in document order, once: only the few candidates that pass the text tests get here
        List<Element> all = e.ownerDocument().getAllElements();
        int apart = all.indexOf(e) - all.indexOf(headline);
        if (apart <= 0) {
            return false;
        }
        return inHeadlinesBox(e, headline) || apart <= ELEMENTS_APART;
    }

    /** Whether {@code e} stands in a box that also holds the headline, a few levels up from it. */
    private static boolean inHeadlinesBox(Element e, Element headline) {
        Element a = e.parent();
        for (int level = 0; a != null && !a.is("body, html") && level < LEVELS_TO_HEADLINE; level++, a = a.parent()) {
            if (headline.parents().contains(a)) {
                return true;
            }
        }
        return false;
    }

    private static boolean furnitureName(Element e) {
        List<String> names = new ArrayList<>(e.classNames());
        names.add(e.id());
        return names.stream().anyMatch(n -> !BlockHints.modifier(n) && FURNITURE.matcher(n).find());
    }

    private static boolean inFurniture(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a.is("nav, footer, aside, form, figure, figcaption, li") || furnitureName(a)) {
                return true;
            }
        }
        return false;
    }

    private static String normalise(String s) {
        return s.replaceAll("[\\s\u00a0]+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
