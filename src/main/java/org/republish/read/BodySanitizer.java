package org.republish.read;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.republish.model.Article;

/**
 * Keeps only the markup an article body is made of. Scripts, frames, objects,
 * form controls, styles, event handlers and non-web link protocols never reach
 * the model, so no output can run code or load anything; the text a form held
 * stays. Thread-safe.
 */
final class BodySanitizer {

    /** Removed together with everything inside them. */
    private static final String DROPPED_WHOLE =
            "script, style, noscript, template, iframe, frame, frameset, object, embed, applet, "
            + "svg, button, input, select, textarea, datalist, output, link, meta, base, "
            // an equation's source or other forms of it, which a reader does not see
            + "annotation, annotation-xml";

    /**
     * Presentation MathML, kept: an equation is the author's words as much as a sentence is. Its markup only lays out
     * text, so it can run or load nothing.
     */
    private static final String[] MATHML = {"math", "semantics", "mrow", "mi", "mn", "mo", "ms", "mtext",
        "mspace", "mfrac", "msqrt", "mroot", "mstyle", "merror", "mpadded", "mphantom", "mfenced", "menclose", "msub",
        "msup", "msubsup", "munder", "mover", "munderover", "mmultiscripts", "mprescripts", "none", "mtable", "mtr",
        "mtd", "mlabeledtr"};
    private static final String[] MATHML_ATTRIBUTES = {"display", "mathvariant", "displaystyle", "scriptlevel",
        "fence", "separator", "stretchy", "symmetric", "largeop", "movablelimits", "accent", "accentunder",
        "lspace", "rspace", "linethickness", "notation", "open", "close", "separators", "columnalign", "rowalign",
        "columnspan", "rowspan", "width", "height", "depth", "alttext"};

    private final Cleaner cleaner;

    BodySanitizer() {
        Safelist safelist = Safelist.relaxed()
                .addTags("figure", "figcaption", "time", "abbr", "mark", "small", "s", "del", "ins",
                        "hr", "section", "aside", "header", "footer", "main", "article", "picture",
                        // readings over Japanese and Chinese characters, part of the text as published
                        "ruby", "rb", "rt", "rp")
                .addAttributes(":all", "lang", "dir", "id", "title")
                .addAttributes("time", "datetime")
                .addAttributes("abbr", "title")
                .addAttributes("a", "rel")
                // the credit of a picture the outputs leave out, moved off its caption (PictureCredits)
                .addAttributes("img", Article.PICTURE_CREDIT)
                .addTags(MATHML)
                .addAttributes("td", "scope", "align")
                .addAttributes("th", "scope", "align")
                .addProtocols("a", "href", "#")
                .preserveRelativeLinks(true);
        for (String tag : MATHML) {
            safelist.addAttributes(tag, MATHML_ATTRIBUTES);
        }
        cleaner = new Cleaner(safelist);
    }

    /** A cleaned copy of {@code body}'s content, as a new body element. */
    Element clean(Element body) {
        Element copy = body.clone();
        copy.select(DROPPED_WHOLE).remove();
        int text = copy.text().length();
        for (Element form : copy.select("form")) {
            if (form.text().length() * 2 > text) {
                // the article set in a form (a shop's product description, a page in ASP.NET's one form): its
                // controls are gone, its text stays
                form.unwrap();
            } else {
                form.remove(); // a comment, search or sign-up form beside the article
            }
        }
        Document dirty = Document.createShell("https://republish.invalid/");
        for (var node : copy.childNodes()) {
            dirty.body().appendChild(node.clone());
        }
        // the base URI only lets the cleaner accept relative links; they are kept as written
        Element clean = cleaner.clean(dirty).body();
        unwrapRunawayFigures(clean);
        return clean;
    }

    /**
     * A figure left unclosed in the input swallows the rest of the article: a
     * "figure" that holds headings or several paragraphs of text is not a
     * figure, and its content is put back in line.
     */
    static void unwrapRunawayFigures(Element body) {
        for (Element figure : body.select("figure")) {
            int paragraphs = figure.select("> p, > ul, > ol, > blockquote, > table").size();
            boolean headings = !figure.select("> h1, > h2, > h3, > h4, > h5, > h6").isEmpty();
            if (headings || paragraphs >= 2) {
                figure.unwrap();
            }
        }
    }
}
