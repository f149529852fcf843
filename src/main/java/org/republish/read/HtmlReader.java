package org.republish.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;
import org.republish.model.Author;
import org.republish.model.Notice;
import org.republish.model.PublishException;

/**
 * An article fragment or a simple page: the body is the page's
 * {@code <article>}, else its {@code <main>}, else its {@code <body>}.
 * Metadata comes from the usual {@code <meta>} tags, {@code <title>},
 * {@code <html lang>} and {@code <link rel=canonical>}.
 */
public final class HtmlReader implements ArticleReader {

    private final BodySanitizer sanitizer = new BodySanitizer();

    @Override
    public Article read(InputDocument input) throws PublishException {
        TextDecoding.Decoded checked = TextDecoding.decode(input.bytes(), input.fileName());
        Document page;
        List<Notice> notices = new ArrayList<>();
        try {
            // jsoup honours a byte order mark and <meta charset>; without either it reads UTF-8
            page = checked.guessed()
                    ? Jsoup.parse(checked.text())
                    : Jsoup.parse(new ByteArrayInputStream(input.bytes()), null, "");
        } catch (IOException e) {
            throw new PublishException("The HTML file " + input.fileName() + " could not be read: " + e.getMessage(), e);
        }
        if (checked.guessed() && page.selectFirst("meta[charset], meta[http-equiv=content-type]") == null) {
            notices.add(Notice.warning("read.encoding", "The file is not UTF-8 and declares no charset; it was "
                    + "read as windows-1252. Save it as UTF-8 to be sure of every character."));
        }

        ArticleMeta.Builder meta = new ArticleMeta.Builder();
        String title = firstNonBlank(metaContent(page, "og:title"), page.title());
        meta.title(title.isEmpty() ? null : title);
        String author = metaContent(page, "author");
        if (!author.isEmpty()) {
            meta.authors(List.of(Author.named(author)));
        }
        String lang = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang");
        meta.lang(lang.isBlank() ? null : lang.strip());
        String description = firstNonBlank(metaContent(page, "description"), metaContent(page, "og:description"));
        meta.description(description.isEmpty() ? null : description);
        String published = firstNonBlank(metaContent(page, "article:published_time"), metaContent(page, "date"));
        meta.published(published.isEmpty() ? null : published);
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        if (canonical != null) {
            meta.originalUrl(canonical.attr("href"));
        }

        // the licence statement a page makes about itself; the licence stage interprets it
        Element licence = page.selectFirst("link[rel~=(?i)license][href], a[rel~=(?i)license][href]");
        String licenceMeta = firstNonBlank(metaContent(page, "dcterms.license"), metaContent(page, "DC.rights"));
        if (licence != null) {
            meta.extra("license", licence.attr("href"));
        } else if (!licenceMeta.isEmpty()) {
            meta.extra("license", licenceMeta);
        }

        Element container = page.selectFirst("article");
        if (container == null) {
            container = page.selectFirst("main");
        }
        if (container == null) {
            container = page.body();
        }
        Element body = sanitizer.clean(container);
        // a page title often carries the site name ("Title | Site"); a lone <h1> in the body is the cleaner title
        Element h1 = body.select("h1").size() == 1 ? body.selectFirst("h1") : null;
        ArticleMeta built = meta.build();
        if (h1 != null && (built.title() == null || built.title().contains(h1.text().strip()))) {
            built = built.toBuilder().title(h1.text().strip()).build();
        }
        return Titles.settle(new Article(built, body, notices), input);
    }

    private static String metaContent(Document page, String name) {
        Element m = page.selectFirst("meta[name=" + name + "], meta[property=" + name + "]");
        return m == null ? "" : m.attr("content").strip();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
