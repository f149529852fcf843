package org.republish.read;

import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    /** The kind of piece, set over its headline. Lower case. */
    private static final Set<String> KICKERS = Set.of("exclusive", "opinion", "analysis", "breaking",
            "breaking news", "live", "live updates", "commentary", "editorial", "review", "meinung", "kommentar",
            "analyse", "exklusiv", "leitartikel", "gastbeitrag", "opinión", "análisis", "exclusiva", "exclusivo",
            "en vivo", "en directo", "tribune", "éditorial", "exclusif", "en direct", "opinione",
            "esclusiva", "opinia", "komentarz", "analiza", "na żywo", "opinião", "análise");

    /** A line of section links over a headline is short: "Politics", "World | Europe". */
    private static final int SECTION_LINE = 40;
    /** A section's name is a word or three ("Politics", "Climate Change"). */
    private static final int SECTION_WORDS = 3;

    /**
     * The first line of the content when it is the piece's kind ("OPINION", "Meinung") or links to the site's
     * sections ("World | Europe"), set over the headline: it is the site's label, not the article's text.
     */
    static boolean removeLeadingLabel(Element content) {
        Element first = Datelines.edgeLine(content, true);
        if (first == null || first.is("li") || first.closest("figure, blockquote, table") != null) {
            return false;
        }
        String text = first.text().strip();
        List<Element> links = first.select("a[href]");
        boolean kicker = KICKERS.contains(BoilerplateBlocks.phrase(text));
        // only links, each a name of a word or three, and what stands between them; not a credit ("Photo: <a>"),
        // not a post's linked headline, not a box of lines, not a line inside a link
        StringBuilder linked = new StringBuilder();
        links.forEach(a -> linked.append(a.text()));
        boolean sections = !links.isEmpty() && links.size() <= 3 && text.length() <= SECTION_LINE
                && first.closest("a") == null && first.select("p, div, li, ul, ol, h2, h3, h4, h5, h6, table").stream()
                        .allMatch(b -> b == first)
                && links.stream().allMatch(a -> a.text().strip().split("\\s+").length <= SECTION_WORDS)
                && BoilerplateBlocks.bare(text).equals(BoilerplateBlocks.bare(linked));
        if (kicker || sections) {
            BoilerplateBlocks.removeWithEmptyParents(first, content);
            return true;
        }
        return false;
    }

    /** A kicker over a headline is a word or three. */
    private static final int KICKER_LETTERS = 30;

    /** Letters and digits only, lower case: a line and a title that differ in punctuation and spaces are the same. */
    private static String letters(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
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
