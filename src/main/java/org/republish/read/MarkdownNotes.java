package org.republish.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Gives the notes flexmark's footnotes extension rendered the model's note
 * markup, after sanitizing (which drops every class): each reference a
 * {@code <sup id="fnref-N"><a class="noteref" href="#fn-N">}, and at the end
 * of the body one {@code <section class="notes">} holding an ordered list of
 * {@code <li id="fn-N">}, each ending with an {@code <a class="backlink"
 * href="#fnref-N">}. The writers recognise these classes and render notes as
 * each format has them. Recognised by the ids flexmark gives, so nothing else
 * in the body is touched. Stateless.
 */
final class MarkdownNotes {

    private static final Pattern NOTE_ID = Pattern.compile("fn-(\\d+)");

    private MarkdownNotes() {
    }

    static void mark(Element body) {
        for (Element ref : body.select("sup[id^=fnref-] > a[href^=#fn-]")) {
            ref.addClass("noteref");
        }
        for (Element list : body.select("ol:has(> li[id^=fn-])")) {
            Element container = list.parent();
            if (container == null || !container.nameIs("div") || container.parent() != body) {
                continue;
            }
            container.select("> hr").remove();
            container.tagName("section").addClass("notes");
            for (Element item : list.select("> li")) {
                Matcher id = NOTE_ID.matcher(item.id());
                if (!id.matches()) {
                    continue;
                }
                Element back = item.selectFirst("> a[href=#fnref-" + id.group(1) + "]");
                if (back == null) {
                    continue;
                }
                back.addClass("backlink");
                // the back-link ends the note's last paragraph rather than standing alone after it
                Element last = back.previousElementSibling();
                if (last != null && last.nameIs("p")) {
                    last.appendText(" ");
                    last.appendChild(back);
                }
            }
        }
    }
}
