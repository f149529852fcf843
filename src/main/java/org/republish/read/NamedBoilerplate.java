package org.republish.read;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.republish.model.ArticleDeadline;

/**
 * Removes the parts of extracted content that the site itself names as
 * something other than the article, whatever their tag: a paragraph of class
 * "editorial-disclaimer", a span "post-meta", a section "related-topics", a
 * list "entry-utility". The scorer only weighs containers, so such pieces
 * ride along inside the article's box. A named part that holds much of the
 * content is left alone: a site that names its article box "post-meta" must
 * not lose the article.
 */
final class NamedBoilerplate {

    /**
     * "meta" as a word of a name ("entry-meta", "ContentMetaInfo", "postmetadata"), not inside one ("timetable",
     * "metallic").
     */
    private static final String META = "(?:(?<![A-Za-z])(?i:meta)|(?<=[a-z])(?-i:Meta)|(?i:post|entry)meta)(?!l)";

    /**
     * Names of site furniture, matched in class and id: navigation and widgets, the post's metadata line,
     * teasers of other articles, comments, calls to subscribe or donate, advertisements' slots,
     * disclaimers, a wiki's "[edit]" links. Short names stand as words, and a BEM element ("c-sheet__tags") is a word.
     */
    private static final Pattern NAMES = Pattern.compile("(?i)footer|related|sharing|share-|social|news-?letter"
            + "|third-party|subscri|cookie|consent|sidebar|widget|breadcrumb|pagination|pager(?![a-z])|menu|navbar|nav-"
            + "|subnav|tag-?list|tag-?cloud|(?<![a-z])tags(?![a-z])|post-?tags|rating|" + META + "|timestamp|published-date"
            + "|disclaimer|disclosure|affiliate|promo|advert|outbrain|taboola"
            + "|comment|kommentar|utility|(?<![a-z])cta(?![a-z])|print-?button|recipe-print|donat|spende"
            + "|jump-to|skip-link|read-?more|more-?link|usedproducts|user-?profile|editsection"
            // consent managers' and push services' dialogs
            + "|(?<![a-z])cmp(?![a-z])|didomi|sp_message|usercentrics|cookiebot|onesignal|(?:push|notification)-?prompt"
            // a box of more stories, a sign-up box, an advertisement's slot ("ad-container", "inline-ad"); not "ad" or
            // "ads" alone (minified class names and a mail client's pasted markup use them for anything), not
            // "paywall" (many sites name so the box holding the article's paid part)
            + "|recirc|more-?stories|sign-?up|(?<![A-Za-z])(?:ad-?(?:container|slot|unit|box|banner|label"
            + "|placeholder|inline)|inline-ad)(?![A-Za-z])");

    /**
     * Names of controls: "read more" is also the name of the box a long text folds into, so a part so named
     * leaves only when it is as short as a button.
     */
    private static final Pattern CONTROL_NAMES = Pattern.compile("(?i)read-?more|more-?link");
    private static final int CONTROL_TEXT_AT_MOST = 40;

    /**
     * A teaser is a link to another article, but many sites also call their own article's lead a "teaser": a part
     * so named is furniture only when it is mostly link.
     */
    private static final Pattern TEASER_NAMES = Pattern.compile("(?i)teaser");
    private static final double MOSTLY_LINK = 0.5;

    /** The generic name of a box that a publishing tool gives anything, pictures included. */
    private static final Pattern WIDGET_NAMES = Pattern.compile("(?i)widget");

    /**
     * The metadata line ("meta", "entry-meta") is a line; a header box so named that holds paragraphs or
     * headings holds the article's standfirst too.
     */
    private static final Pattern META_NAMES = Pattern.compile(META);

    /** A line with fewer words in a metadata box is one of its lines (a date, a byline), not a standfirst. */
    private static final int WORDS_OF_PROSE = 6;
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    /** A sentence of some length: words, then a full stop. */
    private static final Pattern EMPHASISED_SENTENCE = Pattern.compile("(?s)\\p{Lu}.{38,}[.!?…]");

    /**
     * A page builder calls every block a widget ("elementor-widget elementor-widget-text-editor"): what follows
     * the word is the block's kind ("elementor-widget-share-buttons"), the word itself says nothing.
     */
    private static final Pattern BUILDER_WIDGET = Pattern.compile("^elementor-widget(?=$|-)");

