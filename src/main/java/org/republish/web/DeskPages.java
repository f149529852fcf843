package org.republish.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.time.Instant;
import java.time.ZoneId;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.republish.clean.Cleaning;
import org.republish.clean.FidelityResult;
import org.republish.license.LicenseDetector;
import org.republish.license.LicenseMatch;
import org.republish.license.Licenses;
import org.republish.license.SourceProfile;
import org.republish.model.Author;
import org.republish.model.License;
import org.republish.model.LicenseEvidence;
import org.republish.pipeline.Pipeline;

/**
 * The editor's desk pages: a held article (what it says, the licence evidence, the form that
 * resolves the hold) and a published article (outputs, attribution, what cleaning did, with a way
 * to publish it again with a rule off). Plain forms, no script; built with jsoup's element API so
 * that everything from an article is escaped by construction, as on the status page.
 */
final class DeskPages {

    private static final String CSS = """
            form.desk{margin:1rem 0;padding:.8rem 1rem;border:1px solid #ccc;border-radius:4px;max-width:40rem}
            form.desk label{display:block;margin:.6rem 0 .2rem;font-weight:600}
            form.desk input[type=text],form.desk input[type=url],form.desk input[type=password],form.desk select,
            form.desk textarea{width:100%;box-sizing:border-box;font:inherit;padding:.35rem}
            form.desk button{margin-top:.8rem;font:inherit;padding:.4rem 1rem}
            form.inline{display:inline}form.inline button{font:inherit}td.act{white-space:nowrap}
            @media (max-width:40rem){td.act{white-space:normal}}
            .hint{color:#555;font-size:.9rem;margin:.1rem 0}
            .article-text{border-left:3px solid #ddd;padding-left:1rem;max-width:45rem}
            .article-text img{max-width:100%}p.thumb img{border:1px solid #ccc;display:block}
            a:focus,button:focus,input:focus,select:focus,textarea:focus{outline:3px solid #1565c0;outline-offset:1px}
            """;

    private final ZoneId zone;

    DeskPages(ZoneId zone) {
        this.zone = zone;
    }

    /** What a desk page needs to know about the editor's session. */
    record Access(String token, boolean needsPassword, String actionsOff) {
    }

    /** The page of a held article. {@code review} is empty (with {@code unreadable} saying why) when it could not be read. */
    String held(String name, String reason, Optional<Pipeline.Review> review, String unreadable,
            List<SourceProfile> profiles, Access access, String message, boolean messageIsError) {
        Document doc = shell("Held: " + name);
        Element main = doc.body().selectFirst("main");
        notice(main, message, messageIsError);
        main.appendElement("h1").text("Held: " + name);
        main.appendElement("p").addClass("reason").text(reason);

        List<License> candidates = new ArrayList<>();
        SourceProfile matched = null;
        if (review.isPresent()) {
            Pipeline.Review r = review.get();
            var meta = r.article().meta();
            main.appendElement("h2").attr("id", "evidence").text("What the article and its page say about a licence");
            List<LicenseEvidence> evidence = r.licence().resolution().evidence();
            if (evidence.isEmpty()) {
                main.appendElement("p").addClass("empty").text("No statement about a licence was found.");
            } else {
                Element table = StatusPage.table(main, "evidence", "Where it stood", "Statement", "Read as", "Verdict");
                for (LicenseEvidence e : evidence) {
                    Element row = table.appendElement("tr");
                    row.appendElement("td").text(e.place().description());
                    row.appendElement("td").addClass("reason").text(shorten(e.text(), 400));
                    row.appendElement("td").text(e.reading() == null ? "not read" : e.reading());
                    row.appendElement("td").text(e.verdict() == null ? "" : e.verdict());
                }
            }
            candidates = candidates(evidence);
            main.appendElement("h2").attr("id", "profiles").text("Source profile");
            var match = r.licence().match();
            if (match != null) {
                matched = match.profile();
                main.appendElement("p").text("Matches " + match.profile().name() + " (" + match.profile().id()
                        + "), by " + String.join(", ", match.reasons()) + ".");
            } else {
                main.appendElement("p").text(r.licence().profile() == null ? "Matches no source profile."
                        : "Matches no source profile; the default profile " + r.licence().profile().id()
                                + " applies.");
            }
            StatusPage.labelCells(main);
            resolveForm(main, name, candidates, matched, profiles, meta.title(),
                    meta.authors().stream().map(Author::name).toList(),
                    meta.source() == null ? "" : meta.source().name(),
                    meta.originalUrl() == null ? "" : meta.originalUrl(), access);
            refuseForm(main, name, access);
            main.appendElement("h2").attr("id", "text").text("The article as read");
            Element text = main.appendElement("section").addClass("article-text").attr("aria-labelledby", "text");
            if (meta.title() != null) {
                text.appendElement("h3").text(meta.title());
            }
            for (Element child : r.article().bodyCopy().children()) {
                demoteHeadings(child);
                // the article's own ids ("reason", "resolve"...) could clash with the page's and its labels
                child.select("[id]").removeAttr("id");
                text.appendChild(child);
            }
        } else {
            main.appendElement("p").addClass("notice bad").text("The article could not be read: " + unreadable);
            resolveForm(main, name, candidates, null, profiles, "", List.of(), "", "", access);
            refuseForm(main, name, access);
        }
        return "<!DOCTYPE html>\n" + doc.html();
    }

