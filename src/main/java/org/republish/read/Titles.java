package org.republish.read;

import org.jsoup.nodes.Element;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;
import org.republish.model.Notice;

/** Where the title comes from when a reader has more than one candidate. */
final class Titles {

    private Titles() {
    }

    /**
     * The article's title set again as the first line of a page's extracted content, in whatever block (a
     * paragraph, a small heading): every output sets the title above the body, so the line leaves.
     *
     * @return whether it left (a date line under it is then at the content's start)
     */
    static boolean removeLeadingRepeat(Element content, String title) {
        if (title == null || title.isBlank()) {
            return false;
        }
        Element first = Datelines.edgeLine(content, true);
        if (first == null || first.text().length() > 2 * title.length()) {
            return false;
        }
        String line = letters(first.text());
        String titled = letters(title);
        // the title under its kicker ("Ernährung sichern" "Schulze: Deutschland steht fest an der Seite …")
        if (line.equals(titled) || line.endsWith(titled) && line.length() - titled.length() <= KICKER_LETTERS) {
            BoilerplateBlocks.removeWithEmptyParents(first, content);
            return true;
        }
        return false;
    }

    /** A kicker over a headline is a word or three. */
    private static final int KICKER_LETTERS = 30;

    /** Letters and digits only, lower case: a line and a title that differ in punctuation and spaces are the same. */
    private static String letters(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /**
     * A leading level-1 heading is the title when metadata gives none, and a
     * duplicate of it when metadata gives the same one: either way it leaves
     * the body. With no title anywhere, the file name stands in, with a warning.
     */
    static Article settle(Article article, InputDocument input) {
        Element body = article.bodyCopy();
        Element first = body.children().isEmpty() ? null : body.child(0);
        Element h1 = first != null && first.tagName().equals("h1") ? first : null;
        if (h1 == null && body.select("h1").size() == 1) {
            h1 = body.selectFirst("h1");
        }
        ArticleMeta meta = article.meta();
        String title = meta.title();
        if ((title == null || title.isBlank()) && h1 != null) {
            title = h1.text().strip();
            h1.remove();
        } else if (h1 != null && h1.text().strip().equalsIgnoreCase(title == null ? "" : title.strip())) {
            h1.remove();
        }
        Article result = new Article(meta, body, article.notices());
        if (title == null || title.isBlank()) {
            title = input.baseName().replace('-', ' ').replace('_', ' ').strip();
            result = result.withNotice(Notice.warning("read.title",
                    "No title found (no 'title:' in front matter and no level-1 heading); the file name \""
                            + title + "\" was used. Add a title to the article."));
        }
        return result.withMeta(meta.toBuilder().title(title).build());
    }
}
