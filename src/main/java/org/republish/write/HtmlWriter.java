package org.republish.write;

import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.republish.model.Article;

/**
 * A standalone HTML5 page: the laid-out article with its stylesheet inlined,
 * so the page opens anywhere and makes no request of its own.
 */
public final class HtmlWriter implements ArticleWriter {

    private final ArticleXhtml layout;
    private final String css;
    private final HtmlMetadata metadata = new HtmlMetadata();

    private final Document pageTemplate;

    public HtmlWriter(ArticleXhtml layout, Stylesheets stylesheets) {
        this(layout, stylesheets, null);
    }

    /**
     * @param pageTemplate the house page the article is set into, or null for a bare page: an HTML
     *                     document with one element marked {@code data-republish="article"}, which the
     *                     article replaces; everything else in it (masthead, footer) is kept as written
     */
    public HtmlWriter(ArticleXhtml layout, Stylesheets stylesheets, String pageTemplate) {
        this.layout = layout;
        this.css = stylesheets.screen();
        if (pageTemplate == null) {
            this.pageTemplate = null;
        } else {
            this.pageTemplate = org.jsoup.Jsoup.parse(pageTemplate);
            if (this.pageTemplate.selectFirst("[data-republish=article]") == null) {
                throw new IllegalArgumentException("the page template has no element with data-republish=\"article\" "
                        + "to put the article in");
            }
        }
    }

    @Override
    public OutputFormat outputFormat() {
        return OutputFormat.HTML;
    }

    @Override
    public byte[] write(Article article) {
        return page(article).html().getBytes(StandardCharsets.UTF_8);
    }

    /** The house page with the article in its slot and the article's head entries added to the page's head. */
    private Document intoTemplate(Document article) {
        Document page = pageTemplate.clone();
        page.selectFirst("[data-republish=article]").replaceWith(article.selectFirst("article"));
        page.selectFirst("html").attr("lang", article.selectFirst("html").attr("lang"));
        page.head().select("title, meta[charset]").remove();
        Element anchor = page.head().prependElement("meta").attr("charset", "utf-8");
        for (Element e : article.head().children()) {
            if (!e.tagName().equals("meta") || !e.hasAttr("charset")) {
                anchor.after(e.clone());
            }
        }
        return page;
    }

    /** The page as a document, for callers that add to it (metadata, counters). */
    public Document page(Article article) {
        Document doc = layout.render(article).document();
        if (pageTemplate != null) {
            doc = intoTemplate(doc);
        }
        doc.outputSettings()
                .syntax(Document.OutputSettings.Syntax.html)
                .escapeMode(Entities.EscapeMode.base)
                .prettyPrint(true)
                .indentAmount(1)
                .outline(false);
        if (doc.documentType() == null) {
            doc.prependChild(new org.jsoup.nodes.DocumentType("html", "", ""));
        }
        Element html = doc.selectFirst("html");
        html.removeAttr("xmlns").removeAttr("xml:lang");
        Element title = doc.head().selectFirst("title");
        title.after(new Element("meta").attr("name", "viewport")
                .attr("content", "width=device-width, initial-scale=1"));
        metadata.addTo(doc, article.meta());
        doc.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(css));
        return doc;
    }
}