    private void resolveForm(Element main, String name, List<License> candidates, SourceProfile matched,
            List<SourceProfile> profiles, String title, List<String> authors, String source, String originalUrl,
            Access access) {
        main.appendElement("h2").attr("id", "resolve").text("Publish it");
        if (access.actionsOff() != null) {
            main.appendElement("p").addClass("notice bad").text(access.actionsOff());
            return;
        }
        main.appendElement("p").addClass("hint").text("Your choices are written into input/"
                + baseName(name) + ".yaml beside the article, so they apply again if it is dropped in again.");
        Element form = form(main, "/desk/publish", name, access, "file");
        Element licence = select(form, "licence", "Licence", "the licence the original was published under");
        licence.appendElement("option").attr("value", "").text("(from the article, or the profile's policy)");
        Set<String> shown = new LinkedHashSet<>();
        if (!candidates.isEmpty()) {
            Element found = licence.appendElement("optgroup").attr("label", "Named in the evidence");
            for (License l : candidates) {
                found.appendElement("option").attr("value", l.spdxId()).text(l.shortName());
                shown.add(l.spdxId());
            }
        }
        Element all = licence.appendElement("optgroup").attr("label", "All licences");
        for (License l : Licenses.all()) {
            if (!shown.contains(l.spdxId())) {
                all.appendElement("option").attr("value", l.spdxId()).text(l.shortName());
            }
        }
        Element profile = select(form, "profile", "Source profile", "a profile's policy can decide the licence");
        profile.appendElement("option").attr("value", "").text("(none)");
        for (SourceProfile p : profiles) {
            Element o = profile.appendElement("option").attr("value", p.id()).text(p.name() + " (" + p.id() + ")");
            if (p == matched) {
                o.text(o.text() + ", matched");
            }
        }
        text(form, "title", "Title", title, "text");
        text(form, "authors", "Authors (separate with semicolons)", String.join("; ", authors), "text");
        text(form, "source", "Source (publication)", source, "text");
        text(form, "original_url", "Original address", originalUrl, "url");
        password(form, access);
        form.appendElement("button").attr("type", "submit").attr("name", "action").attr("value", "publish")
                .text("Publish");
    }

    private void refuseForm(Element main, String name, Access access) {
        main.appendElement("h2").attr("id", "refuse").text("Refuse it");
        if (access.actionsOff() != null) {
            main.appendElement("p").addClass("notice bad").text(access.actionsOff());
            return;
        }
        Element form = form(main, "/desk/refuse", name, access, "file");
        form.appendElement("label").attr("for", "reason").text("Why (kept beside the file in input/.error/)");
        form.appendElement("textarea").attr("id", "reason").attr("name", "reason").attr("rows", "3")
                .attr("required", "");
        password(form, access);
        form.appendElement("button").attr("type", "submit").text("Refuse");
    }

