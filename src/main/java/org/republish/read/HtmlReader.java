package org.republish.read;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.republish.model.Article;
import org.republish.model.ArticleDeadline;
import org.republish.model.ArticleMeta;
import org.republish.model.Author;
import org.republish.model.LicenseEvidence;
import org.republish.model.Notice;
import org.republish.model.Publication;
import org.republish.model.WebAddress;
import org.republish.model.PublishException;

/**
 * An HTML input: an article fragment, or a whole web page saved from a
 * browser. A fragment (no {@code <html>}/{@code <body>}) is taken as it is:
 * its {@code <article>}, else {@code <main>}, else its body. A page's
 * metadata is read with {@link PageMetadata}; its article is extracted
 * ({@link ArticleExtractor}) unless the body holds nothing but one
 * {@code <article>}, which is then taken as it is. Thread-safe.
 */
public final class HtmlReader implements ArticleReader {

    /**
     * Deepest nesting of tables read. 1,014 saved real pages (the Readability and trafilatura test sets) nest
     * tables at most 9 deep; each level multiplies the work of judging layout tables, and thousands of them
     * took minutes.
     */
    static final int MAX_TABLE_NESTING = 32;

    private static final Pattern PAGE_CHROME = Pattern.compile("(?i)<(html|body)[\\s>]");

    private final BodySanitizer sanitizer = new BodySanitizer();
    private final ArticleExtractor extractor = new ArticleExtractor();

    @Override
    public Article read(InputDocument input) throws PublishException {
        HtmlDecoding.PageText decoded = HtmlDecoding.decode(input.bytes(), input.fileName());
        Document page = Jsoup.parse(decoded.text());
        ArticleDeadline.check();
        int tables = tableNesting(page);
        if (tables > MAX_TABLE_NESTING) {
            throw new PublishException("The page in " + input.fileName() + " nests tables " + tables + " deep, more "
                    + "than the limit of " + MAX_TABLE_NESTING + " (real pages stay under about 10). No article needs "
                    + "that: the file is probably damaged or machine-made, and reading it would stall the service. "
                    + "Save the article again, or remove the excess nesting.");
        }
        List<Notice> notices = new ArrayList<>();
        if (decoded.damaged() > 0) {
            notices.add(TextDecoding.damagedNotice(decoded.damaged()));
        } else if (decoded.guessed()) {
            notices.add(Notice.warning("read.encoding", "The file is not UTF-8 and declares no charset it could be "
                    + "read in; it was read as windows-1252. Save it as UTF-8 to be sure of every character."));
        }
        Article article;
        if (!PAGE_CHROME.matcher(decoded.text()).find()) {
            article = readFragment(page, notices);
        } else {
            Element lone = loneArticle(page);
            article = readPage(page, lone, notices);
        }
        return Titles.settle(article, input);
    }

    /** How many tables the most deeply nested table sits in, itself included, found without recursion. */
    static int tableNesting(Document page) {
        int deepest = 0;
        java.util.ArrayDeque<Element> stack = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
        stack.push(page);
        depths.push(0);
        while (!stack.isEmpty()) {
            ArticleDeadline.check();
            Element e = stack.pop();
            int d = depths.pop() + (e.normalName().equals("table") ? 1 : 0);
            deepest = Math.max(deepest, d);
            for (Element child : e.children()) {
                stack.push(child);
                depths.push(d);
            }
        }
        return deepest;
    }

    /** The page's one {@code <article>} when the body holds nothing else: then there is nothing to extract it from. */
    static Element loneArticle(Document page) {
        Elements articles = page.body().select("article");
        if (articles.size() != 1) {
            return null;
        }
        Element article = articles.first();
        return page.body().text().strip().length() == article.text().strip().length() ? article : null;
    }

