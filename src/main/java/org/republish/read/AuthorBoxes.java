package org.republish.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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

    /** Longer than this, a closing paragraph is the article's, not a note about its author. */
    private static final int CLOSING_BIO = 600;
    /** What follows an author's name when a note says who the author is: "Jane Doe is a reporter...". */
    private static final String ABOUT_VERB = "(?:,[^.,]{1,60},)? (?:is|was|has been|works|teaches|writes|lives|ist|war"
            + "|arbeitet|lehrt|forscht|schreibt|lebt|es|fue|trabaja|escribe|est|était|travaille|enseigne|écrit|è"
            + "|lavora|insegna|scrive|jest|był|była|pracuje|é|foi|trabalha)\\b";

    /**
     * The note about the author closing the article, unboxed ("Jane Doe is a reporter covering local
     * politics."): the last paragraphs that each open with the name of an author the page names and say who
     * that author is. They leave the content and are returned as the author's biography (null when none).
     */
    static String takeClosingBio(Element content, List<String> authors) {
        List<Pattern> notes = authors.stream().filter(a -> a.strip().contains(" "))
                .map(a -> Pattern.compile("^" + Pattern.quote(a.strip()) + ABOUT_VERB)).toList();
        if (notes.isEmpty()) {
            return null;
        }
        List<String> bios = new ArrayList<>();
        int all = content.text().length();
        for (Element last = Datelines.edgeLine(content, false); last != null; last = Datelines.edgeLine(content, false)) {
            String text = last.text().strip();
            if (!last.is("p, em, i, div") || text.length() > CLOSING_BIO || text.length() > all / 3
                    || notes.stream().noneMatch(n -> n.matcher(text).lookingAt())) {
                break;
            }
            bios.add(0, text);
            BoilerplateBlocks.removeWithEmptyParents(last, content);
        }
        if (bios.isEmpty()) {
            return takeClosingCard(content, authors, all);
        }
        return String.join("\n\n", bios);
    }

    /**
     * The author's card closing the article, unnamed by the site: a box whose first line is only the name of an
     * author the page names, then a line or two about them ("<h4>Jane Doe</h4><p>Senior reporter covering city
     * hall...</p>"). The box leaves, and its lines after the name are returned as the biography.
     */
    private static String takeClosingCard(Element content, List<String> authors, int all) {
        Element last = Datelines.edgeLine(content, false);
        Element box = last == null ? null : last.parent();
        if (box == null || box == content || !box.is("div, section, aside, footer")) {
            return null;
        }
        List<Element> lines = box.select("h2, h3, h4, h5, h6, p").stream().filter(l -> !l.text().isBlank()).toList();
        String text = box.text().strip();
        if (lines.size() < 2 || lines.size() > 3 || text.length() > CLOSING_BIO || text.length() > all / 3
                || !lines.get(lines.size() - 1).equals(last) && !last.parents().contains(lines.get(lines.size() - 1))) {
            return null;
        }
        String name = lines.get(0).text().strip();
        if (authors.stream().noneMatch(a -> a.strip().equalsIgnoreCase(name) && a.strip().contains(" "))) {
            return null;
        }
        String bio = String.join("\n\n", lines.subList(1, lines.size()).stream().map(l -> l.text().strip()).toList());
        BoilerplateBlocks.removeWithEmptyParents(box, content);
        return bio;
    }
}