    /** The page of a published article, from its manifest. */
    String published(String folder, JsonNode manifest, Optional<FidelityResult> fidelity, Access access,
            String message, boolean messageIsError) {
        JsonNode article = manifest.path("article");
        String title = article.path("title").asText(folder);
        Document doc = shell("Published: " + title);
        Element main = doc.body().selectFirst("main");
        notice(main, message, messageIsError);
        main.appendElement("h1").text(title);

        main.appendElement("h2").attr("id", "outputs").text("Outputs");
        Element outs = main.appendElement("p");
        for (JsonNode o : manifest.path("outputs")) {
            String file = o.path("file").asText();
            String href = StatusPage.outputHref(folder, file);
            if (file.endsWith(".pdf")) {
                Element fig = main.appendElement("p").addClass("thumb");
                fig.appendElement("a").attr("href", href).appendElement("img")
                        .attr("src", "/thumb/" + href.substring("/output/".length()))
                        .attr("alt", "First page of the PDF").attr("width", "150");
            }
            outs.appendElement("a").addClass("out").attr("href", href)
                    .text(o.path("format").asText().toUpperCase(Locale.ROOT));
        }
        outs.appendElement("a").addClass("out").attr("href", StatusPage.outputHref(folder, "manifest.json"))
                .text("manifest.json");
        main.appendElement("p").text("From input " + manifest.path("input").path("name").asText("?") + ".");

        main.appendElement("h2").attr("id", "attribution").text("Attribution as printed");
        main.appendElement("p").addClass("reason").text(article.path("attribution").asText("(none)"));
        JsonNode license = article.path("license");
        if (!license.isMissingNode()) {
            main.appendElement("p").text("Licence: " + license.path("name").asText(license.path("id").asText())
                    + (license.has("decision") ? " (" + license.path("decision").asText() + ")" : ""));
        }

        main.appendElement("h2").attr("id", "changes").text("What cleaning changed");
        Element proof = main.appendElement("p").addClass("fidelity");
        if (fidelity.isPresent() && fidelity.get().passed()) {
            FidelityResult f = fidelity.get();
            proof.text(String.format(Locale.ROOT, "Word fidelity: passed. Of the %,d words of the text as read, %,d are "
                    + "in the outputs and %,d were in the blocks listed below, which the rules took out or moved into "
                    + "the metadata; no word was changed (checked again now, on the input in input/.done/).",
                    f.wordsBefore(), f.wordsAfter(), f.wordsRemoved()));
        } else if (fidelity.isPresent()) {
            proof.addClass("notice bad").text("Word fidelity, checked again now on the input in input/.done/: FAILED. "
                    + fidelity.get().message());
        } else {
            proof.text("Word fidelity: passed when published (an article whose words a rule would change is never "
                    + "published). Every word is in the outputs except those in the blocks listed below.");
        }
        List<JsonNode> fired = new ArrayList<>();
        List<String> off = new ArrayList<>();
        for (JsonNode c : manifest.path("changes")) {
            if (c.path("rule").asText().equals(Cleaning.OFF_NOTICE)) {
                off.add(c.path("example").asText());
            } else if (c.path("count").asInt(0) > 0 && Cleaning.isKnown(c.path("rule").asText(""))) {
                fired.add(c);
            }
        }
        if (fired.isEmpty()) {
            main.appendElement("p").addClass("empty").text("No cleaning rule changed this article.");
        } else {
            Element table = StatusPage.table(main, "changes", "Rule", "What it did", "Times", "Example", "");
            for (JsonNode c : fired) {
                String rule = c.path("rule").asText();
                Element row = table.appendElement("tr");
                row.appendElement("td").addClass("rule").attr("data-rule", rule).text(inWords(rule));
                row.appendElement("td").text(c.path("message").asText());
                row.appendElement("td").text(Integer.toString(c.path("count").asInt()));
                row.appendElement("td").addClass("reason").text(shorten(c.path("example").asText(""), 300));
                Element cell = row.appendElement("td").addClass("act");
                if (access.actionsOff() == null) {
                    Element form = form(cell, "/desk/republish", folder, access, "folder").addClass("inline");
                    form.removeClass("desk");
                    form.appendElement("input").attr("type", "hidden").attr("name", "rule").attr("value", rule);
                    password(form, access);
                    form.appendElement("button").attr("type", "submit")
                            .attr("aria-label", "Republish with " + rule + " off").text("Republish with this rule off");
                }
            }
            if (access.actionsOff() != null) {
                main.appendElement("p").addClass("notice bad").text(access.actionsOff());
            }
        }
        if (!off.isEmpty()) {
            main.appendElement("h3").text("Switched off for this article");
            Element list = main.appendElement("ul").addClass("off");
            off.forEach(rule -> list.appendElement("li").attr("data-rule", rule).text(inWords(rule)));
        }
        List<String> warnings = new ArrayList<>();
        manifest.path("warnings").forEach(w -> warnings.add(w.path("message").asText()));
        if (!warnings.isEmpty()) {
            main.appendElement("h2").attr("id", "warnings").text("Warnings");
            Element list = main.appendElement("ul");
            warnings.forEach(w -> list.appendElement("li").text(w));
        }
        StatusPage.labelCells(main);
        return "<!DOCTYPE html>\n" + doc.html();
    }

