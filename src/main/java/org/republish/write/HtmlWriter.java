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

    public HtmlWriter(ArticleXhtml layout, Stylesheets stylesheets) {
        this.layout = layout;
        this.css = stylesheets.screen();
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public byte[] write(Article article) {
        return page(article).html().getBytes(StandardCharsets.UTF_8);
    }

    /** The page as a document, for callers that add to it (metadata, counters). */
    public Document page(Article article) {
        Document doc = layout.render(article).document();
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
