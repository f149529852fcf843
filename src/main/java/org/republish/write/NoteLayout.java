package org.republish.write;

import org.jsoup.nodes.Element;

/**
 * Notes as readers expect them: the article's notes section (the model's
 * {@code <section class="notes">}, see the Markdown reader) gets a heading
 * in the article's language and the DPUB-ARIA roles screen readers announce
 * (endnotes, note reference, back-link); each back-link is named, since its
 * arrow says nothing to a screen reader or in a PDF's link description. The
 * heading is added after the table of contents is made, so the notes are not
 * listed as a section of the article. Works on the layout it is given.
 */
final class NoteLayout {

    private NoteLayout() {
    }

    static void apply(Element content, LayoutWords words) {
        Element notes = content.selectFirst("> section.notes");
        if (notes == null) {
            return;
        }
        notes.attr("role", "doc-endnotes").attr("aria-labelledby", "notes-title");
        notes.prependElement("h2").id("notes-title").text(words.notes());
        for (Element ref : content.select("a.noteref")) {
            ref.attr("role", "doc-noteref");
        }
        for (Element back : notes.select("a.backlink")) {
            back.attr("role", "doc-backlink").attr("title", words.backToText()).attr("aria-label", words.backToText());
        }
    }
}
