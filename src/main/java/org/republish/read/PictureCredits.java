package org.republish.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.republish.model.Article;

/**
 * A picture's credit in its caption ("Foto: GdP/Hagen Immel", "© AFP / Marco Bertorello", "(REUTERS/Denis
 * Balibouse)") credits the picture, not the article, whose licence seldom covers the picture. It leaves the
 * article's text and goes onto the picture ({@value Article#PICTURE_CREDIT}); the caption's description stays. The
 * outputs show the credit beside the picture, or, for a picture they leave out (one on the web is never fetched),
 * beside the alt text standing in for it: an editor still reads whom to ask. A credit line of its own ("Foto: Jane
 * Doe" under the lead picture or closing the article) goes onto the picture before it. With no picture to credit,
 * the credit leaves.
 */
final class PictureCredits {

    /** Class or id tokens of a picture's caption. */
    private static final Pattern CAPTION_NAME = Pattern.compile("(?i)(?:^|[\\s_-])(?:caption|figcaption"
            + "|wp-caption-text|legend|bildunterschrift|imagedescription|(?:image|img|photo|foto|bild|media|picture|pic)"
            + "-?(?:caption|description|desc|text|info|annotation|legend|credits?|copyright|source|subtitle))(?:$|[\\s_-])");
    /** Class or id tokens of the credit's own box in a caption. */
    private static final Pattern CREDIT_NAME = Pattern.compile("(?i)(?:^|[\\s_-])(?:credits?|copyright"
            + "|photographer|fotograf|attribution|source|quelle|urheber|bildnachweis|autor|author)(?:$|[\\s_-])");

    /** schema.org properties a page marks its picture's credit with, within the caption ("copyrightHolder"). */
    private static final Pattern CREDIT_PROPERTY = Pattern.compile("(?i)(?:^|\\s)(?:copyrightHolder|copyrightNotice"
            + "|creditText|creator|author)(?:$|\\s)");
    /** A label that says what follows is a picture's credit: "Foto:", "Photo by", "Crédits photos :". */
    private static final String PICTURE_LABEL = "(?:(?:fotos?|photos?|photograph(?:y|ie)?|fotograf(?:ie|ía)?|bild(?:er)?"
            + "|images?|imagen(?:es)?|pictures?|illustrations?|grafik)\\s*(?::|(?:by|von|par|di)\\b(?=\\s+(?-i:\\p{Lu})))"
            + "|(?:bildquelle|titelbild|bildnachweis|fotonachweis|cr[ée]dits?(?:\\s+photos?)?|cr[ée]ditos?(?:\\s+fotos?)?"
            + "|credits?|image\\s+credits?|photo\\s+credits?|foto\\s*/\\s*video)\\s*:"
            // a broadcaster's label read out before the credit: "Image source, Getty Images"
            + "|(?:image source|fuente de la imagen|fonte da imagem|crédit photo|source de l'image)\\s*,)";
    /** In a caption, a source or copyright label also credits the picture (a chart's "Source: ..."). */
    private static final String LABEL = "(?:" + PICTURE_LABEL + "|(?:copyright|quelle|fuente|source)\\s*:)";
    /** A name in a credit: capitalised words, with the small words names hold ("Presse- und Informationsamt der"). */
    private static final String NAME = "\\p{Lu}[\\p{L}\\p{M}\\p{N}.'&-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}\\p{N}.'&-]*"
            + "|und|and|der|des|de|del|da|do|dos|la|le|von|van|of|et|e|y|für))*";
    /** Picture agencies named alone as a credit. */
    private static final String AGENCY = "(?:Getty Images|AFP|dpa|Reuters|REUTERS|AP|Keystone|imago(?: images)?"
            + "|Shutterstock|iStock(?:photo)?|picture alliance|EPA|EFE|ANSA|Xinhua|Unsplash|Pixabay|Pexels)";
    /** What a credit says after its mark: a line of names, not sentences. */
    private static final String BODY = "[^\\n]{1,100}";

