package org.republish.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A hand-made table of contents in the body: a heading such as "Contents",
 * "Table des matières" or "In this article" followed by a list, or a bare
 * list at the top, whose items are links that lead nowhere or into the page
 * (or, under a contents heading, plain text) and name the headings that
 * follow. The layout generates its own contents from the headings.
 */
final class ContentsLists {

    private static final Pattern CONTENTS_HEADING = Pattern.compile(
            "(?iu)\\s*(?:contents|table of contents|in this (?:article|post|piece)|on this page|sommaire|"
                    + "table des matières|dans cet article|au sommaire)\\s*:?\\s*");

    /** A contents list found in a body: its heading (or null) and its list. */
    record Found(Element heading, Element list, List<String> items) {
    }

    private ContentsLists() {
    }

    static List<Found> find(Element body) {
        List<Found> found = new ArrayList<>();
        List<Element> blocks = body.children();
        for (int i = 0; i < blocks.size() - 1; i++) {
            Element b = blocks.get(i);
            Element next = blocks.get(i + 1);
            boolean named = CONTENTS_HEADING.matcher(b.text()).matches()
                    && (b.normalName().matches("h[1-6]") || b.normalName().equals("p") && b.select("strong, b").size() > 0);
            if (named && isList(next)) {
                List<String> items = items(next, true);
                if (items != null && matchesLaterHeadings(items, body, next, 0.75)) {
                    found.add(new Found(b, next, items));
                    i++;
                }
            }
        }
        // a bare list at the top, before the first heading
        for (int i = 0; i < Math.min(3, blocks.size()); i++) {
            Element b = blocks.get(i);
            if (b.normalName().matches("h[1-6]")) {
                break;
            }
            if (isList(b) && found.stream().noneMatch(f -> f.list() == b)) {
                List<String> items = items(b, false);
                if (items != null && items.size() >= 2 && matchesLaterHeadings(items, body, b, 1.0)) {
                    found.add(new Found(null, b, items));
                }
            }
        }
        return found;
    }

    private static boolean isList(Element e) {
        return e.normalName().equals("ul") || e.normalName().equals("ol");
    }

    /** Item texts when every item is a dead or in-page link (or plain text, if allowed); else null. */
    private static List<String> items(Element list, boolean plainTextAllowed) {
        List<String> out = new ArrayList<>();
        for (Element li : list.select("li")) {
            Element own = li.clone();
            own.select("ul, ol").remove();
            String text = own.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            List<Element> links = own.select("a");
            if (links.size() == 1 && links.get(0).text().strip().equals(text)) {
                Element a = links.get(0);
                if (!UnwrapDeadLinks.isDead(a) && !a.attr("href").strip().startsWith("#")) {
                    return null;
                }
            } else if (!plainTextAllowed || !links.isEmpty()) {
                return null;
            }
            out.add(text);
        }
        return out.isEmpty() ? null : out;
    }

    private static boolean matchesLaterHeadings(List<String> items, Element body, Element after, double share) {
        Set<String> headings = new HashSet<>();
        boolean seen = false;
        for (Element e : body.getAllElements()) {
            if (e == after) {
                seen = true;
            } else if (seen && e.normalName().matches("h[1-6]")) {
                headings.add(key(e.text()));
            }
        }
        long matched = items.stream().filter(t -> headings.contains(key(t))).count();
        return matched >= 1 && matched >= Math.ceil(share * items.size());
    }

    /** A heading's text for comparison: letters and digits only, lower case, without accents. */
    static String key(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        plain = plain.replaceFirst("^\\s*(?:\\d+(?:\\.\\d+)*\\.?|[IVXLC]+\\.)\\s+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
