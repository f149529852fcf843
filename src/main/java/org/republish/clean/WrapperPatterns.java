package org.republish.clean;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What a republisher's wrapper around an article looks like: a "P.S." block
 * after the article, debris of an HTML comment, appeals for money or
 * subscribers. Shared by the wrapper transforms.
 */
final class WrapperPatterns {

    private static final Pattern POSTSCRIPT_HEADING = Pattern.compile("(?i)\\s*(?:P\\.?\\s?S\\.?|post-?scriptum)\\s*:?\\s*");

    /** Arrow-like debris of "-->" left by a broken comment or template. */
    private static final Pattern DEBRIS = Pattern.compile("[\\s\\p{P}\\p{S}]*(?:-->|—>|–>|->|<!--|=>)[\\s\\p{P}\\p{S}]*");

    private static final Pattern URL_TEXT = Pattern.compile("(?i)\\s*(?:https?://|www\\.)\\S+\\s*");

    private static final List<Pattern> APPEALS = List.of(
            Pattern.compile("(?i)\\bdonat(?:e|ion)s?\\b"),
            Pattern.compile("(?i)\\b(?:faites|faire) un don\\b"),
            Pattern.compile("(?i)\\b(?:subscribe|sign up) (?:to|for) (?:our|the)\\b.*\\b(?:newsletter|mailing list|digest)"),
            Pattern.compile("(?i)\\babonnez-vous\\b|\\binscrivez-vous\\b"),
            Pattern.compile("(?i)\\bfollow us on\\b|\\bsuivez-nous\\b"),
            Pattern.compile("(?i)\\bsupport (?:our|research-based|independent|quality|this) (?:\\w+ )?journalism\\b"),
            Pattern.compile("(?i)\\bsoutenez\\b"),
            Pattern.compile("(?i)\\bwe can give away our articles\\b"),
            Pattern.compile("(?i)\\bbecom(?:e|ing) a (?:paying |sustaining )?(?:member|supporter|patron|subscriber)\\b"),
            Pattern.compile("(?i)\\b(?:read|get) us daily by subscribing\\b|\\bsubscrib(?:e|ing) to (?:our|the) (?:free )?(?:\\w+ )?newsletter"),
            Pattern.compile("(?i)\\bsign up for (?:our|the) (?:free )?(?:\\w+ )?newsletter|\\bnewsletter abonnieren|\\bjetzt spenden\\b"));

    private WrapperPatterns() {
    }

    /** The index among body's children where a "P.S." block starts (its rule or its heading), or -1. */
    static int postscriptStart(Element body) {
        List<Element> blocks = body.children();
        for (int i = 0; i < blocks.size(); i++) {
            Element b = blocks.get(i);
            if (b.normalName().matches("h[1-6]") && POSTSCRIPT_HEADING.matcher(b.text()).matches()) {
                return i > 0 && blocks.get(i - 1).normalName().equals("hr") ? i - 1 : i;
            }
        }
        return -1;
    }

    static boolean isPostscriptHeading(Element e) {
        return e.normalName().matches("h[1-6]") && POSTSCRIPT_HEADING.matcher(e.text()).matches();
    }

    /**
     * A paragraph that holds nothing but comment debris: arrows such as "—>"
     * and perhaps a bare URL (a link whose text is the address itself).
     */
    static boolean isCommentDebris(Element p) {
        if (!p.normalName().equals("p")) {
            return false;
        }
        String text = p.text();
        for (Element a : p.select("a")) {
            String t = a.text().strip();
            if (URL_TEXT.matcher(t).matches() || t.equals(a.attr("href").strip())) {
                text = text.replace(t, " ");
            }
        }
        return DEBRIS.matcher(text).matches();
    }

    /** A short block asking readers for money, subscriptions or follows. */
    static boolean isAppeal(Element block) {
        String text = block.text();
        if (text.isBlank() || Words.of(text).size() > 80) {
            return false;
        }
        return APPEALS.stream().anyMatch(p -> p.matcher(text).find());
    }

    /** A picture's credit line: "Image credit: Pexels", "[Image Credit: Flickr-Gage Skidmore, CC BY-SA 2.0]", "Foto: dpa". */
    private static final Pattern CREDIT = Pattern.compile(
            "(?iu)^[\\s\\[(_*]*(?:(?:featured|header|top|cover|hero|lead)\\s+)?(?:image|photo|picture|illustration|foto|bild"
                    + "|photograph|graphic)s?(?:\\s+(?:credits?|source|by|courtesy))?\\s*[:：]|^[\\s\\[(_*]*(?:credits?|crédits?"
                    + "|créditos?|bildnachweis|bildquelle|fotos?)\\s*[:：]");

    static boolean isCredit(Element block) {
        String text = block.text();
        return CREDIT.matcher(text).find() && Words.of(text).size() <= 40;
    }

    /**
     * What a republisher sets after an article's last paragraph: its notice,
     * picture credits, appeals, separators, empty paragraphs.
     */
    static boolean isAfterword(Element block) {
        String text = block.text().strip();
        if (text.isEmpty() || text.matches("[\\p{P}\\p{S}\\s]*")) {
            return block.select("img").stream().allMatch(DropTrackingPixels::isTracker);
        }
        return isCredit(block) || isAppeal(block)
                || RepublicationNotices.noticeStart(text) == 0 && Words.of(text).size() <= 120;
    }

    /** The text without a leading bullet character. */
    static String withoutBullet(String text) {
        return text.strip().replaceFirst("^[•·▪◦‣*–-]\\s*", "");
    }
}