    // ---- parts

    private Document shell(String title) {
        Document doc = StatusPage.page(title + " - republish desk", StatusPage.CSS + "\n" + CSS);
        Element nav = doc.body().appendElement("nav").attr("aria-label", "Desk");
        nav.appendElement("a").attr("href", "/").text("← Status page");
        nav.appendText(" · page made " + StatusPage.TIME.format(Instant.now().atZone(zone)));
        doc.body().appendElement("main");
        return doc;
    }

    private static void notice(Element main, String message, boolean error) {
        if (message != null) {
            main.appendElement("p").addClass(error ? "notice bad" : "notice").attr("role", "status").text(message);
        }
    }

    private static Element form(Element parent, String action, String target, Access access, String targetField) {
        Element form = parent.appendElement("form").addClass("desk").attr("method", "post").attr("action", action);
        form.appendElement("input").attr("type", "hidden").attr("name", targetField).attr("value", target);
        form.appendElement("input").attr("type", "hidden").attr("name", "token").attr("value", access.token());
        return form;
    }

    private static Element select(Element form, String name, String label, String hint) {
        form.appendElement("label").attr("for", name).text(label);
        form.appendElement("p").addClass("hint").attr("id", name + "-hint").text(hint);
        return form.appendElement("select").attr("id", name).attr("name", name)
                .attr("aria-describedby", name + "-hint");
    }

    /**
     * A field filled with what the article says; the same value is sent back beside it ({@value #WAS}NAME),
     * so that only what the editor changed is written into the sidecar and the rest stays the article's.
     */
    private static void text(Element form, String name, String label, String value, String type) {
        String v = value == null ? "" : value;
        form.appendElement("label").attr("for", name).text(label);
        form.appendElement("input").attr("type", type).attr("id", name).attr("name", name).attr("value", v);
        form.appendElement("input").attr("type", "hidden").attr("name", WAS + name).attr("value", v);
    }

    /** Prefix of the hidden field holding a field's value as the page showed it. */
    static final String WAS = "was_";

    private static void password(Element form, Access access) {
        if (access.needsPassword()) {
            String id = "password-" + (form.ownerDocument().select("input[type=password]").size() + 1);
            form.appendElement("label").attr("for", id).text("Desk password");
            form.appendElement("input").attr("type", "password").attr("id", id).attr("name", "password")
                    .attr("required", "").attr("autocomplete", "current-password");
        }
    }

    /** The licences the statements name, most telling first (the evidence is in that order), each once. */
    static List<License> candidates(List<LicenseEvidence> evidence) {
        Set<License> found = new LinkedHashSet<>();
        for (LicenseEvidence e : evidence) {
            if (e.place() == LicenseEvidence.Place.OTHER) {
                continue;
            }
            for (String link : e.links()) {
                LicenseDetector.fromUrl(link).map(LicenseMatch::license).ifPresent(found::add);
            }
            for (LicenseDetector.Found f : LicenseDetector.findAll(e.text())) {
                if (f.match().license() != null) {
                    found.add(f.match().license());
                }
            }
            LicenseDetector.fromValue(e.text()).map(LicenseMatch::license).ifPresent(found::add);
        }
        found.remove(null);
        return List.copyOf(found);
    }

    /** A rule's name as words: "UnwrapDeadLinks" is "Unwrap dead links". */
    static String inWords(String rule) {
        String spaced = rule.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** The article's headings sit under the page's h2: h1 becomes h3 and so on, never past h6. */
    private static void demoteHeadings(Element root) {
        for (Element h : root.select("h1, h2, h3, h4, h5, h6")) {
            int level = Math.min(6, h.tagName().charAt(1) - '0' + 2);
            h.tagName("h" + level);
        }
    }

    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    static String shorten(String text, int max) {
        String t = text == null ? "" : text.strip();
        return t.length() > max ? t.substring(0, max) + "…" : t;
    }

    static String queryParameter(String key, String value) {
        return key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
