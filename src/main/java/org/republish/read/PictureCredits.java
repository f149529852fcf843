package org.republish.read;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A picture's credit in its caption ("Foto: GdP/Hagen Immel", "© AFP / Marco Bertorello", "(REUTERS/Denis
 * Balibouse)") credits the picture, not the article. A picture on the web is never fetched into the outputs, and
 * the article's licence seldom covers it: its credit leaves with it, and the caption's description stays. So does
 * a credit line of its own ("Foto: Jane Doe" under the lead picture or closing the article) when the article
 * carries no picture. A picture the outputs carry (a file saved beside the page, or one embedded in it) keeps its
 * credit.
 */
final class PictureCredits {

    /** Class or id tokens of a picture's caption. */
    private static final Pattern CAPTION_NAME = Pattern.compile("(?i)(?:^|[\\s_-])(?:caption|figcaption"
            + "|wp-caption-text|legend|bildunterschrift|imagedescription|(?:image|img|photo|foto|bild|media|picture|pic)"
            + "-?(?:caption|description|desc|text|info|annotation|legend|credits?|copyright|source|subtitle))(?:$|[\\s_-])");
    /** Class or id tokens of the credit's own box in a caption. */
    private static final Pattern CREDIT_NAME = Pattern.compile("(?i)(?:^|[\\s_-])(?:credits?|copyright"
            + "|photographer|fotograf|attribution|source|quelle|urheber|bildnachweis|autor|author)(?:$|[\\s_-])");

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
    private static final int CREDIT_AT_MOST = 120;
    /** A data: picture shorter than this is a placeholder for one loaded later, not the picture. */
    private static final int PLACEHOLDER_AT_MOST = 1000;

    private PictureCredits() {
    }

    static void remove(Element content) {
        Set<Element> captions = new LinkedHashSet<>();
        for (Element e : content.select("figcaption, figure, [class], [id]")) {
            if (e != content && (e.is("figcaption, figure") || CAPTION_NAME.matcher(e.className()).find()
                    || CAPTION_NAME.matcher(e.id()).find())) {
                captions.add(e);
            }
        }
        if (!carriesPicture(content)) {
            // a credit line of its own (under the lead picture, or closing the article) credits a picture too
            for (Element line : new ArrayList<>(content.select("p, div"))) {
                String text = line.text().strip();
                if (line != content && BlockText.within(line, content) && text.length() <= CREDIT_AT_MOST
                        && line.select("p, div, ul, ol, table, blockquote, h1, h2, h3, h4, h5, h6").size() == 1
                        && CREDIT_LINE.matcher(text).matches() && !SENTENCE_END.matcher(text).find()) {
                    BoilerplateBlocks.removeWithEmptyParents(line, content);
                }
            }
        }
        for (Element caption : captions) {
            // a figure of code, a table or a quotation has no picture to credit
            boolean picture = !caption.is("figure") || caption.selectFirst("img, picture") != null;
            if (picture && BlockText.within(caption, content) && !pictureCarried(caption, content)) {
                removeCredits(caption);
            }
        }
    }

    private static void removeCredits(Element caption) {
        for (Element e : new ArrayList<>(caption.getAllElements())) {
            if (!BlockText.within(e, caption) && e != caption) {
                continue;
            }
            String text = e.text().strip();
            if (text.isEmpty() || text.length() > CREDIT_AT_MOST || e.is("figure, img, picture")
                    || e.closest("table, pre, code, blockquote, li") != null || SENTENCE_END.matcher(text).find()) {
                continue;
            }
            // the caption itself named for its credit ("image-credit") may hold a description too
            boolean named = e != caption
                    && (CREDIT_NAME.matcher(e.className()).find() || CREDIT_NAME.matcher(e.id()).find());
            if (named || WHOLE.matcher(text).matches() && (e == caption || standsApart(e))) {
                e.remove();
            }
        }
        trimTail(caption);
    }

    /** Not a link or a word within the caption's running text ("Foto: Jane Doe on <a>Unsplash</a>"). */
    private static boolean standsApart(Element e) {
        Node before = e.previousSibling();
        Node after = e.nextSibling();
        return !(before instanceof TextNode t && !t.isBlank()) && !(after instanceof TextNode t2 && !t2.isBlank());
    }

    /** Cuts a credit that closes the caption's last text. */
    private static void trimTail(Element caption) {
        TextNode last = lastText(caption);
        if (last == null) {
            return;
        }
        String text = last.getWholeText();
        for (Pattern tail : List.of(TAIL, BRACKETED_TAIL)) {
            Matcher m = tail.matcher(text.stripTrailing());
            if (m.find() && !SENTENCE_END.matcher(m.group()).find()) {
                String kept = text.substring(0, m.start()).stripTrailing();
                last.text(kept.isEmpty() ? "" : kept);
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
     * Whether the caption's picture comes into the outputs: a path beside the page, or a picture embedded in it.
     * The picture is the figure's, or one in the caption's box or the two boxes around it.
     */
    private static boolean pictureCarried(Element caption, Element content) {
        Element scope = caption.closest("figure");
        if (scope == null) {
            scope = caption;
            for (int up = 0; up < 3 && scope != content && scope.parent() != null
                    && scope.selectFirst("img") == null; up++) {
                scope = scope.parent();
            }
        }
        return carriesPicture(scope);
    }

    /** Whether a picture in {@code box} comes into the outputs: a file beside the page, or one embedded in it. */
    private static boolean carriesPicture(Element box) {
        for (Element img : box.select("img")) {
            String src = img.attr("src").strip();
            if (src.startsWith("data:") ? src.length() > PLACEHOLDER_AT_MOST : LocalImages.relativePath(src)) {
                return true;
            }
        }
        return false;
    }
}
