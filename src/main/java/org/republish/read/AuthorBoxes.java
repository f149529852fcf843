package org.republish.read;

import java.util.ArrayList;
import org.jsoup.nodes.Element;
import org.republish.model.ArticleDeadline;

/**
 * The boxes a site sets beside or under an article about its author
 * ({@code class="author-bio"}, "about-the-author"...): they are not the
 * article, but they say who wrote it, so their text is kept for the author.
 */
final class AuthorBoxes {

    /** Longer than this, a box so marked is more than a biography. */
    private static final int MAX_BIO = 1500;

    private AuthorBoxes() {
    }

    /**
     * Removes the author boxes from {@code content} and returns the first one's text (null when there was
     * none). A box holding most of the content is the article itself, marked oddly, and stays.
     */
    static String take(Element content) {
        int all = content.text().length();
        String bio = null;
        for (Element box : new ArrayList<>(content.select("div, section, aside, p"))) {
            ArticleDeadline.check();
            if (box == content || !BlockText.attached(box) || box.parent() == null || !BlockHints.authorBox(box)) {
                continue;
            }
            String text = box.text().strip();
            if (text.length() > all / 2 || text.length() > MAX_BIO) {
                continue;
            }
            if (bio == null && !text.isEmpty()) {
                bio = text;
            }
            box.remove();
        }
        return bio;
    }
}