    /** Content-like names that win over the names above ("post-content-meta" is the article box). */
    private static final Pattern CONTENT_NAMES = Pattern.compile(
            "(?i)article-?body|articlebody|entry-?content|post-?(?:body|content|text)|story-?body|main-?content|quote");

    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "cite", "em", "font", "i", "label", "mark",
            "q", "s", "small", "span", "strong", "sub", "sup", "time", "u");

    /** A named part with more than this share of the content's text is not furniture. */
    private static final double MOST_OF_THE_CONTENT = 0.3;
    /** Named parts holding more than this share of the text together are the article's own pieces. */
    private static final double MOST_OF_THE_CONTENT_TOGETHER = 0.5;

    private NamedBoilerplate() {
    }

    static void clean(Element content) {
        int total = content.text().length();
        if (total == 0) {
            return;
        }
        // outermost parts only, in page order
        Set<Element> furniture = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : content.select("*")) {
            ArticleDeadline.check();
            if (e == content || insideAny(e, furniture, content) || inRunningText(e) || e.closest("figcaption") != null
                    || !(named(e) || linkedTeaser(e)) || BlockHints.authorBox(e) || inCodeOrData(e, content)
                    || e.selectFirst("math") != null) {
                // an equation's renderer names its box after its context menu ("MathJax CtxtMenu_Attached_0")
                continue;
            }
            if (e.text().length() > total * MOST_OF_THE_CONTENT || folded(e) || headerBox(e)
                    || captionedPicture(e)) {
                continue;
            }
            furniture.add(e);
        }
        // parts so named that together hold most of the text are how the site names its article's pieces (a live
        // ticker's entries, each a "comment"), not furniture around it
        int named = 0;
        for (Element e : furniture) {
            named += e.text().length();
        }
        if (named > total * MOST_OF_THE_CONTENT_TOGETHER) {
            return;
        }
        furniture.forEach(Element::remove);
    }

    private static boolean insideAny(Element e, Set<Element> parts, Element content) {
        for (Element a = e.parent(); a != null && a != content; a = a.parent()) {
            if (parts.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A picture with a caption in a box the site calls a widget ("dnd-widget-wrapper type-image"): the
     * caption is its own text, where a teaser's thumbnail comes with the text of a link.
     */
    private static boolean captionedPicture(Element e) {
        if (!onlyNamed(e, WIDGET_NAMES) || e.selectFirst("img, picture, video, figure") == null) {
            return false;
        }
        int text = e.text().length();
        int linked = 0;
        for (Element a : e.select("a")) {
            linked += a.text().length();
        }
        return text > 0 && linked * 2 < text;
    }

    private static boolean linkedTeaser(Element e) {
        return TEASER_NAMES.matcher(hints(e)).find() && !CONTENT_NAMES.matcher(hints(e)).find()
                && (e.closest("a") != null || BlockText.linkDensity(e) >= MOSTLY_LINK);
    }

    /** A long text folded behind a "read more" control, not the control. */
    private static boolean folded(Element e) {
        return onlyNamed(e, CONTROL_NAMES) && e.text().length() > CONTROL_TEXT_AT_MOST;
    }

    /**
     * A box named "meta" that holds more than the metadata line: a header box with paragraphs or headings of prose
     * (the standfirst rides in it), a metadata line whose emphasised sentence is the standfirst ("Red. / 31.10.2023
     * <strong>The former colony is in decline.</strong>"), a list of sources, a picture's caption and credit
     * ("image-metadata") or a recipe's times and servings ("wprm-recipe-meta-container").
     */
    private static boolean headerBox(Element e) {
        if (!onlyNamed(e, META_NAMES)) {
            return false;
        }
        // select() includes e itself: a paragraph named "postmetadata" is the line, not a box holding paragraphs
        if (e.select("p, li, h1, h2, h3, h4, h5, h6").stream().anyMatch(p -> p != e && prose(p.text()))
                || e.closest("figure, figcaption, [class*=recipe], [itemtype*=Recipe]") != null) {
            return true;
        }
        for (Element emphasis : e.select("strong, b, em")) {
            if (EMPHASISED_SENTENCE.matcher(emphasis.text().strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean prose(String text) {
        return WORD.matcher(text).results().limit(WORDS_OF_PROSE).count() == WORDS_OF_PROSE;
    }

    /** Whether the only furniture names of {@code e} are those of {@code kind}. */
    private static boolean onlyNamed(Element e, Pattern kind) {
        String others = kind.matcher(hints(e)).replaceAll(" ");
        return kind.matcher(hints(e)).find() && !NAMES.matcher(others).find();
    }

    static boolean named(Element e) {
        String hints = hints(e);
        return NAMES.matcher(hints).find() && !CONTENT_NAMES.matcher(hints).find();
    }

    private static String hints(Element e) {
        StringBuilder hints = new StringBuilder(idFromWords(e) ? "" : e.id());
        for (String c : e.classNames()) {
            // a state or modifier ("has-sharing", "is-commentable") says what the block holds, not what it is
            if (!BlockHints.modifier(c)) {
                hints.append(' ').append(BUILDER_WIDGET.matcher(c).replaceFirst(""));
            }
        }
        return hints.toString();
    }

    /**
     * Whether the id of {@code e} is made from its words ("#iterating-over-a-list",
     * "#sharing-with-a-single-developer") rather than a name for its role: the ids of headings and inline
     * anchors usually are, and so is an id whose every word opens the element's text.
     */
    private static boolean idFromWords(Element e) {
        if (e.normalName().matches("h[1-6]") || INLINE.contains(e.normalName())) {
            return true;
        }
        String[] words = e.id().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        String opening = e.text().toLowerCase(Locale.ROOT);
        opening = opening.substring(0, Math.min(opening.length(), 200));
        int found = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                if (!opening.contains(w)) {
                    return false;
                }
                found++;
            }
        }
        return found >= 2;
    }

    /**
     * Whether {@code e} is a piece of a sentence: an inline element beside text of its parent, such as a place
     * name linked with class "meta-loc". Removing it would take words out of the author's sentence.
     */
    private static boolean inRunningText(Element e) {
        Element parent = e.parent();
        return INLINE.contains(e.normalName()) && parent != null && !parent.ownText().isBlank();
    }

    private static boolean inCodeOrData(Element e, Element content) {
        for (Element a = e; a != null && a != content; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("pre") || tag.equals("code") || tag.equals("table") || tag.equals("blockquote")) {
                return true;
            }
        }
        return false;
    }
}
