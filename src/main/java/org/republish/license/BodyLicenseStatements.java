package org.republish.license;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.republish.model.LicenseEvidence;
import org.republish.model.LicenseEvidence.Place;

/**
 * The statements about a licence left in an article's body, block by block:
 * a picture's caption or credit ("Image credit: Flickr, CC BY-SA 2.0"), code,
 * or a sentence of the article. Read block by block, so that a credit line
 * never lends its words to the licence sentence before it. The body is only
 * read. Stateless.
 */
final class BodyLicenseStatements {

    private static final Pattern CAPTION_CLASS = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:caption|wp-caption-text|(?:photo|image|img|media|bild|foto)-?credits?|photo-?info"
                    + "|figcaption)(?:$|[\\s_-])");

    private static final Set<String> BLOCKS = Set.of("p", "li", "figcaption", "caption", "td", "th", "dt", "dd",
            "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "div", "section", "aside", "footer", "small");

    private BodyLicenseStatements() {
    }

    static List<LicenseEvidence> of(Element body) {
        List<LicenseEvidence> out = new ArrayList<>();
        Map<Element, Boolean> taken = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            if (e == body || !BLOCKS.contains(e.normalName())
                    || hasBlockChild(e) && e.textNodes().stream().noneMatch(t -> t.text().strip().length() > 2)
                    || takenAncestor(e, taken)) {
                continue;
            }
            List<String> links = licenceLinks(e);
            String text = e.text().strip();
            if (links.isEmpty() && !LicenseEvidence.mentionsLicence(text)) {
                continue;
            }
            taken.put(e, true);
            out.add(LicenseEvidence.of(place(e, text), text, links));
        }
        return out;
    }

    private static Place place(Element e, String text) {
        for (Element x = e; x != null && !x.normalName().matches("body|html"); x = x.parent()) {
            String tag = x.normalName();
            if (tag.equals("pre") || tag.equals("code")) {
                return Place.OTHER;
            }
            if (tag.equals("figure") || tag.equals("figcaption") || tag.equals("caption")
                    || CAPTION_CLASS.matcher(x.className()).find()) {
                return Place.CAPTION;
            }
        }
        return LicenseDetector.mediaCreditText(text.replaceFirst("^[\\[(\\s]+", "")) ? Place.CAPTION : Place.ARTICLE;
    }

    /** Every link and badge image in the block that points at a licence. */
    static List<String> licenceLinks(Element e) {
        List<String> links = new ArrayList<>();
        for (Element a : e.select("a[href], img[src]")) {
            String target = a.normalName().equals("img") ? a.attr("src") : a.attr("href");
            if (LicenseDetector.fromUrl(target).isPresent()) {
                links.add(target);
            }
        }
        return links;
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (BLOCKS.contains(c.normalName()) || c.normalName().matches("ul|ol|table|figure")) {
                return true;
            }
        }
        return false;
    }

    private static boolean takenAncestor(Element e, Map<Element, Boolean> taken) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (taken.containsKey(p)) {
                return true;
            }
        }
        return false;
    }
}
