package org.republish.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.republish.model.Article;
import org.republish.model.Author;
import org.republish.model.LicenseEvidence;

class HtmlReaderTest {

    private final ArticleReaders readers = new ArticleReaders();

    @Test
    void aSimplePageGivesItsArticleAndMetadata() throws Exception {
        String page = """
                <!doctype html><html lang="en-GB"><head><meta charset="utf-8">
                <title>The headline | Example Site</title>
                <meta name="author" content="Jane Doe">
                <meta name="description" content="What it is about.">
                <link rel="canonical" href="https://example.org/a/1">
                <link rel="license" href="https://creativecommons.org/licenses/by-sa/4.0/">
                </head><body><nav>Home | News</nav>
                <article><h1>The headline</h1><p>First paragraph.</p><h2>Part</h2><p>Second.</p></article>
                <footer>Copyright</footer></body></html>
                """;
        Article a = readers.read(new InputDocument("page.html", page.getBytes(StandardCharsets.UTF_8), null));
        assertEquals("The headline", a.meta().title());
        assertEquals("Jane Doe", a.meta().authors().get(0).name());
        assertEquals("en-GB", a.meta().lang());
        assertEquals("What it is about.", a.meta().description());
        assertEquals("https://example.org/a/1", a.meta().originalUrl());
        assertEquals(List.of(LicenseEvidence.of(LicenseEvidence.Place.PAGE, "<link rel=\"license\">",
                List.of("https://creativecommons.org/licenses/by-sa/4.0/"))), a.meta().licenseEvidence());
        assertNull(a.body().selectFirst("h1"));
        assertEquals("First paragraph. Part Second.", a.body().text());
    }

    @Test
    void aDeclaredCharsetIsHonoured() throws Exception {
        String page = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9</title></head>"
                + "<body><p>Cr\u00e8me br\u00fbl\u00e9e</p></body></html>";
        Article a = readers.read(new InputDocument("p.htm", page.getBytes(Charset.forName("windows-1252")), null));
        assertEquals("Caf\u00e9", a.meta().title());
        assertTrue(a.body().text().contains("Cr\u00e8me br\u00fbl\u00e9e"));
    }

    @Test
    void rubyReadingsStayMarkedUpAndPlainTextKeepsTheBaseCharacters() throws Exception {
        String page = "<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>ニュース</title></head><body>"
                + "<article><p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもを<ruby>教育<rt>きょういく</rt></ruby>する。</p>"
                + "</article></body></html>";
        Article a = readers.read(new InputDocument("page.html", page.getBytes(StandardCharsets.UTF_8), null));
        assertEquals("こ", a.body().selectFirst("ruby > rt").text());
        assertEquals(2, a.body().select("ruby").size());
        assertEquals("子どもを教育する。\n", org.republish.write.TextWriter.bodyText(a.body()));
    }

    private static final String BODY_TEXT = "<p>El consejo se reunió el martes por la tarde para discutir el plan, que ha "
            + "dividido a los vecinos durante meses, y acordó publicar cada propuesta recibida antes de la votación.</p>";

    @Test
    void theStandfirstInTheArticlesHeaderBecomesTheStandfirst() throws Exception {
        String page = "<!doctype html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>El plan del consejo | Diario</title>"
                + "</head><body><nav><a href=\"/\">Inicio</a></nav><div class=\"hero\"><header class=\"article-header\">"
                + "<h1>El plan del consejo</h1><p class=\"ts-intro\">Los vecinos podrán leer cada propuesta antes de votar, "
                + "tras meses de disputa.</p><span class=\"byline\">Por Ana Ruiz</span></header></div><div class=\"columns\">"
                + "<div class=\"main-column\"><div class=\"story\">" + BODY_TEXT.repeat(6) + "</div></div><div class=\"side\">"
                + "<p><a href=\"/1\">Otra noticia del día</a></p><p><a href=\"/2\">Y otra más</a></p></div></div><footer><p class=\"description\">Diario es el periódico digital de la ciudad, con noticias de cada barrio.</p>"
                + "</footer></body></html>";
        Article a = readers.read(new InputDocument("page.html", page.getBytes(StandardCharsets.UTF_8), null));
        assertEquals("Los vecinos podrán leer cada propuesta antes de votar, tras meses de disputa.", a.meta().standfirst(), a.body().outerHtml());
        assertEquals("Los vecinos podrán leer cada propuesta antes de votar, tras meses de disputa.\n\n"
                + org.republish.write.TextWriter.bodyText(a.body()), org.republish.write.TextWriter.articleText(a));
    }

