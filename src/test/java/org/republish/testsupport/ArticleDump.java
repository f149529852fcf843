package org.republish.testsupport;

import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;
import org.republish.model.Author;
import org.republish.model.LicenseEvidence;
import org.republish.model.Notice;

/**
 * A readable, stable text form of the model, for golden tests: one line per
 * metadata field, then the notices, then the body as indented HTML.
 */
public final class ArticleDump {

    private ArticleDump() {
    }

    public static String of(Article article) {
        StringBuilder out = new StringBuilder();
        ArticleMeta m = article.meta();
        out.append("# meta\n");
        line(out, "title", m.title());
        line(out, "standfirst", m.standfirst());
        for (Author a : m.authors()) {
            line(out, "author", a.name() + " | " + nz(a.affiliation()) + " | " + nz(a.role()) + " | " + nz(a.bio()));
        }
        line(out, "lang", m.lang());
        line(out, "published", m.published());
        line(out, "republished", m.republished());
        line(out, "description", m.description());
        line(out, "standfirst", m.standfirst());
        line(out, "source", m.source() == null ? null : m.source().name() + " | " + nz(m.source().homeUrl()));
        line(out, "originalUrl", m.originalUrl());
        line(out, "license", m.license() == null ? null : m.license().spdxId() + " | " + nz(m.license().url()));
        line(out, "attribution", m.attribution() == null ? null : m.attribution().plainText());
        line(out, "articleId", m.articleId());
        line(out, "tags", m.tags().isEmpty() ? null : String.join(", ", m.tags()));
        for (LicenseEvidence e : m.licenseEvidence()) {
            line(out, "licenseEvidence", e.place() + " | " + e.text() + (e.links().isEmpty() ? "" : " | " + String.join(" ", e.links()))
                    + (e.verdict() == null ? "" : " -> " + e.reading() + "; " + e.verdict()));
        }
        line(out, "licenseReason", m.licenseReason());
        for (Map.Entry<String, String> e : new TreeMap<>(m.extra()).entrySet()) {
            line(out, "extra." + e.getKey(), e.getValue());
        }
        out.append("# notices\n");
        for (Notice n : article.notices()) {
            out.append(n.level()).append(' ').append(n.rule()).append(" x").append(n.count()).append(": ")
                    .append(n.message());
            if (n.example() != null) {
                out.append(" [").append(n.example()).append(']');
            }
            out.append('\n');
        }
        out.append("# body\n");
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(true).indentAmount(1);
        Element body = doc.body();
        for (var node : article.body().childNodes()) {
            body.appendChild(node.clone());
        }
        out.append(body.html()).append('\n');
        return out.toString();
    }

    private static void line(StringBuilder out, String key, String value) {
        if (value != null) {
            out.append(key).append(": ").append(value.replace("\n", "\\n")).append('\n');
        }
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }
}
