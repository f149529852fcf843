package org.republish.read;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What a whole web page says about its article, before any content is
 * extracted: JSON-LD first (it is written for machines and rarely wrong), then
 * Dublin Core, Open Graph, Twitter and plain {@code <meta>} tags, microdata,
 * {@code <time>}, and {@code <link rel>}s. Any field may be null.
 *
 * @param title     the headline
 * @param byline    the credit line as the page gives it ("Jane Doe, John Roe"), or null
 * @param authors   author names when the page lists them one by one (JSON-LD), else empty
 * @param published publication date, as the page writes it (usually ISO 8601)
 * @param canonical the original URL of the article
 */
public record PageMetadata(String title, String byline, List<String> authors, String published,
        String description, String siteName, String lang, String canonical) {

    /** property="og:title article:author" style names; one attribute may hold several. */
    private static final Pattern PROPERTY = Pattern.compile(
            "\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|title|site_name|url)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile(
            "^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(?:article|webpage))\\s*[-.:]\\s*)?"
                    + "(author|creator|pub-date|description|title|site_name)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern HOST = Pattern.compile("^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}$");

    public static PageMetadata of(Document page) {
        Map<String, String> tags = metaTags(page);
        JsonLdArticle ld = JsonLdArticle.find(page);
        String pageTitle = PageTitle.of(page);

        String title = ld == null ? null : ldTitle(ld, pageTitle);
        title = first(title, tags.get("dc:title"), tags.get("dcterm:title"), tags.get("og:title"),
                tags.get("weibo:article:title"), tags.get("weibo:webpage:title"), tags.get("title"),
                tags.get("twitter:title"), tags.get("parsely-title"), microdata(page, "headline"), pageTitle);

        List<String> authors = ld == null ? List.of() : ld.authors();
        String articleAuthor = tags.get("article:author");
        if (articleAuthor != null && articleAuthor.matches("(?i)^https?://.*")) {
            articleAuthor = null; // a profile page, not a name
        }
        String byline = first(authors.isEmpty() ? null : String.join(", ", authors), tags.get("dc:creator"),
                tags.get("dcterm:creator"), tags.get("author"), tags.get("parsely-author"), tags.get("author:property"), articleAuthor);

        String published = first(ld == null ? null : ld.datePublished(), tags.get("article:published_time"),
                tags.get("parsely-pub-date"), tags.get("dc:date"), attr(page, "[itemprop=datePublished]", "content", "datetime"),
                attr(page, "time[pubdate][datetime]", "datetime"));
        String description = first(ld == null ? null : ld.description(), tags.get("dc:description"),
                tags.get("dcterm:description"), tags.get("og:description"), tags.get("weibo:article:description"),
                tags.get("weibo:webpage:description"), tags.get("description"), tags.get("twitter:description"));
        String siteName = first(ld == null ? null : ld.publisher(), tags.get("og:site_name"),
                PageTitle.siteNameCut(page, pageTitle));

        Element html = page.selectFirst("html");
        String lang = html == null ? null : blankToNull(html.attr("lang"));

        String canonical = first(attr(page, "link[rel=canonical][href]", "href"), tags.get("og:url"),
                ld == null ? null : ld.url());
        title = PageTitle.withoutSiteName(unescape(title), page);
        title = PageTitle.withoutName(title, unescape(siteName));
        return new PageMetadata(title, unescape(byline), authors, published, unescape(description),
                unescape(siteName), lang, canonical);
    }

    /**
     * The site's home address from the domain the page declares for its cards ({@code twitter:domain}), for a
     * saved page that gives no address of its own; null when it declares none.
     */
    public static String declaredSite(Document page) {
        Element meta = page.selectFirst("meta[name=twitter:domain][content], meta[property=twitter:domain][content]");
        String host = meta == null ? "" : meta.attr("content").strip().toLowerCase(Locale.ROOT);
        return HOST.matcher(host).matches() ? "https://" + host + "/" : null;
    }

    private static String ldTitle(JsonLdArticle ld, String pageTitle) {
        if (ld.name() != null && ld.headline() != null && !ld.name().equals(ld.headline())) {
            boolean nameMatches = TextSimilarity.of(ld.name(), pageTitle) > 0.75;
            boolean headlineMatches = TextSimilarity.of(ld.headline(), pageTitle) > 0.75;
            return headlineMatches && !nameMatches ? ld.headline() : ld.name();
        }
        return first(ld.name(), ld.headline());
    }

    /** Meta tags by normalised name ("og:title", "dc:creator", "author"); the last of a name wins. */
    private static Map<String, String> metaTags(Document page) {
        Map<String, String> values = new HashMap<>();
        for (Element meta : page.select("meta[content], meta[value]")) {
            // some saving tools write the value as value="" rather than content=""
            String content = (meta.hasAttr("content") ? meta.attr("content") : meta.attr("value")).strip();
            if (content.isEmpty()) {
                continue;
            }
            boolean byProperty = false;
            Matcher m = PROPERTY.matcher(meta.attr("property"));
            while (m.find()) {
                values.put(m.group().toLowerCase(Locale.ROOT).replaceAll("\\s", ""), content);
                byProperty = true;
            }
            if (meta.attr("property").strip().equalsIgnoreCase("author")) {
                values.put("author:property", content);
            }
            if (!byProperty && NAME.matcher(meta.attr("name")).matches()) {
                String name = meta.attr("name").toLowerCase(Locale.ROOT).replaceAll("\\s", "").replace('.', ':');
                values.put(name, content);
            }
        }
        return values;
    }

    private static String microdata(Document page, String property) {
        Element e = page.selectFirst("[itemprop=" + property + "]");
        if (e == null) {
            return null;
        }
        return blankToNull(e.hasAttr("content") ? e.attr("content") : e.text());
    }

    private static String attr(Document page, String query, String... names) {
        for (Element e : page.select(query)) {
            for (String name : names) {
                if (e.hasAttr(name) && !e.attr(name).isBlank()) {
                    return e.attr(name).strip();
                }
            }
        }
        return null;
    }

    private static String unescape(String s) {
        return s == null ? null : PageTitle.normalize(Parser.unescapeEntities(s, false));
    }

    static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The host the page says it was published on (canonical address, else og:url), without "www."; or null. */
    static String siteHost(Document page) {
        for (String address : new String[] {attr(page, "link[rel=canonical][href]", "href"),
            attr(page, "meta[property=og:url][content]", "content")}) {
            if (address == null) {
                continue;
            }
            try {
                String host = URI.create(unarchived(address.strip())).getHost();
                if (host != null) {
                    return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
                }
            } catch (IllegalArgumentException e) {
                // not an address: try the next
            }
        }
        return null;
    }

    /** The address a web archive's copy stands for ("/web/20131110121040/http://www.peptalks.de/x" is the latter). */
    static String unarchived(String address) {
        Matcher m = ARCHIVED.matcher(address);
        return m.matches() ? m.group(1) : address;
    }

    private static final Pattern ARCHIVED = Pattern.compile(
            "(?i)^(?:https?://web\\.archive\\.org)?/web/\\d+[a-z_]*/(https?://.+)$");
}
