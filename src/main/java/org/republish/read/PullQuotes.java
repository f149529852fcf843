package org.republish.read;

import java.util.ArrayList;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Pull quotes: a sentence of the article set apart in large type beside it, as a quotation or an aside. The words
 * are already in the article, so the repeat leaves; nothing the author wrote is lost. Only a box set apart (a
 * quotation, an aside, a box named for a quote) is asked about: a line the article itself repeats as a paragraph
 * (a song's chorus) stays.
 */
final class PullQuotes {

    private static final String SET_APART = "blockquote, aside, div[class~=(?i)pull|quote], p[class~=(?i)pull|quote]";
    /** A pull quote is a sentence or two. */
    private static final int SHORTEST = 30;
    private static final int LONGEST = 400;
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PullQuotes() {
    }

    static void removeRepeated(Element content) {
        String all = null;
        for (Element box : new ArrayList<>(content.select(SET_APART))) {
            if (box.parent() == null || !BlockText.attached(box) || box == content) {
                continue;
            }
            String quote = letters(box.text());
            if (quote.length() < SHORTEST || quote.length() > LONGEST
                    || !box.select("img, picture, video, iframe, table").isEmpty()) {
                continue;
            }
            // the article's text is read once, and again only after a repeat has left it
            all = all != null ? all : letters(content.text());
            int first = all.indexOf(quote);
            if (first >= 0 && all.indexOf(quote, first + 1) >= 0) {
                BoilerplateBlocks.removeWithEmptyParents(box, content);
                all = null;
            }
        }
    }

    /** Letters and digits only, lower case: the quote's marks and spacing differ from the sentence's. */
    private static String letters(String text) {
        return NOT_LETTERS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
