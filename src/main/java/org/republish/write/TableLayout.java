package org.republish.write;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Tables that survive every page width. Column alignment (the obsolete
 * {@code align} attribute Markdown tables are written with) becomes a class
 * the stylesheets honour, so numeric columns stay right-aligned without
 * invalid markup. Each table sits in a scrolling region: on a phone or an
 * e-reader a wide one scrolls sideways inside the column instead of running
 * off it, and a wide one (at least {@value #WIDE_COLUMNS} columns) carries a
 * cue saying so. In print the region is a plain block and a wide table is set
 * smaller with its cells wrapping (see print.css), its header row repeated on
 * every page; a table whose words alone are wider than a portrait page's
 * column is set on a page of its own turned sideways, and one wider than that
 * too may break its words anywhere rather than run off the page. Works on the
 * layout it is given.
 */
final class TableLayout {

    /** From this many columns a table is wide: smaller type in print, a scroll cue on screens. */
    static final int WIDE_COLUMNS = 6;

    /**
     * A wide table's narrowest possible width, in characters of its small print
     * type (7.5 pt DejaVu Sans, about 4.3 pt a character), beyond which it
     * cannot fit the portrait column (156 mm on A4, 442 pt) ...
     */
    static final int PORTRAIT_CHARACTERS = 95;
    /** ... or the column of a page turned sideways (225 mm on Letter, the narrower of the two). */
    static final int LANDSCAPE_CHARACTERS = 145;
    /** Each column's padding and rules, in characters. */
    private static final double COLUMN_ALLOWANCE = 1.5;

    private TableLayout() {
    }

    static void apply(Element content, LayoutWords words) {
        int n = 0;
        for (Element table : content.select("table")) {
            for (Element cell : table.select("td[align], th[align]")) {
                String align = cell.attr("align").strip().toLowerCase(Locale.ROOT);
                if (align.equals("right") || align.equals("center")) {
                    cell.addClass("align-" + align);
                }
                cell.removeAttr("align");
            }
            if (table.parent() != null && table.parent().hasClass("table-wrap")) {
                continue;
            }
            boolean wide = columns(table) >= WIDE_COLUMNS;
            Element wrap = new Element("div").addClass("table-wrap");
            table.before(wrap);
            if (wide) {
                table.addClass("wide");
                String cueId = "table-cue-" + (++n);
                // a scrollable region must be reachable from the keyboard and named for screen readers
                wrap.attr("role", "region").attr("tabindex", "0").attr("aria-labelledby", cueId);
                wrap.appendElement("p").addClass("table-cue").id(cueId).text(words.wideTable());
            }
            wrap.appendChild(table);
            double narrowest = narrowestWidth(table);
            if (wide && narrowest > PORTRAIT_CHARACTERS) {
                wrap.addClass("turn-page");
            }
            if (wide && narrowest > LANDSCAPE_CHARACTERS) {
                table.addClass("break-words");
            }
        }
    }

    /**
     * The table's width with every cell wrapped at each space: for each column,
     * its longest word (a right-aligned number never wraps: the whole cell),
     * summed with each column's allowance. In characters.
     */
    static double narrowestWidth(Element table) {
        java.util.Map<Integer, Integer> longest = new java.util.HashMap<>();
        for (Element row : table.select("tr")) {
            int column = 0;
            for (Element cell : row.select("> td, > th")) {
                String span = cell.attr("colspan").strip();
                int spans = span.matches("[1-9]\\d{0,2}") ? Integer.parseInt(span) : 1;
                if (spans == 1) {
                    String text = cell.text();
                    int word = cell.hasClass("align-right") ? text.length() : longestWord(text);
                    longest.merge(column, word, Math::max);
                }
                column += spans;
            }
        }
        return longest.values().stream().mapToDouble(w -> w + COLUMN_ALLOWANCE).sum();
    }

    private static int longestWord(String text) {
        int most = 0;
        for (String word : text.split("\\s+")) {
            most = Math.max(most, word.codePointCount(0, word.length()));
        }
        return most;
    }

    private static int columns(Element table) {
        int most = 0;
        for (Element row : table.select("tr")) {
            int count = 0;
            for (Element cell : row.select("> td, > th")) {
                String span = cell.attr("colspan").strip();
                count += span.matches("[1-9]\\d{0,2}") ? Integer.parseInt(span) : 1;
            }
            most = Math.max(most, count);
        }
        return most;
    }
}
