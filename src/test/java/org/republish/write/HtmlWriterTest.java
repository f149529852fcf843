package org.republish.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;
import org.republish.model.Attribution;
import org.republish.model.Author;
import org.republish.model.License;
import org.republish.model.Publication;

class HtmlWriterTest {

    static Article attributedArticle() {
        Element body = Article.newBody();
        body.appendElement("p").text("Opening paragraph.");
        for (String s : List.of("One", "Two", "Three")) {
            body.appendElement("h2").text("Section " + s);
            body.appendElement("p").text("Text of section " + s + ".");
        }
        body.appendElement("p").appendElement("img").attr("src", "https://tracker.example/p.gif").attr("alt", "A chart");
        License license = new License("CC-BY-ND-4.0", "CC BY-ND 4.0", "https://creativecommons.org/licenses/by-nd/4.0/");
        ArticleMeta meta = new ArticleMeta.Builder()
                .title("A headline </script> test")
                .standfirst("The lead.")
                .authors(List.of(new Author("Michael A. Allen", "Boise State University", "Professor", "Writes on war.")))
                .lang("en")
                .published("2023-03-08")
                .source(new Publication("The Conversation", "https://theconversation.com"))
                .license(license)
                .attribution(new Attribution(List.of(
                        Attribution.Span.text("This article is republished from "),
                        Attribution.Span.link("The Conversation", "https://theconversation.com"),
                        Attribution.Span.text(" under a Creative Commons license ("),
                        Attribution.Span.link("CC BY-ND 4.0", license.url()),
                        Attribution.Span.text(")."))))
                .build();
        return new Article(meta, body);
    }

    private final HtmlWriter writer = new HtmlWriter(new ArticleXhtml(), Stylesheets.bundled());

    @Test
    void thePageCarriesVisibleAndMachineReadableAttribution() throws Exception {
        Document page = Jsoup.parse(new String(writer.write(attributedArticle()), StandardCharsets.UTF_8));
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals("A headline </script> test", page.title());
        assertEquals("Michael A. Allen, Boise State University", page.selectFirst(".byline").text());
        assertEquals("https://creativecommons.org/licenses/by-nd/4.0/",
                page.selectFirst("link[rel=license]").attr("href"));
        Element licenseLink = page.selectFirst("footer.attribution a[rel=license]");
        assertNotNull(licenseLink, "the visible notice links the licence with rel=license");
        assertEquals("CC BY-ND 4.0", licenseLink.text());
        assertEquals("Michael A. Allen", page.selectFirst("meta[name=author]").attr("content"));
        assertEquals("article", page.selectFirst("meta[property=og:type]").attr("content"));
        assertEquals("2023-03-08", page.selectFirst("meta[property=article:published_time]").attr("content"));

        JsonNode ld = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals("NewsArticle", ld.path("@type").asText());
        assertEquals("A headline </script> test", ld.path("headline").asText());
        assertEquals("Boise State University", ld.path("author").get(0).path("affiliation").path("name").asText());
        assertEquals("The Conversation", ld.path("sourceOrganization").path("name").asText());
        assertEquals("https://creativecommons.org/licenses/by-nd/4.0/", ld.path("license").asText());
        assertTrue(ld.path("creditText").asText().startsWith("This article is republished from The Conversation"));
    }

    @Test
    void aWikisContributorsAreCreditedAsAGroupNotAPerson() throws Exception {
        Article a = attributedArticle();
        ArticleMeta meta = new ArticleMeta.Builder().title("Terrarium").lang("en")
                .authors(List.of(Author.named("Wikipedia contributors"), Author.named("Jane Roe")))
                .source(new Publication("Wikipedia", "https://en.wikipedia.org")).build();
        Document page = Jsoup.parse(new String(writer.write(new Article(meta, a.body())), StandardCharsets.UTF_8));
        JsonNode authors = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data())
                .path("author");
        assertEquals("Organization", authors.get(0).path("@type").asText());
        assertEquals("Person", authors.get(1).path("@type").asText());
    }

    @Test
    void thePageMakesNoRequestOfItsOwn() throws Exception {
        Document page = Jsoup.parse(new String(writer.write(attributedArticle()), StandardCharsets.UTF_8));
        assertEquals(0, page.select("script[src], link[rel=stylesheet], img, iframe, video, audio").size());
        assertNotNull(page.selectFirst("head style"), "stylesheet inlined");
        assertEquals("A chart", page.selectFirst(".image-alt").text(), "the image's alt text stands in");
    }

    @Test
    void theSourcesCounterImageAppearsOnlyWhenGiven() throws Exception {
        Article plain = attributedArticle();
        Article counted = plain.withMeta(plain.meta().toBuilder()
                .counterUrl("https://counter.theconversation.com/content/201234/count.gif").build());
        Document page = Jsoup.parse(new String(writer.write(counted), StandardCharsets.UTF_8));
        assertEquals("https://counter.theconversation.com/content/201234/count.gif",
                page.selectFirst("footer.attribution img.counter").attr("src"));
        assertEquals(1, page.select("img").size());
        Document without = Jsoup.parse(new String(writer.write(plain), StandardCharsets.UTF_8));
        assertEquals(0, without.select("img").size());
    }

    @Test
    void threeOrMoreSectionsOfALongArticleGetATableOfContents() throws Exception {
        Article shortOne = attributedArticle();
        Document shortPage = Jsoup.parse(new String(writer.write(shortOne), StandardCharsets.UTF_8));
        assertEquals(0, shortPage.select("nav.toc").size(), "no contents box pushes a short article's lede down");
        Element body = shortOne.bodyCopy();
        body.prependElement("p").text("word ".repeat(ArticleXhtml.TOC_MIN_WORDS));
        Document page = Jsoup.parse(new String(writer.write(shortOne.withBody(body)), StandardCharsets.UTF_8));
        List<String> entries = page.select("nav.toc li a").eachText();
        assertEquals(List.of("Section One", "Section Two", "Section Three"), entries);
        for (Element a : page.select("nav.toc a")) {
            assertNotNull(page.getElementById(a.attr("href").substring(1)), "toc target exists: " + a.attr("href"));
        }
    }
}
