package org.republish.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.republish.model.ArticleDeadline;

/**
 * Tidies a scratch copy of a page before content scoring: what is never
 * content goes, lazy-loaded images get their real source, and text split by
 * double line breaks becomes paragraphs (so it is scored like paragraphs).
 */
final class PagePreparation {

    private static final String NEVER_CONTENT = "script, style, noscript, template, link, meta";
    private static final String[] LAZY_SOURCES = {"data-src", "data-original", "data-lazy-src", "data-srcset",
        "data-hi-res-src", "data-url"};

    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(?i)(^|;)\\s*(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

    private PagePreparation() {
    }

    /**
     * Class names that hide an element on every screen (Bootstrap's "d-none", Tailwind's "hidden"): what they hold is
     * shown by a script (a dialog, a menu, a form), not part of the page a reader sees. Text for screen readers
     * ("sr-only") is not hidden this way: it may carry words the page shows as a symbol ("20 minutes" beside "20 mins").
     */
    /** Tailwind marks a class important with "!" ("!hidden", or "hidden!" from version 4). */
    private static final Pattern HIDDEN_CLASS = Pattern.compile("(?:^|\\s)!?(?:hidden|hide|d-none|is-hidden|u-hidden"
            + "|hideCompletely|invisible)!?(?=$|\\s)");
    /** A class that shows the element again from some screen width on ("hidden lg:flex", "d-none d-md-block"). */
    private static final Pattern SHOWN_FROM_A_WIDTH = Pattern.compile("(?:^|\\s)(?:(?:sm|md|lg|xl|\\d?xxl|\\dxl):"
            + "(?:block|flex|inline|inline-block|inline-flex|grid|table|contents)|d-(?:sm|md|lg|xl|xxl)-\\w+"
            + "|visible-(?:xs|sm|md|lg|xl)\\S*)(?=$|\\s)");

    /** Whether a reader of the page would see the element (as far as its own attributes tell). */
    static boolean visible(Element e) {
        if (HIDDEN_STYLE.matcher(e.attr("style")).find() || e.hasAttr("hidden")) {
            return false;
        }
        String classes = e.className();
        if (HIDDEN_CLASS.matcher(classes).find() && !SHOWN_FROM_A_WIDTH.matcher(classes).find()) {
            return false;
        }
        return !"true".equals(e.attr("aria-hidden")) || classes.contains("fallback-image");
    }

    /** A copy of {@code root} without the elements a reader would not see. */
    static Element withoutHidden(Element root) {
        Element copy = root.clone();
        for (Element e : new ArrayList<>(copy.getAllElements())) {
            ArticleDeadline.check();
            if (e != copy && e.parent() != null && !visible(e)) {
                e.remove();
            }
        }
        return copy;
    }

    static void prepare(Document doc) {
        if (doc.body() == null) {
            return;
        }
        removeComments(doc);
        removeServerDiagnostics(doc);
        revealContentHeldBack(doc);
        doc.select(NEVER_CONTENT).remove();
        // a drawing's title and description ("Created with Sketch.") name the file, and would read as a line of text
        doc.select("svg title, svg desc").remove();
        removeBrowserNotices(doc);
        removeFormMessages(doc);
        removeLoginBoxes(doc);
        removeIconLigatures(doc);
        for (Element font : doc.select("font")) {
            font.tagName("span");
        }
        headingsByRole(doc);
        for (Element img : doc.select("img")) {
            fixLazyImage(img);
        }
        for (Element br : new ArrayList<>(doc.body().select("br"))) {
            if (br.parent() != null) {
                paragraphsFromDoubleBreaks(doc, br);
            }
        }
    }

    /**
     * A box the page declares a heading ({@code <div role="heading" aria-level="4">}) is read as that heading: the
     * label over a box of teasers is then known as one, and so is a section's title. Only a box of text and
     * inline elements; a box holding blocks is more than a heading.
     */
    private static void headingsByRole(Document doc) {
        for (Element e : doc.body().select("div[role=heading], p[role=heading]")) {
            if (!e.select("p, div, ul, ol, table, figure, h1, h2, h3, h4, h5, h6, section, article").stream()
                    .allMatch(inner -> inner == e) || e.text().isBlank()) {
                continue;
            }
            String level = e.attr("aria-level").strip();
            e.tagName(level.matches("[1-6]") ? "h" + level : "h2");
            e.removeAttr("role");
        }
    }

    /**
     * Removes the notices a site shows to old browsers ("Dein Browser ist leider veraltet", Internet Explorer
     * overlays): every reader's saved copy holds them, whatever browser saved it, and no article is in them.
     * Known by their names; a box holding much text is more than a notice and stays.
     */
    private static void removeBrowserNotices(Document doc) {
        removeNamed(doc.body().getAllElements(), BROWSER_NOTICE, e -> e.text().length() <= BROWSER_NOTICE_LONGEST);
    }

    /**
     * Removes the icons an icon font draws from a word ("<i class=material-icons>lock</i>" before "Para
     * suscriptores"): the word names a picture and would otherwise run into the label beside it.
     */
    private static void removeIconLigatures(Document doc) {
        for (Element icon : doc.body().select("i[class*=material-icons], span[class*=material-icons], "
                + "i[class*=material-symbols], span[class*=material-symbols]")) {
            if (LIGATURE.matcher(icon.text()).matches()) {
                icon.remove();
            }
        }
    }

    /** An icon's name as its font spells it: "lock", "play_circle_outline". */
    private static final Pattern LIGATURE = Pattern.compile("\\s*[a-z0-9_]{0,40}\\s*");

    /** Removes those of {@code elements} (never the body) whose class or id {@code names} match and that {@code also} passes. */
    private static void removeNamed(List<Element> elements, Pattern names, Predicate<Element> also) {
        for (Element e : new ArrayList<>(elements)) {
            if (!e.is("body") && e.parent() != null && names.matcher(e.className() + " " + e.id()).find() && also.test(e)) {
                e.remove();
            }
        }
    }

    /**
     * Removes the messages a form shows when a field is filled in wrongly ("Das Passwort muss mindestens 8 Zeichen
     * lang sein."): a script reveals them, so they are in every saved copy, and a login dialog full of them reads
     * like prose. Known by their names, and only inside a form.
     */
    private static void removeFormMessages(Document doc) {
        removeNamed(doc.body().select("form *"), FORM_MESSAGE, e -> true);
    }

    /**
     * Removes the site's login and registration boxes: a box named so ("x-dialog-login", "signin-modal",
     * "registration") that holds a password field is the site's account dialog, with its labels, hints and
     * success messages in every saved copy. A box holding most of the page's text is more than that and stays.
     */
    private static void removeLoginBoxes(Document doc) {
        int pageText = doc.body().text().length();
        removeNamed(doc.body().getAllElements(), LOGIN_BOX,
                e -> !e.select("input[type=password]").isEmpty() && e.text().length() * 2 < pageText);
    }

    private static final Pattern LOGIN_BOX = Pattern.compile("(?i)(?:^|[\\s_-])(?:log-?in|sign-?in|sign-?up|registration"
            + "|register|account|anmeld\\w*|konto)(?:$|[\\s_-])");

    /** Names of a form's messages: "error-msg", "form-field-error", "invalid-feedback", "validation-message". */
    private static final Pattern FORM_MESSAGE = Pattern.compile("(?i)(?:^|[\\s_-])(?:errors?|invalid-feedback"
            + "|validation(?:[-_]?(?:message|error|summary))?|field[-_]?error|error[-_]?(?:msg|message|text|item)s?)(?:$|[\\s_-])");

    /** Names of old-browser notices: "browserupgrade", "update-browser-banner", "js-browserWarning", "IE-overlay". */
    private static final Pattern BROWSER_NOTICE = Pattern.compile("(?i)(?:^|[\\s_-])(?:(?:outdated|old|update|upgrade"
            + "|unsupported)[-_]?browser|browser[-_]?(?:update|upgrade|warning|notice|banner|outdated)"
            + "|(?:old[-_]?)?ie[-_]?(?:overlay|warning|notice|banner))");
    private static final int BROWSER_NOTICE_LONGEST = 1500;

    /** A PHP diagnostic as the server printed it into the page: "Warning: ... in /path/file.php on line 299". */
    private static final Pattern SERVER_DIAGNOSTIC = Pattern.compile("(?s)\\s*(?:Warning|Notice|Deprecated|Strict Standards"
            + "|(?:Catchable )?[Ff]atal error|Parse error):\\s.{1,600}? in \\S+\\.(?:php|inc)\\S* on line \\d+\\s*");
    private static final Pattern DIAGNOSTIC_KIND = Pattern.compile(
            "Warning|Notice|Deprecated|Strict Standards|(?:Catchable )?[Ff]atal error|Parse error");

    /**
     * Removes the errors a broken server printed into the page (PHP's warnings, one per line, in bold: "<b>Warning</b>:
     * ... in <b>/www/file.php</b> on line <b>56</b><br>"): they are the site's fault, not the article.
     */
    private static void removeServerDiagnostics(Document doc) {
        for (Element kind : new ArrayList<>(doc.body().select("b, strong"))) {
            if (kind.parent() == null || !DIAGNOSTIC_KIND.matcher(kind.text().strip()).matches()) {
                continue;
            }
            List<Node> line = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (Node n = kind; n != null && !(n instanceof Element e && e.normalName().equals("br")); n = n.nextSibling()) {
                line.add(n);
                text.append(n instanceof Element e ? e.text() : n instanceof TextNode t ? t.getWholeText() : "");
            }
            if (!SERVER_DIAGNOSTIC.matcher(text).matches()) {
                continue;
            }
            Node next = line.get(line.size() - 1).nextSibling();
            for (int breaks = 0; breaks < 2 && next instanceof Element br && br.normalName().equals("br"); breaks++) {
                Node after = br.nextSibling();
                while (after instanceof TextNode t && t.isBlank()) {
                    after = after.nextSibling();
                }
                br.remove();
                next = after;
            }
            line.forEach(Node::remove);
        }
    }

    /**
     * Some pages hold their article where a browser running scripts does not
     * show it: in a {@code <noscript>} (the whole page, for readers without
     * scripts) or in a client-side template ({@code <script type="text/template">},
     * as Blogger's themes do). When such a holder has more text than the rest of
     * the page, it is the page: its markup takes its place.
     */
    private static void revealContentHeldBack(Document doc) {
        Element body = doc.body();
        int shown = textOutsideHolders(body);
        for (Element holder : new ArrayList<>(body.select("noscript, script[type~=(?i)^text/(x-)?template$]"))) {
            if (holder.parent() == null) {
                continue;
            }
            List<Node> markup = holder.normalName().equals("noscript") ? new ArrayList<>(holder.childNodes())
                    : org.jsoup.parser.Parser.parseFragment(holder.data(), holder.parent(), doc.location());
            int held = markup.stream().mapToInt(n -> n instanceof Element e ? e.text().length()
                    : n instanceof TextNode t ? t.text().strip().length() : 0).sum();
            if (held >= 500 && held > shown) {
                for (Node n : markup) {
                    holder.before(n);
                }
                holder.remove();
                // now shown: a second holder of the same post (Blogger's template and its noscript) stays held
                shown += held;
            }
        }
    }

    private static int textOutsideHolders(Element body) {
        Element copy = body.clone();
        copy.select("noscript, script, style, template").remove();
        return copy.text().length();
    }

    private static void removeComments(Document doc) {
        List<Node> comments = new ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        }, doc);
        comments.forEach(Node::remove);
    }

    private static void fixLazyImage(Element img) {
        String src = img.attr("src");
        if (!src.isBlank() && !src.startsWith("data:")) {
            return;
        }
        for (String attr : LAZY_SOURCES) {
            String value = img.attr(attr).strip();
            if (!value.isEmpty()) {
                img.attr("src", value.split("[\\s,]+")[0]);
                return;
            }
        }
    }

    /** "text<br><br>more text" becomes "text<p>more text</p>". */
    private static void paragraphsFromDoubleBreaks(Document doc, Element br) {
        Node next = nextNonBlank(br);
        boolean replaced = false;
        while (next instanceof Element e && e.normalName().equals("br")) {
            replaced = true;
            Node after = nextNonBlank(e);
            e.remove();
            next = after;
        }
        if (!replaced) {
            return;
        }
        Element p = doc.createElement("p");
        br.replaceWith(p);
        Node sibling = p.nextSibling();
        while (sibling != null) {
            if (sibling instanceof Element e && e.normalName().equals("br")) {
                Node afterBreak = nextNonBlank(e);
                if (afterBreak instanceof Element e2 && e2.normalName().equals("br")) {
                    break;
                }
            }
            if (!BlockText.isPhrasing(sibling)) {
                break;
            }
            Node following = sibling.nextSibling();
            p.appendChild(sibling);
            sibling = following;
        }
        while (p.childNodeSize() > 0 && BlockText.isWhitespace(p.childNode(p.childNodeSize() - 1))) {
            p.childNode(p.childNodeSize() - 1).remove();
        }
        if (p.parent() != null && p.parent().normalName().equals("p")) {
            p.parent().tagName("div");
        }
    }

    private static Node nextNonBlank(Node n) {
        Node next = n.nextSibling();
        while (next instanceof TextNode t && t.isBlank()) {
            next = next.nextSibling();
        }
        return next;
    }
}