    /** A whole page: its metadata, and the article extracted from it, or its lone {@code <article>} as it is. */
    private Article readPage(Document page, Element loneArticle, List<Notice> notices) {
        PageMetadata found = PageMetadata.of(page);
        String byline = found.byline();
        Element body;
        String authorBio = null;
        // what a byline over the article adds to the metadata's authors
        Datelines.BylineFound overTheArticle;
        String standfirst = null;
        if (loneArticle != null) {
            Element article = PagePreparation.withoutHidden(loneArticle);
            // the label and the headline set in the article's header go first, for the date line under them to be at
            // its start
            Titles.removeLeadingLabel(article);
            Titles.removeLeadingRepeat(article, found.title());
            authorBio = ArticleExtractor.cleanArticleBox(article, true, PageMetadata.siteHost(page));
            List<String> named = !found.authors().isEmpty() ? found.authors() : Bylines.names(byline);
            overTheArticle = Datelines.removeBylinesAtEdges(article, named);
            if (authorBio == null) {
                authorBio = AuthorBoxes.takeClosingBio(article, found.authors());
            }
            RecipeParts.complete(article, page);
            ArticleDeadline.check();
            body = sanitizer.clean(article);
        } else {
            ArticleExtractor.Extraction extraction = extractor.extract(page, found.title(), byline == null);
            byline = byline != null ? byline : extraction.byline();
            List<String> named = !found.authors().isEmpty() ? found.authors() : Bylines.names(byline);
            overTheArticle = Datelines.removeBylinesAtEdges(extraction.content(), named);
            authorBio = extraction.authorBio();
            if (authorBio == null) {
                authorBio = AuthorBoxes.takeClosingBio(extraction.content(), named);
            }
            boolean labelGone = Titles.removeLeadingLabel(extraction.content());
            if (Titles.removeLeadingRepeat(extraction.content(), found.title()) || labelGone) {
                Datelines.removeAtEdges(extraction.content());
            }
            RecipeParts.complete(extraction.content(), page);
            standfirst = Standfirst.find(extraction.content(), page, found.title(), found.description());
            ArticleDeadline.check();
            body = sanitizer.clean(extraction.content());
        }
        ArticleDeadline.check();

        ArticleMeta.Builder meta = new ArticleMeta.Builder()
                .title(found.title())
                .lang(found.lang())
                .description(found.description())
                .standfirst(standfirst)
                .published(found.published())
                .originalUrl(found.canonical());
        if (found.canonical() != null && !WebAddress.isWeb(found.canonical())) {
            meta.extra(FrontMatter.REJECTED_ADDRESS, found.canonical());
        }
        List<LicenseEvidence> statements = PageLicenseStatements.of(page, body.text());
        meta.licenseEvidence(statements);
        // where the site is, for its name and owner: the article's address, else the domain the page declares
        String site = found.canonical() != null ? found.canonical() : PageMetadata.declaredSite(page);
        List<String> owners = SiteOwner.names(page, statements, found.siteName(), site);
        List<String> names = !overTheArticle.coAuthors().isEmpty() ? overTheArticle.coAuthors()
                : !found.authors().isEmpty() ? found.authors() : Bylines.names(byline);
        names = SiteOwner.expand(names, owners);
        if (names.isEmpty()) {
            // no byline: the owner a personal site names, else the one holder the licence notice names
            names = SiteOwner.personalSite(found.siteName()).or(() -> SiteOwner.handleOwner(page, site))
                    .map(List::of).orElseGet(() -> {
                        List<String> licensors = SiteOwner.licensors(page, statements);
                        return licensors.size() == 1 ? licensors : List.of();
                    });
        }
        boolean wiki = wiki(page);
        String siteName = siteName(found.siteName() == null && wiki ? wikiName(page) : found.siteName(), site);
        if (names.isEmpty() && siteName != null && wiki) {
            // a wiki's page is written by its contributors, and wikis ask to be credited so
            names = List.of(siteName + " contributors");
        }
        List<Author> authors = names.stream().map(Author::named).toList();
        if (overTheArticle.affiliation() != null && authors.size() == 1
                && authors.get(0).name().equalsIgnoreCase(overTheArticle.affiliated().strip())) {
            authors = List.of(authors.get(0).withAffiliation(overTheArticle.affiliation()));
        }
        if (authorBio != null && authors.size() == 1) {
            // the site's box about the author, taken out of the article, is this author's biography
            authors = List.of(authors.get(0).withBio(authorBio));
        } else if (authorBio != null) {
            meta.extra("author-box", authorBio);
        }
        meta.authors(authors);
        if (byline != null) {
            meta.extra("byline", byline);
        }
        if (siteName != null) {
            meta.source(new Publication(siteName, home(site)));
        }
        if (loneArticle == null && body.text().length() < ArticleExtractor.ENOUGH_TEXT) {
            notices.add(Notice.warning("read.extract", "Little text was found in this web page ("
                    + body.text().length() + " characters): check that the output holds the whole article."));
        }
        return new Article(meta.build(), body, notices);
    }

    /**
     * The site's name; a tagline given as its name ("Ein Blog über alternative Lebensräume, ferne
     * Länder und ...") or no name at all gives way to the host of its address ("anchor.ch").
     */
    static String siteName(String declared, String canonical) {
        if (declared != null && !declared.isBlank()) {
            String name = declared.strip();
            String[] parts = name.split("\\s+[|–—-]\\s+|:\\s+", 2);
            if (parts.length == 2 && PageTitle.wordCount(parts[0]) <= 4) {
                name = parts[0].strip(); // "Mozilla Hacks – the Web developer blog"
            }
            if (PageTitle.wordCount(name) <= 6 && !name.contains(", ")) {
                return name;
            }
        }
        String host = WebAddress.host(canonical);
        return host.isEmpty() ? (declared == null || declared.isBlank() ? null : declared.strip()) : host;
    }

    private static String home(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            return uri.getScheme() == null || uri.getHost() == null ? null : uri.getScheme() + "://" + uri.getHost() + "/";
        } catch (Exception notAUrl) {
            return null;
        }
    }

    private Article readFragment(Document page, List<Notice> notices) {
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
            if (!WebAddress.isWeb(canonical.attr("href"))) {
                meta.extra(FrontMatter.REJECTED_ADDRESS, canonical.attr("href"));
            }
        }

        Element container = page.selectFirst("article");
        if (container == null) {
            container = page.selectFirst("main");
        }
        if (container == null) {
            container = page.body();
        }
        Element body = sanitizer.clean(container);
        meta.licenseEvidence(PageLicenseStatements.of(page, body.text()));
        // a page title often carries the site name ("Title | Site"); a lone <h1> in the body is the cleaner title
        Element h1 = body.select("h1").size() == 1 ? body.selectFirst("h1") : null;
        ArticleMeta built = meta.build();
        if (h1 != null && (built.title() == null || built.title().contains(h1.text().strip()))) {
            built = built.toBuilder().title(h1.text().strip()).build();
        }
        return new Article(built, body, notices);
    }

    /** A page a wiki engine made ("MediaWiki 1.28.0-wmf.23"): its text is its contributors'. */
    private static boolean wiki(Document page) {
        return metaContent(page, "generator").startsWith("MediaWiki");
    }

    /** A wiki names itself after its page titles ("Mozilla - Wikipedia"), as the engine sets them. */
    private static String wikiName(Document page) {
        String title = page.title();
        int dash = title.lastIndexOf(" - ");
        return dash < 0 ? null : title.substring(dash + 3).strip();
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