    /** The whole text of a box in a caption that is a credit and nothing else. */
    private static final Pattern WHOLE = Pattern.compile("(?iu)[(\\[]?\\s*(?:©|\\(c\\)|" + LABEL + ")" + BODY
            + "|(?-i)(?:©\\s*)?" + NAME + "(?:\\s*[/|]\\s*" + NAME + ")+\\.?|(?-i)" + AGENCY);
    /** A credit closing a caption's description, after the end of its sentence or a separator. */
    private static final Pattern TAIL = Pattern.compile("(?iu)(?:^\\s*|(?<=[.!?…)»\"”:])\\s+|\\s+[|–—/-]\\s+|\\s+(?=©))"
            + "(?:[(\\[]\\s*)?(?:©|" + LABEL + ")" + BODY + "$");
    /** A credit in brackets closing a caption: "(REUTERS/Denis Balibouse)", "(AP Photo/Evan Vucci)". */
    private static final Pattern BRACKETED_TAIL = Pattern.compile("(?u)\\s*\\((?:©\\s*)?" + NAME
            + "(?:\\s*/\\s*" + NAME + ")+\\)\\.?$");
    /** A line of its own that credits a picture: "Foto: Jane Doe", "Crédit photo : KB / Bondy Blog". */
    private static final Pattern CREDIT_LINE = Pattern.compile("(?iu)[(\\[]?\\s*(?:©\\s*)?" + PICTURE_LABEL + BODY);
    /** Two sentences: a description, not a credit. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?u)\\p{Ll}{2,}[.!?]\\s+\\p{Lu}");
    private static final Pattern REPEATED_WORD = Pattern.compile("(?u)^(\\p{L}+) \\1\\b");
    private static final int CREDIT_AT_MOST = 120;
    private static final int CAPTION_ELEMENTS_AT_MOST = 60;

    private PictureCredits() {
    }

    static void remove(Element content) {
        Set<Element> captions = new LinkedHashSet<>();
        List<Element> creditLines = new ArrayList<>();
        Map<Element, Element> pictureBefore = new HashMap<>();
        Element lastPicture = null;
        for (Element e : content.getAllElements()) {
            if (e.is("img")) {
                lastPicture = e;
            }
            if (e != content && (e.is("figcaption, figure") || CAPTION_NAME.matcher(e.className()).find()
                    || CAPTION_NAME.matcher(e.id()).find()) && small(e)) {
                captions.add(e);
                pictureBefore.put(e, lastPicture);
            } else if (e != content && e.is("p, div") && creditLine(e)) {
                // a credit line of its own (under the lead picture, or closing the article) credits a picture too
                creditLines.add(e);
                pictureBefore.put(e, lastPicture);
            }
        }
        for (Element line : creditLines) {
            if (BlockText.within(line, content)) {
                keepOnPicture(pictureBefore.get(line), line.text());
                BoilerplateBlocks.removeWithEmptyParents(line, content);
            }
        }
        for (Element caption : captions) {
            // a figure of code, a table or a quotation has no picture to credit
            boolean picture = !caption.is("figure") || caption.selectFirst("img, picture") != null;
            if (picture && BlockText.within(caption, content)) {
                removeCredits(caption, pictureOf(caption, pictureBefore.get(caption), content));
            }
        }
    }

    private static boolean creditLine(Element line) {
        for (Element child : line.children()) {
            if (child.isBlock()) {
                return false; // a box of lines: its lines are judged
            }
        }
        String text = line.text().strip();
        return text.length() <= CREDIT_AT_MOST && CREDIT_LINE.matcher(text).matches()
                && !SENTENCE_END.matcher(text).find();
    }

    /**
     * A caption is a few elements; a box of thousands named "caption" (or nested "figure"s on a damaged page) is
     * none, and reading each of its parts' text would take time that grows with the square of its size.
     */
    private static boolean small(Element box) {
        int[] elements = {0};
        box.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return node instanceof Element && ++elements[0] > CAPTION_ELEMENTS_AT_MOST ? FilterResult.STOP
                        : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        });
        return elements[0] <= CAPTION_ELEMENTS_AT_MOST;
    }

    /**
     * The credit goes onto the picture it credits, which the outputs show as its alt text: an editor who wants the
     * picture still reads whom to ask. With no picture left in the article, it has nothing to credit.
     */
    private static void keepOnPicture(Element picture, String credit) {
        String text = credit.strip();
        if (picture == null || text.isEmpty()) {
            return;
        }
        String before = picture.attr(Article.PICTURE_CREDIT);
        picture.attr(Article.PICTURE_CREDIT, before.isEmpty() ? text : before + "; " + text);
    }

    private static void removeCredits(Element caption, Element picture) {
        for (Element e : new ArrayList<>(caption.getAllElements())) {
            if (!BlockText.within(e, caption) && e != caption) {
                continue;
            }
            String text = e.text().strip();
            if (text.isEmpty() || text.length() > CREDIT_AT_MOST || e.is("figure, img, picture")
                    || insideTextBlock(e, caption) || SENTENCE_END.matcher(text).find()) {
                continue;
            }
            // the caption itself named for its credit ("image-credit") may hold a description too
            boolean named = e != caption && (CREDIT_NAME.matcher(e.className()).find()
                    || CREDIT_NAME.matcher(e.id()).find() || CREDIT_PROPERTY.matcher(e.attr("itemprop")).find());
            if (named || WHOLE.matcher(text).matches() && (e == caption || standsApart(e))) {
                keepOnPicture(picture, spacedText(e));
                e.remove();
            }
        }
        trimTail(caption, picture);
    }

    /**
     * A credit box's text with its parts apart: a label and a name set in boxes of their own
     * ("<span>Credit</span><span>Jane Doe</span>") run together in the element's text. A label a page repeats for
     * screen readers is said once.
     */
    private static String spacedText(Element e) {
        StringBuilder text = new StringBuilder();
        e.traverse((Node node, int depth) -> {
            if (node instanceof TextNode t && !t.isBlank()) {
                text.append(' ').append(t.text().strip());
            }
        });
        return REPEATED_WORD.matcher(text.toString().strip().replaceAll("\\s+", " ")).replaceFirst("$1");
    }

    /** In a table, code, a quotation or a list within the caption: the caption's own matter, not its credit. */
    private static boolean insideTextBlock(Element e, Element caption) {
        for (Element a = e; a != null && a != caption.parent(); a = a.parent()) {
            if (a.is("table, pre, code, blockquote, li")) {
                return true;
            }
        }
        return false;
    }

    /** Not a link or a word within the caption's running text ("Foto: Jane Doe on <a>Unsplash</a>"). */
    private static boolean standsApart(Element e) {
        Node before = e.previousSibling();
        Node after = e.nextSibling();
        return !(before instanceof TextNode t && !t.isBlank()) && !(after instanceof TextNode t2 && !t2.isBlank());
    }

    /** Cuts a credit that closes the caption's last text. */
    private static void trimTail(Element caption, Element picture) {
        TextNode last = lastText(caption);
        if (last == null) {
            return;
        }
        String text = last.getWholeText();
        for (Pattern tail : List.of(TAIL, BRACKETED_TAIL)) {
            Matcher m = tail.matcher(text.stripTrailing());
            if (m.find() && !SENTENCE_END.matcher(m.group()).find()) {
                keepOnPicture(picture, m.group().strip().replaceFirst("^[|\u2013\u2014/-]\\s*", ""));
                last.text(text.substring(0, m.start()).stripTrailing());
                return;
            }
        }
    }

    private static TextNode lastText(Element caption) {
        List<TextNode> texts = new ArrayList<>();
        caption.traverse((Node node, int depth) -> {
            if (node instanceof TextNode t && !t.isBlank()) {
                texts.add(t);
            }
        });
        return texts.isEmpty() ? null : texts.get(texts.size() - 1);
    }

    /**
     * The picture a caption is about: its figure's, else the last one before it in the caption's box or the three
     * boxes around it (a caption follows its picture). None when the page's picture did not come with the article.
     */
    private static Element pictureOf(Element caption, Element before, Element content) {
        Element figure = caption.closest("figure");
        if (figure != null) {
            return figure.selectFirst("img");
        }
        Element scope = caption;
        for (int up = 0; up < 3 && scope != content && scope.parent() != null
                && (before == null || !BlockText.within(before, scope)); up++) {
            scope = scope.parent();
        }
        return before != null && BlockText.within(before, scope) ? before : null;
    }
}
