package org.republish.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's title from a page's {@code <title>}, which usually carries the
 * site's name too ("Headline | Site", "Site - Section - Headline"). The site
 * part is cut when what remains still reads as a headline.
 */
final class PageTitle {

    private static final String SEPARATORS = "|\\-\u2013\u2014\\\\/>\u00bb\u00b7\u2022";
    /** A separator with a space either side: "A | B", "A - B", "A » B". */
    private static final Pattern SEPARATOR = Pattern.compile(" [" + SEPARATORS + "] ");
    private static final Pattern HIERARCHY = Pattern.compile(" [\\\\/>\u00bb] ");
    private static final Pattern LAST_PART = Pattern.compile("^(.*)[" + SEPARATORS + "] .*$", Pattern.DOTALL);
    private static final Pattern FIRST_PART = Pattern.compile("^[^" + SEPARATORS + "]*[" + SEPARATORS + "](.*)$", Pattern.DOTALL);
    /** What follows the headline in a title: a separator, then the part cut off. */
    private static final Pattern CUT_PART = Pattern.compile("^\\s*[" + SEPARATORS + "]\\s+(.+)$");

    private PageTitle() {
    }

    static String of(Document page) {
        String original = normalize(page.title());
        if (original.isEmpty()) {
            return "";
        }
        String title = original;
        boolean hierarchical = false;
        if (SEPARATOR.matcher(original).find()) {
            hierarchical = HIERARCHY.matcher(original).find();
            title = group(LAST_PART, original);
            if (wordCount(title) < 3) {
                title = group(FIRST_PART, original);
            }
        } else if (original.contains(": ")) {
            if (!headingSays(page, original)) {
                String afterLast = original.substring(original.lastIndexOf(':') + 1);
                title = afterLast;
                if (wordCount(afterLast) < 3) {
                    title = original.substring(original.indexOf(':') + 1);
                } else if (wordCount(original.substring(0, original.indexOf(':'))) > 5) {
                    title = original;
                }
            }
        } else if (original.length() > 150 || original.length() < 15) {
            var h1s = page.select("h1");
            if (h1s.size() == 1) {
                title = h1s.first().text();
            }
        }
        title = normalize(title);
        int words = wordCount(title);
        // a cut that leaves four words or fewer is trusted only when it removed exactly one part of a hierarchy, or
        // when the page says the same words elsewhere (its description or a heading: "Was ist Virales Marketing?")
        if (words <= 4 && (!hierarchical || words != wordCount(original.replaceAll("[" + SEPARATORS + "]+", "")) - 1)
                && !saidElsewhere(page, title)) {
            title = original;
        }
        return title;
    }

    /**
     * The site's name that {@link #of} cut from the end of the page's title ("Was ist Virales Marketing? |
     * DimidoBlog"): one part of at most four words after the headline, else null.
     */
    static String siteNameCut(Document page, String title) {
        String original = normalize(page.title());
        if (title.isEmpty() || title.equals(original) || !original.startsWith(title)) {
            return null;
        }
        Matcher rest = CUT_PART.matcher(original.substring(title.length()));
        if (!rest.matches() || SEPARATOR.matcher(rest.group(1)).find() || wordCount(rest.group(1)) > 4) {
            return null;
        }
        return rest.group(1).strip();
    }

    /**
     * "Headline | Site" becomes "Headline" when the page's only level-1 heading
     * says exactly "Headline": the heading confirms where the site name starts.
     */
    static String withoutSiteName(String title, Document page) {
        if (title == null || !SEPARATOR.matcher(title).find()) {
            return title;
        }
        var h1s = page.select("h1");
        if (h1s.size() != 1) {
            return title;
        }
        String heading = normalize(h1s.first().text());
        for (String part : SEPARATOR.split(title)) {
            if (normalize(part).equals(heading) && !heading.isEmpty()) {
                return heading;
            }
        }
        return title;
    }

    /** "Headline · Global Voices auf Deutsch" without the site's own name, when the page gives that name. */
    static String withoutName(String title, String siteName) {
        if (title == null || siteName == null || siteName.isBlank()) {
            return title;
        }
        String name = Pattern.quote(normalize(siteName));
        String sep = "\\s+[" + SEPARATORS + ":]\\s+";
        String cut = normalize(title).replaceFirst("(?i)" + sep + name + "$", "").replaceFirst("(?i)^" + name + sep, "");
        return wordCount(cut) >= 2 ? cut : title;
    }

    private static boolean saidElsewhere(Document page, String title) {
        if (title.isEmpty() || title.equals(normalize(page.title()))) {
            return false;
        }
        for (Element e : page.select("meta[name=description], meta[property=og:description], h1, h2")) {
            String said = normalize(e.is("meta") ? e.attr("content") : e.text());
            if (said.equalsIgnoreCase(title)) {
                return true;
            }
        }
        return false;
    }

    private static boolean headingSays(Document page, String title) {
        for (Element h : page.select("h1, h2")) {
            if (h.text().strip().equals(title)) {
                return true;
            }
        }
        return false;
    }

    private static String group(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.matches() ? m.group(1) : s;
    }

    static int wordCount(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    static String normalize(String s) {
        return s == null ? "" : s.replaceAll("[\\s\u00a0]+", " ").strip();
    }
}