    @Test
    void aStandfirstUnderATitleSetInAnH2BesideTheSitesH1IsFound() throws Exception {
        String page = "<!doctype html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>El plan del consejo</title>"
                + "</head><body><header class=\"site\"><h1><a href=\"/\">Diario</a></h1></header><main><header "
                + "class=\"entry-header\"><h2 class=\"entry-title\">El plan del consejo</h2><div class=\"lead\"><p>Los "
                + "vecinos podrán leer cada propuesta antes de votar, tras meses de disputa.</p></div></header>"
                + "<div class=\"story\">" + BODY_TEXT.repeat(6) + "</div></main></body></html>";
        Article a = readers.read(new InputDocument("page.html", page.getBytes(StandardCharsets.UTF_8), null));
        assertEquals("Los vecinos podrán leer cada propuesta antes de votar, tras meses de disputa.", a.meta().standfirst(),
                a.body().outerHtml());
    }

    @Test
    void aStandfirstNamedInFrenchOrGermanOrSetAsASubheadingIsFoundButATeaserOfAnotherArticleIsNot() throws Exception {
        String lead = "Los vecinos podrán leer cada propuesta antes de votar, tras meses de disputa.";
        // a French or German name, or a lead box that sets its text as a subheading
        for (String box : new String[] {"<div class=\"chapo\"><p>", "<div class=\"artikel-teaser\"><p>",
            "<div class=\"Post__lead\"><h2>"}) {
            String end = box.endsWith("<h2>") ? "</h2></div>" : "</p></div>";
            String page = "<!doctype html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>El plan del consejo"
                    + "</title></head><body><main><header><h1>El plan del consejo</h1>" + box
                    + lead + end + "</header><div class=\"story\">" + BODY_TEXT.repeat(6) + "</div></main></body></html>";
            Article a = readers.read(new InputDocument("page.html", page.getBytes(StandardCharsets.UTF_8), null));
            assertEquals(lead, a.meta().standfirst(), box);
        }
        String teaser = "<!doctype html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>El plan del consejo"
                + "</title></head><body><main><header><h1>El plan del consejo</h1><div class=\"intro teaser\"><p>"
                + lead + "</p></div></header><div class=\"story\">" + BODY_TEXT.repeat(6) + "</div></main></body></html>";
        Article a = readers.read(new InputDocument("page.html", teaser.getBytes(StandardCharsets.UTF_8), null));
        assertNull(a.meta().standfirst(), "a teaser of another article");
    }

    @Test
    void aStandfirstSetAsAPlainLineUnderTheHeadlineIsFoundPastTheBylineButNotAMetadataLineOrACaption() throws Exception {
        String lead = "Los vecinos podrán leer cada propuesta antes de votar, tras meses de disputa en el pleno.";
        String page = "<!doctype html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>El plan del consejo | Diario"
                + "</title></head><body><nav><ol class=\"crumbs\"><li><h1>El plan del consejo</h1></li></ol></nav><main>"
                + "<header><h2 class=\"headline\">El plan del consejo</h2><p>Por Ana Ruiz, 3 de mayo</p>"
                + "<h2>" + lead + "</h2></header><div class=\"story\">" + BODY_TEXT.repeat(6) + "</div>"
                + "<div id=\"comments\"><h2>2 comentarios a El plan del consejo</h2><p>Sus datos no se guardan: "
                + "puede usar un seudónimo al comentar en este diario.</p></div></main></body></html>";
        Article a = readers.read(new InputDocument("page.html", page.getBytes(StandardCharsets.UTF_8), null));
        assertEquals(lead, a.meta().standfirst(), "past the breadcrumb's title, the title again and the byline");

        for (String notALead : new String[] {"<p>18.02.2022, 10:27 | Política municipal | Comentar ahora</p>",
            "<div class=\"image-box\"><img src=\"a.jpg\" alt=\"\"><div>El alcalde, ayer en el pleno del consejo, "
                + "durante la votación de las propuestas.</div></div>"}) {
            String other = page.replace("<h2>" + lead + "</h2>", notALead).replace("<div id=\"comments\">", "<div>");
            Article b = readers.read(new InputDocument("page.html", other.getBytes(StandardCharsets.UTF_8), null));
            assertNull(b.meta().standfirst(), notALead);
        }
        // with no line under the headline, a comments box heading the title again gives none of its words
        String noLead = page.replace("<h2>" + lead + "</h2>", "");
        Article c = readers.read(new InputDocument("page.html", noLead.getBytes(StandardCharsets.UTF_8), null));
        assertNull(c.meta().standfirst(), "the comments' notice is no standfirst");
    }

    private List<String> authorNames(String page) throws Exception {
        return authorNames(readers.read(new InputDocument("page.html", page.getBytes(StandardCharsets.UTF_8), null)));
    }

    private static List<String> authorNames(Article a) {
        return a.meta().authors().stream().map(Author::name).toList();
    }

    @Test
    void aWikiPageWithNoAuthorIsCreditedToTheWikisContributors() throws Exception {
        // the wiki's name is where its engine puts it, after the page's title
        String page = "<!doctype html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>El plan del consejo"
                + " - Wikipedia</title><meta name=\"generator\" content=\"MediaWiki 1.28.0-wmf.23\">"
                + "<link rel=\"canonical\" href=\"https://es.wikipedia.org/wiki/Plan\"></head><body>"
                + "<h1>El plan del consejo</h1><div class=\"story\">" + BODY_TEXT.repeat(6) + "</div></body></html>";
        Article a = readers.read(new InputDocument("page.html", page.getBytes(StandardCharsets.UTF_8), null));
        assertEquals(List.of("Wikipedia contributors"), authorNames(a));
        assertEquals("Wikipedia", a.meta().source().name());
        assertEquals(List.of("Ana Ruiz"), authorNames(page.replace("</head>",
                "<meta name=\"author\" content=\"Ana Ruiz\"></head>")));
    }

    @Test
    void aPersonalBlogWithNoBylineIsCreditedToTheOwnerItsAddressAndHandleBothName() throws Exception {
        String page = "<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Sprachgeschichte</title>"
                + "<meta name=\"twitter:creator\" content=\"@AnaRuizLopez\"><link rel=\"canonical\" "
                + "href=\"https://anaruizlopez.wordpress.com/2019/11/14/sprachgeschichte/\"></head><body>"
                + "<h1>Sprachgeschichte</h1><div class=\"story\">" + BODY_TEXT.repeat(6) + "</div></body></html>";
        assertEquals(List.of("Ana Ruiz Lopez"), authorNames(page));

        // one sign alone is not enough: the handle of someone else on a blog host
        assertEquals(List.of(), authorNames(page.replace("@AnaRuizLopez", "@JanGrosser")));
    }

    @Test
    void aPageWithNoBylineIsCreditedToTheHolderItsLicenceNoticeNames() throws Exception {
        String page = "<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Was ist Virales Marketing?"
                + " | Ein Blog</title></head><body><h1>Was ist Virales Marketing?</h1><div class=\"story\">"
                + BODY_TEXT.repeat(6) + "</div><div id=\"footer\"><p>(<a rel=\"license\" "
                + "href=\"http://creativecommons.org/licenses/by-nc-sa/2.0/de/\">Creative Commons-Lizenz</a>) 2006-2008 by "
                + "Ana Ruiz Hosted by Net-Housting - Theme by dimido</p></div></body></html>";
        assertEquals(List.of("Ana Ruiz"), authorNames(page));
    }

    @Test
    void aPersonalSiteThatGivesNoAddressIsKnownByTheDomainItDeclares() throws Exception {
        String page = "<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Dateien tauschen</title>"
                + "<meta name=\"author\" content=\"Jan\"><meta name=\"twitter:domain\" content=\"jan-grosser.de\">"
                + "</head><body><h1>Dateien tauschen</h1><div class=\"story\">" + BODY_TEXT.repeat(6)
                + "</div></body></html>";
        Article a = readers.read(new InputDocument("page.html", page.getBytes(StandardCharsets.UTF_8), null));
        assertEquals("Jan Grosser", a.meta().authors().get(0).name());
        assertEquals("jan-grosser.de", a.meta().source().name());
        assertEquals("https://jan-grosser.de/", a.meta().source().homeUrl());
        assertNull(a.meta().originalUrl(), "a domain is no article's address");
    }

    @Test
    void aSiteBlurbThatRepeatsTheDescriptionIsNoStandfirst() throws Exception {
        String blurb = "Diario es el periódico digital de la ciudad, con noticias de cada barrio y de cada pleno.";
        String page = "<!doctype html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>El plan del consejo</title>"
                + "<meta name=\"description\" content=\"" + blurb + "\"></head><body><h1>El plan del consejo</h1>"
                + "<div class=\"story\">" + BODY_TEXT.repeat(6) + "</div><div id=\"footer\"><p>" + blurb + "</p></div></body></html>";
        Article a = readers.read(new InputDocument("page.html", page.getBytes(StandardCharsets.UTF_8), null));
        assertNull(a.meta().standfirst());
    }
}
