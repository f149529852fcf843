package org.republish.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.republish.model.Article;

/**
 * What a site adds around and into an article, recognised by what it says
 * (in several languages) or by where the page holds its article.
 */
class ExtractionBoilerplateTest {

    private final ArticleReaders readers = new ArticleReaders();

    private static final String PROSE = "El consejo se reunió el martes por la tarde para discutir el plan, que ha "
            + "dividido a los vecinos durante meses, y acordó publicar cada propuesta recibida antes de la votación.";

    private String text(String body) throws Exception {
        return text(body.getBytes(StandardCharsets.UTF_8));
    }

    private String text(byte[] page) throws Exception {
        Article a = readers.read(new InputDocument("page.html", page, null));
        return a.body().text();
    }

    private org.jsoup.nodes.Element body(String page) throws Exception {
        return readers.read(new InputDocument("page.html", page.getBytes(StandardCharsets.UTF_8), null)).body();
    }

    /** A saved page of trafilatura's evaluation set, as its bytes; the test is skipped where the corpus is absent. */
    private static byte[] trafilaturaPage(String name) throws Exception {
        java.nio.file.Path page = java.nio.file.Path.of("../shared/corpus/trafilatura-eval/pages", name);
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(page), page + " is absent");
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(page))) {
            return in.readAllBytes();
        }
    }

    private static String page(String article) {
        return "<!doctype html><html lang=\"es\"><head><title>El plan del consejo</title></head><body>"
                + "<nav><a href=\"/\">Inicio</a> <a href=\"/a\">Noticias</a></nav><div class=\"story\">"
                + "<h1>El plan del consejo</h1>" + article + "</div><footer>Pie de página</footer></body></html>";
    }

    /** A page whose metadata names {@code author}, its story box holding the headline and then {@code story}. */
    private static String byAuthor(String author, String story) {
        return "<!doctype html><html lang=\"es\"><head><title>El plan del consejo</title><meta name=\"author\" content=\""
                + author + "\"></head><body><nav><a href=\"/\">Inicio</a></nav><div class=\"story\"><h1>El plan del consejo"
                + "</h1>" + story + "</div></body></html>";
    }

    /** Each line, set as a paragraph between the article's paragraphs, leaves them and them only. */
    private void assertEachLeavesBetweenParagraphs(List<String> lines) throws Exception {
        for (String line : lines) {
            String text = text(page(prose(2) + "<p>" + line + "</p>" + prose(3, 3)));
            assertFalse(text.contains(line), "not the article's: " + text);
            assertTrue(text.contains("Párrafo 2.") && text.contains("Párrafo 3."), text);
        }
    }

    private static String prose(int n) {
        return prose(1, n);
    }

    private static String prose(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i <= to; i++) {
            b.append("<p>Párrafo ").append(i).append(". ").append(PROSE).append("</p>");
        }
        return b.toString();
    }

    @Test
    void aReadAlsoLineBetweenParagraphsLeavesInAnyOfTheLanguages() throws Exception {
        for (String lead : new String[] {"Lea también:", "LE PUEDE INTERESAR:", "Lesen Sie auch:", "Veja também:",
            "Read more:", "À lire aussi :", "Czytaj także:"}) {
            String text = text(page(prose(3) + "<p><strong>" + lead + " <a href=\"/otra\">Otra noticia del día sobre "
                    + "el consejo</a></strong></p>" + prose(4, 5)));
            assertFalse(text.contains("Otra noticia"), lead + ": " + text);
            assertTrue(text.contains("Párrafo 5."), text);
        }
        String quoted = text(page(prose(3) + "<blockquote><b>PUEDES VER: </b><a href=\"/otra\">¿Qué es la Sunedu y para "
                + "qué sirve?</a></blockquote>" + prose(4, 5) + "<blockquote>Ver también: la ley lo prohíbe, dijo el "
                + "alcalde, y <a href=\"/ley\">la ley</a> es clara.</blockquote>"));
        assertFalse(quoted.contains("Sunedu"), quoted);
        assertTrue(quoted.contains("la ley lo prohíbe"), "a quotation that is more than a teaser link stays: " + quoted);
    }

    @Test
    void aLeadInOfAFewWordsOverOneLinkLeavesButALeadInOverASentenceStays() throws Exception {
        for (String lead : new String[] {"Lesen Sie hier:", "Mehr lesen:", "Lea aquí:", "Read more here:"}) {
            String text = text(page(prose(3) + "<p>" + lead + "\u00a0<a href=\"/otra\"><em>Spielabbruch in der "
                    + "Kreisliga</em></a></p>" + prose(4, 5)));
            assertFalse(text.contains("Spielabbruch"), lead + ": " + text);
            assertTrue(text.contains("Párrafo 5."), text);
        }
        String sentence = text(page(prose(3) + "<p>Lesen Sie hier: Der Rat hat <a href=\"/plan\">den Plan</a> "
                + "gestern beschlossen.</p>" + prose(4, 5)));
        assertTrue(sentence.contains("den Plan"), "more than a link after the colon: " + sentence);
    }

    @Test
    void anInvitationToReadOnSetInItalicsLeavesWithTheLinksUnderIt() throws Exception {
        String text = text(page(prose(5) + "<p><em>Diese Artikel könnten dich ebenfalls interessieren:</em></p>"
                + "<p><a href=\"/1\">Richtig frühstücken: Die besten Tipps</a></p>"
                + "<p><a href=\"/2\">Abnehmen: Diese Lebensmittel helfen</a></p>"));
        assertFalse(text.contains("interessieren") || text.contains("frühstücken") || text.contains("Abnehmen"), text);
        assertTrue(text.contains("Párrafo 5."), text);
    }

    @Test
    void theSectionsAfterARelatedBoxAreNotTakenForItsTeasers() throws Exception {
        StringBuilder sections = new StringBuilder();
        for (int i = 1; i <= 2; i++) {
            sections.append("<article class=\"paragraph\"><h2>Abschnitt ").append(i).append("</h2><div>")
                    .append(prose(10 * i, 10 * i + 3)).append("</div></article>");
        }
        String teaser = "<article class=\"article-interner-teaser\"><a href=\"/t1\"><img src=\"/t1.jpg\" alt=\"Trennwand\"></a><div><a href=\"/umbauen\">"
                + "Umbauen</a></div><div><a href=\"/t1\"><span>Trennwand bauen: Diese Möglichkeiten gibt's</span></a></div>"
                + "</article>";
        String text = text(page("<div class=\"paragraphs\"><article class=\"paragraph\"><h2>Einleitung</h2>"
                + prose(4) + "</article><article class=\"paragraph\"><div class=\"paragraph__headline\">Diese Artikel "
                + "könnten Sie ebenfalls interessieren</div><div class=\"paragraph__content\">" + teaser + teaser + "</div></article>" + sections + "</div>"));
        assertFalse(text.contains("ebenfalls interessieren") || text.contains("Trennwand"), text);
        assertTrue(text.contains("Abschnitt 2") && text.contains("Párrafo 23."), text);
    }

    @Test
    void aNoticeToOldBrowsersIsNoPartOfThePage() throws Exception {
        String notice = "<div id=\"IE-overlay\"><h1>Liebe Handballfans,</h1><p>wir freuen uns sehr über Euren Besuch. "
                + "Leider verwendet Ihr mit dem Internet Explorer jedoch einen veralteten Browser, der unsere neusten "
                + "Technologien nicht mehr unterstützt, und empfehlen Euch einen anderen.</p><ul><li><a href=\"https://"
                + "www.mozilla.org/de/firefox/new/\">Mozilla Firefox</a></li></ul><p>Vielen Dank für Euer Verständnis!</p>"
                + "</div><div class=\"popup-banner !hidden\"><p>Dein Browser ist leider veraltet.</p></div>"
                + "<p class=\"browserupgrade\">You are using an <strong>outdated</strong> browser.</p>";
        String text = text(page(notice + prose(4)).replace("<body>", "<body>" + notice));
        assertFalse(text.contains("Handballfans") || text.contains("veraltet") || text.contains("outdated"), text);
        assertTrue(text.contains("Párrafo 4."), text);
    }

    @Test
    void linksToTheSitesOwnPagesAsListsOrLinesLeaveButSourcesAndContentsStay() throws Exception {
        String html = page(prose(3) + "<ul><li><a href=\"/2020/latest-news\">The latest news about the outbreak in "
                + "Sweden</a></li><li><a href=\"https://www.example.com/2020/more\">More about the council's plan</a>"
                + "</li></ul>" + prose(4, 5)
                + "<ul><li><a href=\"https://www.welt.de/hochbegabung\">Die Welt: Hochbegabung ist mehr</a></li>"
                + "<li><a href=\"/web/20131110121040/http://www.dlf.de/mozart\">Deutschlandfunk: Macht Mozart schlau?"
                + "</a></li></ul><ol><li><a href=\"#p1\">Primera parte</a></li><li><a href=\"#p2\">Segunda parte</a></li>"
                + "</ol><ul><li><a href=\"/plan\">El plan</a>, aprobado el martes, y lo que cambia</li></ul>" + prose(6, 7)
                + "<p><a href=\"/2020/vorstand\">Hier geht es zur neuen Vorstandsstruktur</a></p>"
                + "<p><a href=\"https://www.bundesrat.de/bericht.pdf\">Der Bericht des Bundesrates als PDF</a></p>"
                + "<p>El consejo publicó <a href=\"/actas\">las actas de la sesión</a> el miércoles.</p>"
                + "<p>Lesetipp: <a href=\"/2023/sternzeichen\">Welche Sternzeichen passen perfekt zusammen?</a></p>"
                + "<p>Quelle der Polizeimeldung: <a href=\"/kapo-be\">Kantonspolizei Bern</a></p>"
                + "<p><em>Były dowódca wojsk USA w Europie: <a href=\"https://www.example.com/swiat/1926578,1,byly-dowodca-"
                + "wojsk-usa-w-europie-rosja-jest-grozna-a-niemcy-kluczowe.read\">Rosja jest groźna</a></em></p>"
                + "<p>Die Sitzung: <a href=\"/2020/die-sitzung-am-dienstag\">alle Beschlüsse</a></p>" + prose(8, 8))
                .replace("</title>", "</title><link rel=\"canonical\" href=\"https://example.com/2020/plan\">");
        String text = text(html);
        assertFalse(text.contains("latest news") || text.contains("council's plan"), text);
        assertTrue(text.contains("Hochbegabung") && text.contains("Mozart"), "links elsewhere are sources: " + text);
        assertTrue(text.contains("Segunda parte"), "a table of contents links within the page: " + text);
        assertTrue(text.contains("aprobado el martes"), "an item with more than its link: " + text);
        assertFalse(text.contains("Vorstandsstruktur"), "a paragraph that is only a link to the site's page: " + text);
        assertTrue(text.contains("Bundesrates als PDF"), "a link elsewhere is a source: " + text);
        assertTrue(text.contains("las actas de la sesión"), "a sentence with a link: " + text);
        assertFalse(text.contains("Sternzeichen"), "an invitation to read and a link to the site's page: " + text);
        assertTrue(text.contains("Kantonspolizei Bern"), "a credit before a link stays: " + text);
        assertFalse(text.contains("Były dowódca"), "the title of the page it links to, as its address spells it: " + text);
        assertTrue(text.contains("alle Beschlüsse"), "a line that is not the linked page's title: " + text);
        assertTrue(text.contains("Párrafo 8."), text);
    }

    @Test
    void aRelatedArticlesHeadingLeavesWithTheTeasersUnderIt() throws Exception {
        String text = text(page(prose(5) + "<h2>Mehr zum Thema</h2><ul><li><a href=\"/1\">Erster Artikel</a></li>"
                + "<li><a href=\"/2\">Zweiter Artikel</a></li></ul>"
                + "<div><h3>Weitere Beiträge zum Thema</h3></div><div><article><h3><a href=\"/3\">Dritter</a></h3>"
                + "<p>Kurz.</p></article></div>"
                + "<section><span class=\"headline\">Lea también</span><ul><li><a href=\"/4\">Cuarto</a></li>"
                + "<li><a href=\"/5\">Quinto</a></li></ul></section>"));
        assertFalse(text.contains("Lea también") || text.contains("Cuarto"), "a span set as the heading: " + text);
        assertFalse(text.contains("Mehr zum Thema"), text);
        assertFalse(text.contains("Erster Artikel"), text);
        assertFalse(text.contains("Weitere Beiträge"), text);
        assertFalse(text.contains("Dritter"), text);
        assertTrue(text.contains("Párrafo 5."), text);
    }

    @Test
    void aRelatedHeadingTakesTheCardsUnderItWithTheirLinesOfText() throws Exception {
        StringBuilder cards = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            cards.append("<div><figure><img src=\"/t").append(i).append(".jpg\" alt=\"\"></figure><p>Sección</p><h3><a href=\"/n")
                    .append(i).append("\">Otra noticia ").append(i).append("</a></h3><p>Un resumen de la otra noticia, con ")
                    .append("bastante texto para que no parezca una lista de enlaces sin más, escrito por la redacción.</p></div>");
        }
        String text = text(page(prose(5) + "<div><h2>Neueste Artikel</h2><div>" + cards + "</div></div>"));
        assertFalse(text.contains("Neueste Artikel") || text.contains("Otra noticia") || text.contains("Un resumen"), text);
        assertTrue(text.contains("Párrafo 5."), text);
    }

    @Test
    void aHeadingThatOnlySoundsRelatedStaysWhenProseFollowsIt() throws Exception {
        String text = text(page(prose(3) + "<h2>Mehr zu den Ursachen</h2>" + prose(2)));
        assertTrue(text.contains("Mehr zu den Ursachen"), text);
    }

    @Test
    void widgetLabelsAndTheSiteRightsLineLeaveButTheAuthorsSentencesStay() throws Exception {
        String text = text(page(prose(4) + "<p><a href=\"/print\">Rezept drucken</a></p>"
                + "<div><a href=\"#recipe\">Jump to Recipe</a> · <a href=\"/print/7\">Print Recipe</a></div>"
                + "<p><a href=\"/mas\">Weiterlesen</a></p><p><a href=\"/\"><i>keyboard_arrow_left</i> Zurück zur "
                + "Startseite</a></p>"
                + "<p>© 2020 Ejemplo Media Inc. Todos los derechos reservados.</p>"
                + "<p>Todos los derechos reservados. La reproducción de este artículo requiere el permiso del editor, "
                + "Ejemplo Noticias. <a href=\"/licencias\">Compre una licencia</a></p>"
                + "<p>Category : Press Releases</p><p>Permalink: https://example.com/2021/el-plan.php</p>"
                + "<p>(7 valoraciones)</p><div><span>12 comentarios</span></div><ul><li>3.2 Likes</li></ul>"
                + "<div>Cargando...</div><p>(Visited 215 times, 55 visits today)</p><p><a href=\"/mas\">Mehr...</a></p>"
                + "<h3><a href=\"#comments\">Join the conversation</a></h3><p>About these ads</p>"
                + "<p>Erhalte Updates direkt auf dieses Gerät – abonniere jetzt.</p>"
                + "<p>Dieser Artikel hat 32 Kommentare.</p><div>Kommentar verfassen</div>"
                + "<p>News date : 04/21/2022\n   &nbsp;&nbsp;Category : <a href=\"/c/10\">Notas de prensa</a></p>"
                + "<p>Datum: 3. März 2022   Ort: Rathaus Berlin</p>"
                + "<p>Eingeordnet unter <a href=\"/category/allgemein\">Allgemein</a>, <a href=\"/category/film\">Film"
                + "</a></p><p><a href=\"#start\">Zurück zum Inhaltsverzeichnis</a></p>"
                + "<figure><figure><a href=\"/markt\"><img src=\"/ad.jpg\" alt=\"\"></a><figcaption>ANZEIGE</figcaption>"
                + "</figure></figure><p>Posted in 2019, the plan was <a href=\"/plan\">revised</a> twice.</p>"
                + "<p>El alcalde dijo que todos los derechos reservados por la ley serán respetados por el consejo, "
                + "y que el plan se votará de nuevo en marzo, después de escuchar a los vecinos.</p>"));
        assertFalse(text.contains("Rezept drucken"), text);
        assertFalse(text.contains("Print Recipe"), text);
        assertFalse(text.contains("Weiterlesen") || text.contains("Startseite"), text);
        assertFalse(text.contains("Ejemplo Media"), text);
        assertFalse(text.contains("requiere el permiso del editor"), text);
        assertFalse(text.contains("Press Releases"), text);
        assertFalse(text.contains("Permalink"), text);
        assertFalse(text.contains("valoraciones") || text.contains("comentarios"), text);
        assertFalse(text.contains("Cargando"), text);
        assertFalse(text.contains("Eingeordnet") || text.contains("Allgemein"), text);
        assertFalse(text.contains("abonniere jetzt"), "a line ending in a call to subscribe: " + text);
        assertFalse(text.contains("32 Kommentare") || text.contains("verfassen"), "the comments widget: " + text);
        assertFalse(text.contains("Notas de prensa"), "a metadata line of a date and a filing: " + text);
        assertTrue(text.contains("Rathaus Berlin"), "fields that file nothing are the article's: " + text);
        assertFalse(text.contains("Inhaltsverzeichnis") || text.contains("ANZEIGE"), text);
        assertTrue(text.contains("Posted in 2019"), "a filing phrase before more than links: " + text);
        assertFalse(text.contains("Visited") || text.contains("Mehr...") || text.contains("conversation")
                || text.contains("these ads"), text);
        assertTrue(text.contains("3.2 Likes"), "a numbered section's name: " + text);
        assertTrue(text.contains("todos los derechos reservados por la ley"), "a long sentence is the author's: " + text);
    }

    @Test
    void aShortCommandInACopyToClipboardBoxStays() throws Exception {
        String text = text(page(prose(3) + "<p>Se instala con pip:</p><div class=\"snippet-clipboard-content "
                + "overflow-auto\"><pre><code>pip install plan\n</code></pre></div><p>Y se comprueba con:</p>"
                + "<div class=\"highlight\"><pre>plan --version</pre></div>" + prose(4, 6)));
        assertTrue(text.contains("pip install plan"), text);
        assertTrue(text.contains("plan --version"), text);
    }

    @Test
    void aQuotationOrCodeSayingSuchAPhraseStays() throws Exception {
        String text = text(page(prose(4) + "<blockquote><p>Read more:</p></blockquote><pre><code>print</code></pre>"));
        assertTrue(text.contains("Read more:"), text);
        assertTrue(text.contains("print"), text);
    }

    @Test
    void aPageWhoseArticleIsInsideNoscriptIsRead() throws Exception {
        String text = text("<!doctype html><html><head><title>El plan</title></head><body><noscript><div id=\"page\">"
                + "<h1>El plan</h1>" + prose(4) + "</div></noscript><script>app()</script></body></html>");
        assertTrue(text.contains("Párrafo 4."), text);
    }

    @Test
    void aLazyImageFallbackInNoscriptDoesNotReplaceTheArticle() throws Exception {
        String text = text(page(prose(4) + "<noscript><p>Activa JavaScript para ver los comentarios.</p></noscript>"));
        assertTrue(text.contains("Párrafo 4."), text);
        assertFalse(text.contains("JavaScript"), text);
    }

    @Test
    void anArticleHeldInAClientSideTemplateIsRead() throws Exception {
        String text = text("<!doctype html><html><head><title>Safe browsing</title></head><body>"
                + "<div class=\"header\"><h1>Security Blog</h1><p>The latest news and insights</p></div>"
                + "<div class=\"post-body\"><script type=\"text/template\"><div>" + prose(4)
                + "</div></script></div></body></html>");
        assertTrue(text.contains("Párrafo 4."), text);

        // Blogger holds the post twice, in the template and in a noscript: it is read once
        String twice = text("<!doctype html><html><head><title>Safe browsing</title></head><body>"
                + "<div class=\"post-body\"><script type=\"text/template\"><div>" + prose(4) + "</div></script>"
                + "<noscript>" + prose(4) + "</noscript></div></body></html>");
        assertEquals(twice.indexOf("Párrafo 4."), twice.lastIndexOf("Párrafo 4."), twice);
    }

    @Test
    void aShortPostIsPreferredToALongerCookieNoticeBesideIt() throws Exception {
        String text = text("<!doctype html><html><head><title>Ein Gedanke</title></head><body>"
                + "<div id=\"content\"><div class=\"post hentry\"><h2>Ein Gedanke</h2>"
                + "<p>„Ich weiß, ich bin müde und sollte das vielleicht nicht sagen …“</p><p>– „Dann sag es nicht.“</p>"
                + "</div></div><div class=\"widget widget_eu_cookie_law_widget\"><p id=\"eu-cookie-law\"><form>"
                + "Datenschutz &amp; Cookies: Diese Website verwendet Cookies. Wenn du die Website weiterhin nutzt, "
                + "stimmst du der Verwendung von Cookies zu. Weitere Informationen, beispielsweise zur Kontrolle von "
                + "Cookies, findest du hier: <a href=\"https://example.com/cookies\">Cookie-Richtlinie</a></form></p>"
                + "</div></body></html>");
        assertTrue(text.contains("Ich weiß"), text);
        assertFalse(text.contains("Cookies"), text);
    }

    @Test
    void aShortPostKeepsOutTheLinkListsThatOnlyALaterPassTakesWithIt() throws Exception {
        StringBuilder flux = new StringBuilder("<h3>Le flux</h3>");
        for (int i = 1; i <= 3; i++) {
            flux.append("<p><a href=\"/f").append(i).append("\">").append(i).append("/11 Nouveau revers pour le géant ")
                    .append("de la distribution dans le Gard</a> (Attac France, Les Amis de la Terre, Communiqués)</p>");
        }
        flux.append("<p><a href=\"/don\">Je fais un don</a></p>");
        // the strict passes drop the sidebar; the passes that weigh no class take it in beside the post
        String text = text("<!doctype html><html lang=\"fr\"><head><title>Privatisations</title></head><body>"
                + "<div class=\"row\"><div id=\"content\"><article><h1>Privatisations</h1><p>La porte-parole de "
                + "l’association était l’invitée de France Info pour parler du référendum contre la privatisation "
                + "des aéroports, lancé cette semaine.</p><p>Pour réécouter son interview, cliquez sur l’icône "
                + "ci-dessous.</p></article></div><div id=\"sidebar\" class=\"sidebar\">" + flux
                + "</div></div></body></html>");
        assertTrue(text.contains("était l’invitée de France Info") && text.contains("Pour réécouter"), text);
        assertFalse(text.contains("Nouveau revers"), text);
        assertFalse(text.contains("Je fais un don"), text);
    }

    @Test
    void callsToSubscribeOrFollowLeaveButASentenceAboutSubscribersStays() throws Exception {
        String text = text(page(prose(4) + "<p><strong>Subscribe now to our eNATION edition for the full story.</strong></p>"
                + "<p>¡Síguenos en Instagram y Facebook!</p>"
                + "<p>Netflix said its subscribers rose by two million in the quarter.</p>"
                + "<p>Residents can sign up for the scheme at the town hall.</p>"
                + "<p>The <span>top</span> three reasons were given in the report.</p>"
                + "<p>Tú también puedes hacer periodismo incómodo. Cancela cuando quieras.</p>"
                + "<p>If you are seeing this message but you are already a subscriber, log in to read on.</p>"));
        assertFalse(text.contains("eNATION"), text);
        assertFalse(text.contains("periodismo incómodo"), text);
        assertFalse(text.contains("already a subscriber"), text);
        assertFalse(text.contains("Síguenos"), text);
        assertTrue(text.contains("subscribers rose"), text);
        assertTrue(text.contains("Residents can sign up for the scheme"), text);
        assertTrue(text.contains("The top three reasons"), "a word inside a sentence is never a widget: " + text);
    }

    @Test
    void anArticleSetAsBoxesOfOneKindIsTakenWhole() throws Exception {
        // a real page of that make: each section a "paragraph-text" box under its own subheading, one box long
        String text = text(trafilaturaPage("forstpraxis.de.palletsauslaub.html.gz"));
        for (String section : new String[] {"Norbert Döring, Chef der Forschungsgesellschaft", "Aktuell sind wir in einer",
            "Die Bürgermeisterin von Reichenbach", "Man kann diese Pellets genauso"}) {
            assertTrue(text.contains(section), section + " missing: " + text);
        }
    }

    @Test
    void anOpenLetterOutweighsTheTableOfItsSignatories() throws Exception {
        // a real page of that make: the letter's paragraphs, then rows of "Name, affiliation" lines, as many
        // commas as a long text and not one sentence
        String text = text(trafilaturaPage("harpers.org.justice.html.gz"));
        for (String passage : new String[] {"Our cultural institutions are facing a moment of trial",
            "expect the public or the state to defend it for us.", "Saladin Ambar, Rutgers University"}) {
            assertTrue(text.contains(passage), passage + " missing: " + text);
        }
    }

    @Test
    void aHowToWhoseFirstStepCarriesOneMoreClassIsTakenWithAllItsSteps() throws Exception {
        // a real page of that make: the intro is "content lead", each step after it "content", in boxes of its own
        java.nio.file.Path page = java.nio.file.Path.of("../shared/corpus/readability/pages/ehow-1/source.html");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(page), page + " is absent");
        String text = text(java.nio.file.Files.readAllBytes(page));
        for (String step : new String[] {"Glass cloche terrariums are not only", "Measure the circumference of your "
            + "cloche", "Insert your plant into the hole.", "Gently place the cloche over the oasis."}) {
            assertTrue(text.contains(step), step + " missing: " + text);
        }
    }

    @Test
    void theSitesBoxAboutTheAuthorLeavesTheArticleAndBecomesTheAuthorsBiography() throws Exception {
        String html = "<!doctype html><html><head><title>El plan del consejo</title>"
                + "<meta name=\"author\" content=\"Ana Lima\"></head><body><article class=\"post\">"
                + "<h1>El plan del consejo</h1><div class=\"entry-content\">" + prose(5) + "</div>"
                + "<div class=\"author-bio\"><p>Ana Lima escribe sobre política local desde 2010.</p></div>"
                + "</article></body></html>";
        Article a = readers.read(new InputDocument("page.html", html.getBytes(StandardCharsets.UTF_8), null));
        assertFalse(a.body().text().contains("escribe sobre"), a.body().text());
        assertEquals(1, a.meta().authors().size(), a.meta().authors().toString());
        assertEquals("Ana Lima escribe sobre política local desde 2010.", a.meta().authors().get(0).bio());

        // the same box named the BEM way, element after a double underscore
        Article bem = readers.read(new InputDocument("page.html", html.replace("\"author-bio\"",
                "\"post-author__bio columns\"").getBytes(StandardCharsets.UTF_8), null));
        assertFalse(bem.body().text().contains("escribe sobre"), bem.body().text());
        assertEquals("Ana Lima escribe sobre política local desde 2010.", bem.meta().authors().get(0).bio());

        // the box of a widely used blog plugin, named by its prefix
        Article plugin = readers.read(new InputDocument("page.html", html.replace("\"author-bio\"",
                "\"abh_box abh_box_down\"").getBytes(StandardCharsets.UTF_8), null));
        assertFalse(plugin.body().text().contains("escribe sobre"), plugin.body().text());

        // a page the extractor searches, which takes a box of one paragraph for the paragraph
        Article searched = readers.read(new InputDocument("page.html", html.replace("<article class=\"post\">",
                "<nav><a href=\"/\">Inicio</a></nav><div class=\"post\">").replace("</article>", "</div>")
                .getBytes(StandardCharsets.UTF_8), null));
        assertFalse(searched.body().text().contains("escribe sobre"), searched.body().text());
        assertEquals("Ana Lima escribe sobre política local desde 2010.", searched.meta().authors().get(0).bio());
    }

    @Test
    void aRecipesIngredientsAndStepsLeftOutOfTheTextAreTakenFromItsOwnRecipeData() throws Exception {
        String html = "<!doctype html><html><head><title>Porridge</title><script type=\"application/ld+json\">"
                + "{\"@context\": \"https://schema.org\", \"@type\": \"Recipe\", \"name\": \"Porridge\","
                + " \"recipeIngredient\": [\"300 ml Haferdrink\", \"80 g kernige Haferflocken\", \"2 kleine &Auml;pfel\"],"
                + " \"recipeInstructions\": [{\"@type\": \"HowToStep\", \"text\": \"Haferdrink aufkochen.\"},"
                + " {\"@type\": \"HowToStep\", \"text\": \"Äpfel würfeln und unterheben.\"}]}</script></head><body>"
                + "<div class=\"ingredients-box\"><table><tr><td>300 ml</td><td><a href=\"/h\">Haferdrink</a></td></tr>"
                + "</table></div><article><h1>Porridge</h1>" + prose(4) + "</article></body></html>";
        String text = text(html);
        assertTrue(text.contains("80 g kernige Haferflocken"), text);
        assertTrue(text.contains("2 kleine Äpfel"), text);
        assertTrue(text.indexOf("Haferflocken") < text.indexOf("Párrafo 1."), "ingredients first: " + text);
        assertTrue(text.indexOf("Äpfel würfeln") > text.indexOf("Párrafo 4."), "steps after the text: " + text);
    }

    @Test
    void aRecipesOwnIngredientBoxIsTakenWithItsGroupsAndWithoutItsControls() throws Exception {
        String html = "<!doctype html><html><head><title>Mandarinenkuchen von jesusfreak | Chefkoch</title>"
                + "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@type\": \"Recipe\","
                + " \"name\": \"Mandarinenkuchen\", \"author\": {\"@type\": \"Person\", \"name\": \"jesusfreak\"},"
                + " \"recipeIngredient\": [\"125 g Mehl\", \"65 g Zucker\", \"2 Dose/n Mandarine(n) , je ca. 300 g\"]}"
                + "</script></head><body><div class=\"recipe-ingredients\"><h2>Zutaten</h2><span>für</span><form>"
                + "<input type=\"number\" value=\"1\"><button>Portionen umrechnen</button></form>"
                + "<table><thead><tr><th><h3>Für den Mürbeteig:</h3></th></tr></thead><tbody>"
                + "<tr><td>125 g</td><td>Mehl</td></tr><tr><td>65 g</td><td>Zucker</td></tr></tbody></table>"
                + "<table><thead><tr><th><h3>Für die Füllung:</h3></th></tr></thead><tbody>"
                + "<tr><td>2 Dose/n</td><td><a href=\"/m\">Mandarine(n), je ca. 300 g</a></td></tr></tbody></table></div>"
                + "<div class=\"recipe-profile\"><a href=\"/user/jesusfreak\"><span class=\"sr-only\">Zum Profil von "
                + "jesusfreak</span></a> <a href=\"/user/jesusfreak\">jesusfreak</a></div>"
                + "<article><h1>Mandarinenkuchen</h1>" + prose(4) + "</article></body></html>";
        Article a = readers.read(new InputDocument("page.html", html.getBytes(StandardCharsets.UTF_8), null));
        String text = a.body().text();
        assertTrue(text.contains("Für den Mürbeteig:") && text.contains("Für die Füllung:"), text);
        assertTrue(text.contains("Mandarine(n), je ca. 300 g"), "the page's wording, not the JSON-LD's: " + text);
        assertFalse(text.contains("für ") || text.contains("Portionen"), "the servings control stays behind: " + text);
        assertTrue(text.indexOf("Mehl") < text.indexOf("Párrafo 1."), "ingredients first: " + text);
        assertEquals("jesusfreak", a.meta().authors().get(0).name(), "the recipe's author");
        assertEquals("Mandarinenkuchen", a.meta().title());
    }

    @Test
    void anArchivedRecipeWhoseDescriptionNamesItsIngredientsGetsItsListAndSteps() throws Exception {
        StringBuilder items = new StringBuilder();
        for (String[] i : new String[][] {{"dynia", "400 gramów"}, {"cebula", "1 sztuka"}, {"sól", "1 szczypta"},
            {"Przyprawa w Mini kostkach Smażona cebula", "3 sztuki"}}) {
            items.append("<div class=\"ingredients-list-content-item\"><p><label><input type=\"checkbox\"><span>")
                    .append(i[0]).append("</span></label></p><p>").append(i[1]).append("</p></div>");
        }
        String html = "<!doctype html><html><head><title>Pierogi z dynią</title><script type=\"application/ld+json\">"
                + "{\"@context\": \"https://web.archive.org/web/20200808063632/http://schema.org\", \"@type\": \"Recipe\","
                + " \"recipeIngredient\": [\"dynia\", \"cebula\", \"sól\", \"Przyprawa w Mini kostkach Smażona cebula\"],"
                + " \"recipeInstructions\": [{\"@type\": \"HowToStep\", \"text\": \"Dodaj ugotowane pierogi i podawaj.\"}]}"
                + "</script></head><body><div class=\"ingredients-list\">" + items + "</div><article><h1>Pierogi z dynią</h1>"
                + "<p>Pierogi to klasyczne danie. Dynię pokrój, podsmaż z cebula i sól, a potem nadziewaj ciasto, "
                + "gotuj do momentu, aż wypłyną, i podawaj w sosie szałwiowym z parmezanem.</p>" + prose(3)
                + "</article></body></html>";
        String text = text(html);
        assertTrue(text.contains("400 gramów") && text.contains("Przyprawa w Mini kostkach"),
                "the names are in the description, not listed: " + text);
        assertTrue(text.indexOf("400 gramów") < text.indexOf("Pierogi to"),
                "after the dish's name, before the text: " + text);
        assertTrue(text.contains("Dodaj ugotowane pierogi"), "steps from an archived copy's JSON-LD: " + text);
    }

    @Test
    void aRecipeWhoseTextHoldsItsIngredientsIsLeftAsItIs() throws Exception {
        String html = "<!doctype html><html><head><title>Porridge</title><script type=\"application/ld+json\">"
                + "{\"@context\": \"https://schema.org\", \"@type\": \"Recipe\", \"recipeIngredient\": "
                + "[\"300 ml Haferdrink\", \"80 g Haferflocken\"]}</script></head><body><article><h1>Porridge</h1>"
                + "<ul><li>300 ml Haferdrink</li><li>80 g Haferflocken</li></ul>" + prose(4) + "</article></body></html>";
        String text = text(html);
        assertEquals(text.indexOf("80 g Haferflocken"), text.lastIndexOf("80 g Haferflocken"), text);
    }

    @Test
    void aHowToRenderedFromScriptDataGetsItsDescriptionToolsAndStepsFromItsData() throws Exception {
        String html = "<!doctype html><html><head><title>Runde Tischdecke nähen | homify</title>"
                + "<script type=\"application/ld+json\">{\"@context\": \"http://schema.org/\", \"@type\": \"HowTo\","
                + " \"name\": \"Runde Tischdecke nähen\", \"description\": \"\\u003cp\\u003eEin runder Tisch braucht eine"
                + " runde Decke.\\u003c/p\\u003e\\u003cp\\u003eSo nähst du sie selbst.\\u003c/p\\u003e\","
                + " \"tool\": [{\"@type\": \"HowToTool\", \"name\": \"Maßband\"}, {\"@type\": \"HowToTool\", \"name\": \"Schere\"}],"
                + " \"step\": [{\"@type\": \"HowToStep\", \"name\": \"Schritt 1\", \"itemListElement\": {\"@type\":"
                + " \"HowToDirection\", \"text\": \"\\u003cp\\u003eMiss den Durchmesser der Tischplatte.\\u003c/p\\u003e\"}},"
                + " {\"@type\": \"HowToStep\", \"name\": \"Schritt 2\", \"itemListElement\": {\"@type\": \"HowToDirection\","
                + " \"text\": \"Schneide den Stoff rund zu.\"}}]}</script></head><body>"
                + "<div data-react-class=\"ProjectPage\" data-react-props=\"{}\"></div>"
                + "<div class=\"banner\"><p>Erlebe die volle Erfahrung in unserer App, dort ist alles schöner.</p></div>"
                + "</body></html>";
        String text = text(html);
        assertTrue(text.contains("Ein runder Tisch braucht eine runde Decke.") && text.contains("So nähst du sie selbst."),
                "the description: " + text);
        assertTrue(text.contains("Maßband") && text.contains("Schere"), "the tools: " + text);
        assertTrue(text.indexOf("So nähst du") < text.indexOf("Miss den Durchmesser der Tischplatte.")
                && text.indexOf("Miss den") < text.indexOf("Schneide den Stoff rund zu."), "the steps, in order: " + text);
    }

    @Test
    void warningsABrokenServerPrintedIntoThePageLeave() throws Exception {
        String diagnostics = "<br />\n<b>Strict Standards</b>:  Redefining already defined constructor for class wpdb in "
                + "<b>/www/htdocs/w0094d70/wp-includes/wp-db.php</b> on line <b>56</b><br />\n<br />\n<b>Warning</b>:  "
                + "mysql_get_server_info(): Access denied for user ''@'localhost' (using password: NO) in <b>/www/htdocs/"
                + "wordpress/wp-content/plugins/tagging/simpletagging.php</b> on line <b>299</b><br />\n";
        String text = text(diagnostics + page(prose(4) + "<p><b>Warning</b>: el consejo advierte que la votación "
                + "podría retrasarse si llueve.</p>"));
        assertFalse(text.contains("on line") || text.contains("Strict Standards") || text.contains("mysql"), text);
        assertTrue(text.contains("Párrafo 1. ") && text.contains("Párrafo 4. "), text);
        assertTrue(text.contains("Warning: el consejo advierte"), text);
    }

    @Test
    void whatAClassHidesOnEveryScreenLeavesButTextShownFromSomeWidthStays() throws Exception {
        String text = text(page(prose(3)
                + "<div class=\"dialog hidden\"><p>Sitzung ist abgelaufen. Jetzt anmelden, um den Warenkorb zu sichern.</p></div>"
                + "<ul class=\"d-none teasers\"><li>Otro artículo que no es este</li></ul>"
                + "<p class=\"hidden lg:block\">Párrafo ancho. El consejo publicará las actas en su sitio cada semana.</p>"
                + "<p class=\"d-none d-md-block\">Párrafo mediano. Las actas también se podrán consultar en papel.</p>"
                + "<p>Tiempo: 20<span class=\"sr-only\"> minutos</span></p>" + prose(4, 5)));
        assertFalse(text.contains("Sitzung") || text.contains("Otro artículo"), text);
        assertTrue(text.contains("Párrafo ancho.") && text.contains("Párrafo mediano."), text);
        assertTrue(text.contains("20 minutos") && text.contains("Párrafo 5. "), text);
    }

    @Test
    void aSubheadingOnlyLikeTheTitleStaysWhenTheTitlesHeadingStandsInTheSiteHeader() throws Exception {
        String text = text("<!doctype html><html lang=\"es\"><head><title>Cuándo y cuánto vota el consejo del barrio"
                + "</title></head><body><div class=\"header-banner\"><h1>Cuándo y cuánto vota el consejo del barrio</h1>"
                + "<a href=\"/\">Inicio</a></div><div class=\"story\">" + prose(2) + "<h2>Cuándo y cuánto vota hoy el "
                + "consejo del barrio viejo</h2>" + prose(3, 5) + "</div></body></html>");
        assertTrue(text.contains("Cuándo y cuánto vota hoy el consejo del barrio viejo"), text);
        assertTrue(text.contains("Párrafo 1. ") && text.contains("Párrafo 5. "), text);
    }

    @Test
    void aStrayNulInAWebPageIsDroppedNotTakenForDamage() throws Exception {
        byte[] bytes = page(prose(3) + "<p>Fin\u0000al.</p>").getBytes(StandardCharsets.UTF_8);
        String text = text(bytes);
        assertTrue(text.contains("Final."), text);
        assertEquals(-1, text.indexOf('\0'));
    }

    @Test
    void partsTheSiteNamesAsFurnitureLeaveWhateverTheirTag() throws Exception {
        String text = text(page(prose(4)
                + "<p class=\"editorial-disclaimer\">Las opiniones expresadas son responsabilidad del autor.</p>"
                + "<span class=\"post-meta\">Publicado el 3 de mayo · 12 comentarios</span>"
                + "<section class=\"related-topics\"><p>Temas: consejo, vecinos, votación</p></section>"
                + "<h2><span class=\"mw-headline\">Historia</span><span class=\"mw-editsection\">[<a href=\"/e\">"
                + "editar</a>]</span></h2>"
                + prose(5, 6) + "<div class=\"c-sheet__tags\"><a href=\"/t/vivienda\">Vivienda</a> "
                + "<a href=\"/t/alquiler\">Alquiler</a></div>"));
        assertFalse(text.contains("Las opiniones expresadas"), text);
        assertFalse(text.contains("12 comentarios"), text);
        assertFalse(text.contains("Temas: consejo"), text);
        assertFalse(text.contains("Alquiler"), "a BEM element's name is a word of the name: " + text);
        assertTrue(text.contains("Historia") && !text.contains("editar"), "a wiki's [edit] link: " + text);
        assertTrue(text.contains("Párrafo 4.") && text.contains("Párrafo 6."), text);
    }

    @Test
    void aNamedBoxHoldingOneParagraphLeavesByItsNameButAPaywalledPartAndMinifiedNamesStay() throws Exception {
        String line = "<p>Every morning our editors pick the stories that matter most for the region.</p>";
        for (String name : List.of("promo", "ad-container", "inline-ad", "recirc", "more-stories", "membership-cta",
                "c-newsletter__body", "outbrain")) {
            String text = text(page(prose(2) + "<div class=\"" + name + "\">" + line + "</div>" + prose(3, 4)));
            assertFalse(text.contains("Every morning our editors"), name + ": " + text);
            assertTrue(text.contains("Párrafo 2.") && text.contains("Párrafo 4."), text);
        }
        for (String name : List.of("paywall", "ads", "go gp ad ay", "caption")) {
            String text = text(page(prose(2) + "<div class=\"" + name + "\">" + line + "</div>" + prose(3, 4)));
            assertTrue(text.contains("Every morning our editors"), name + ": " + text);
        }
    }

    @Test
    void aTeaserThatLinksElsewhereLeavesButALeadNamedTeaserStays() throws Exception {
        String text = text(page("<p class=\"article-teaser\">El consejo aprobó el plan tras meses de debate entre "
                + "los vecinos.</p>" + prose(5)
                + "<div class=\"teaser-box\"><a href=\"/otra\"><h3>Las obras del puerto empiezan en marzo</h3>"
                + "<p>El ayuntamiento licita la primera fase</p></a></div>"
                + "<ul class=\"teaser-list\"><li class=\"teaser\"><a href=\"/b\">Nuevo horario de autobuses</a> "
                + "(3 min)</li></ul>"));
        assertTrue(text.contains("El consejo aprobó el plan tras meses de debate"), text);
        assertFalse(text.contains("Las obras del puerto"), text);
        assertFalse(text.contains("El ayuntamiento licita"), text);
        assertFalse(text.contains("Nuevo horario de autobuses"), text);
        assertTrue(text.contains("Párrafo 5."), text);
    }

    @Test
    void aParagraphNamedAsThePostsMetadataLeavesUnlessItCarriesTheStandfirstOrACaption() throws Exception {
        String text = text(page("<p class=\"entry-meta\"><em>Redacción / 31.10.2023</em> <strong>La antigua colonia "
                + "vive su peor crisis desde la independencia.</strong></p>" + prose(4)
                + "<figure><img src=\"/plaza.jpg\" alt=\"\"><p class=\"image-metadata\">La plaza del "
                + "ayuntamiento, vacía.</p></figure>" + prose(5, 6)
                + "<div class=\"ContentMetaInfo_root\"><p></p><p>Actualizado: 11.04.2020, 10:27</p></div>"
                + "<section id=\"timetable\"><h2>Horario del día</h2></section>" + prose(7, 8)
                + "<p class=\"postmetadata alt\">Publicado el miércoles 27 de noviembre de 2019 y archivado en "
                + "<a href=\"/c/general\">General</a>.</p>"));
        assertFalse(text.contains("archivado en"), text);
        assertFalse(text.contains("Actualizado"), text);
        assertTrue(text.contains("Horario del día"), text);
        assertTrue(text.contains("La antigua colonia vive su peor crisis"), text);
        assertTrue(text.contains("La plaza del ayuntamiento"), text);
        assertTrue(text.contains("Párrafo 6."), text);
    }

    @Test
    void aPageBuildersWidgetsAndTheCaptionsAndEntriesASiteNamesLikeFurnitureStay() throws Exception {
        // a page builder calls each block a widget; a caption's class may say so too; a live ticker may call
        // each of its entries a comment: all of it is the article
        String built = text(page("<div class=\"elementor-widget elementor-widget-text-editor\"><p>La alcaldesa "
                + "quiere aprobar el plan antes del verano, dijo ayer.</p><p>Lo dijo en el pleno.</p></div><div class=\"elementor-widget "
                + "elementor-widget-text-editor\">" + prose(4) + "</div><figure><img src=\"/a.jpg\" alt=\"\">"
                + "<figcaption class=\"widget-image-caption\">La plaza, ayer por la tarde.</figcaption></figure>"
                + "<div class=\"elementor-widget elementor-widget-share-buttons\"><p>Compartir en redes</p><ul><li><a href=\"/fb\">Facebook</a></li>"
                + "<li><a href=\"/x\">X</a></li></ul></div>"));
        assertTrue(built.contains("La alcaldesa quiere aprobar el plan"), built);
        assertTrue(built.contains("La plaza, ayer por la tarde."), built);
        assertFalse(built.contains("Compartir en redes"), built);

        StringBuilder ticker = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            ticker.append("<div class=\"live-comment\"><p>Minuto ").append(i * 10).append(". ").append(PROSE)
                    .append("</p></div>");
        }
        String live = text(page(ticker.toString()));
        assertTrue(live.contains("Minuto 10.") && live.contains("Minuto 50."), live);
    }

    @Test
    void showNotesThatLinkEveryNameAreTheArticleNotAListOfLinks() throws Exception {
        StringBuilder notes = new StringBuilder("<div class=\"entry-content\">");
        for (int i = 1; i <= 6; i++) {
            notes.append("<p>Nota ").append(i).append(": <a href=\"/w/").append(i).append("\">Ana Ruiz</a> habla de ")
                    .append("<a href=\"/w/estrellas\">estrellas de neutrones</a>, <a href=\"/w/helio\">helio</a> y ")
                    .append("<a href=\"/w/fusion\">fusión nuclear</a> con <a href=\"/w/gsi\">el acelerador GSI</a>.</p>");
        }
        notes.append("</div>");
        String text = text(page(notes.toString()));
        assertTrue(text.contains("Nota 1: Ana Ruiz habla de estrellas de neutrones"), text);
        assertTrue(text.contains("Nota 6:"), text);

        // the cleanup itself, which the later passes of a search would otherwise have to make up for
        org.jsoup.nodes.Element content = org.jsoup.Jsoup.parseBodyFragment("<div>" + notes
                + "<div><a href=\"/a\">Inicio</a> <a href=\"/b\">Archivo</a></div></div>").body().child(0);
        new ContentCleanup(true, true).clean(content);
        assertTrue(content.text().contains("Nota 6:"), content.outerHtml());
        assertFalse(content.text().contains("Archivo"), content.outerHtml());
    }

    @Test
    void anArticleSetInAFormKeepsItsTextAndACommentFormBesideAnArticleLeaves() throws Exception {
        String inForm = text(page("<form action=\"/cart\" method=\"post\">" + prose(4)
                + "<label for=\"n\">Cantidad:</label><input id=\"n\" type=\"text\" value=\"1\">"
                + "<input type=\"submit\" value=\"Al carrito\"></form>"));
        assertTrue(inForm.contains("Párrafo 4."), inForm);
        assertFalse(inForm.contains("Al carrito"), inForm);

        String beside = text(page(prose(5) + "<form action=\"/comment\"><p>Deje su comentario, su correo no se "
                + "publicará.</p><textarea name=\"c\"></textarea><button>Enviar</button></form>"));
        assertTrue(beside.contains("Párrafo 5."), beside);
        assertFalse(beside.contains("Deje su comentario"), beside);
    }

    @Test
    void namesThatOnlyDescribeOrLabelTheArticleDoNotRemoveIt() throws Exception {
        // a modifier class, a heading id made from its words, a pull quote in a widget and a site that names
        // its article box "post-meta": each holds the author's words
        String text = text(page("<div class=\"entry has-sharing\">" + prose(3) + "</div>"
                + "<h2 id=\"iterating-over-the-votes\">Iterating over the votes</h2>" + prose(4, 5)
                + "<div class=\"widget pull-quote\"><p>Ninguna propuesta quedará fuera del debate.</p></div>"
                + "<div class=\"post-meta\">" + prose(6, 12) + "</div>"));
        assertTrue(text.contains("Párrafo 1."), text);
        assertTrue(text.contains("Iterating over the votes"), text);
        assertTrue(text.contains("Ninguna propuesta quedará fuera del debate."), text);
        assertTrue(text.contains("Párrafo 12."), text);
    }

    @Test
    void aHeadingWithNothingAfterItLeavesButOneOverTextStays() throws Exception {
        String text = text(page(prose(4) + "<h2>Conclusiones</h2>" + prose(5, 6)
                + "<div><div><h2>Más información sobre el consejo:</h2></div><div> </div></div>"));
        assertFalse(text.contains("Más información"), text);
        assertTrue(text.contains("Conclusiones") && text.contains("Párrafo 6."), text);

        String credited = text(page(prose(4) + "<p><img src=\"/a.jpg\" alt=\"Plaza\"></p><h6>Foto 1: Ana Ruiz, "
                + "<a href=\"https://creativecommons.org/licenses/by/2.0/\">algunos derechos reservados</a></h6>"));
        assertTrue(credited.contains("Foto 1: Ana Ruiz"), credited);
    }

    @Test
    void thePagesOwnArticleWinsOverALongerBioBesideIt() throws Exception {
        StringBuilder gifts = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            gifts.append("<div><p><a href=\"/p").append(i).append("\">Regalo ").append(i).append("</a></p><p>Una idea ")
                    .append("sencilla para el consejo.</p></div>");
        }
        String bio = "<p>Soy la autora de este blog, vivo en Sevilla con mi familia, escribo sobre casas, regalos, "
                + "viajes y cocina, y antes trabajé durante años como periodista en varias revistas del país.</p>";
        String page = "<!doctype html><html lang=\"es\"><head><title>Regalos</title></head><body><main>"
                + "<article><h1>Regalos</h1><p>Ocho ideas de regalo para esta Navidad, elegidas una a una.</p>"
                + gifts + "</article><aside class=\"about\">" + bio.repeat(4) + "</aside></main></body></html>";
        String text = text(page);
        assertTrue(text.contains("Ocho ideas de regalo") && text.contains("Regalo 8"), text);
        assertFalse(text.contains("Soy la autora"), text);
    }

    @Test
    void theSitesAppealsAtTheEndLeaveButTheArticlesOwnWordsAboutThemStay() throws Exception {
        String text = text(page(prose(3)
                + "<p>El ayuntamiento enviará un boletín a los vecinos que quieran subscribe a la lista municipal "
                + "de avisos, y los grupos pidieron que se traduzca al inglés.</p>" + prose(4, 5)
                + "<p>¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular en este <a href=\"https://t.me/x\">"
                + "enlace</a>.</p><div><p><strong>Apóyanos</strong></p><p>Si te parece valioso nuestro trabajo, apóyanos "
                + "con tu membresía para seguir.</p></div>"));
        assertTrue(text.contains("boletín a los vecinos") && text.contains("Párrafo 5."), text);
        assertFalse(text.contains("Telegram"), text);
        assertFalse(text.contains("Apóyanos") || text.contains("membresía"), text);

        String disclaimed = text(page(prose(4) + "<p><em>Las opiniones de este artículo no reflejan necesariamente las "
                + "del diario.</em></p><p>3 de mayo de 2022</p>"));
        assertFalse(disclaimed.contains("no reflejan necesariamente"), disclaimed);
        assertTrue(disclaimed.contains("Párrafo 4."), disclaimed);
    }

    @Test
    void theSitesLoginDialogAndAFormsErrorMessagesAreNoArticle() throws Exception {
        StringBuilder panels = new StringBuilder();
        StringBuilder nav = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            panels.append("<div class=\"panel\"><h3>Deine Registrierung war erfolgreich</h3><p>Willkommen bei Mein Konto! "
                    + "Du erhältst von uns in Kürze eine E-Mail. Bitte bestätige den Link in dieser E-Mail innerhalb von "
                    + "24 Stunden, um deine Registrierung abzuschließen.</p></div>");
        }
        for (int i = 1; i <= 40; i++) {
            nav.append("<li><a href=\"/sport/").append(i).append("\">Sportnachrichten aus aller Welt ").append(i).append("</a></li>");
        }
        String html = "<!doctype html><html lang=\"de\"><head><title>US-Sport in Zeiten von Corona</title></head><body>"
                + "<div class=\"b-dialog x-dialog-login\">" + panels + "<form><input type=\"password\" name=\"pw\">"
                + "<p class=\"form-field-error\">Das Passwort muss mindestens 8 Zeichen lang sein.</p></form></div>"
                + "<nav><ul>" + nav + "</ul></nav><main><h1>US-Sport in Zeiten von Corona</h1><p>New York ist das Epizentrum der Corona-Pandemie in den "
                + "USA. Auch der Sport ist zum Stillstand gekommen. Die Anteilnahme in den Top-Ligen ist groß.</p></main>"
                + "<form class=\"newsletter\"><p class=\"error-msg\">Bitte trage eine E-Mail-Adresse ein, damit wir dir "
                + "schreiben können, und bestätige sie danach mit dem Link, den wir dir senden.</p></form></body></html>";
        String text = text(html);
        assertTrue(text.contains("New York ist das Epizentrum"), text);
        assertFalse(text.contains("Registrierung") || text.contains("Passwort") || text.contains("E-Mail-Adresse"), text);

        // a page set in one form, as ASP.NET sets every page: the article stays, the form's messages leave
        String inForm = text(page("<form id=\"aspnetForm\">" + prose(5) + "<span class=\"validation-message\">Bitte "
                + "geben Sie eine gültige Postleitzahl mit fünf Ziffern ein, damit wir Ihre Bestellung zustellen.</span>"
                + "</form>"));
        assertTrue(inForm.contains("Párrafo 5."), inForm);
        assertFalse(inForm.contains("Postleitzahl"), inForm);
    }

    @Test
    void whatAPlayerOrAConsentGateLeftInPlaceOfAnEmbedLeavesButThePictureAndTheArticlesWordsStay() throws Exception {
        String text = text(page(prose(2)
                + "<figure><div class=\"player\"><div class=\"placeholder__caption\">Media playback is unsupported on "
                + "your device</div></div><figcaption>Der Rat im Sitzungssaal</figcaption></figure>" + prose(3, 4)
                + "<address><address>Video überspringen <p>Hinweis: Wenn Sie dieses Video hier abspielen, erfolgt eine "
                + "Datenübertragung an YouTube bzw. Google.</p></address></address>"
                + "<p><img src=\"rat.jpg\" alt=\"Der Rat\"><br><small>(ein Klick auf das Bild öffnet die größere Ansicht)"
                + "</small></p>" + prose(5, 6)
                + "<p>Wenn Sie dieses Video hier abspielen, sehen Sie, wie der Rat abstimmt.</p>"));
        assertFalse(text.contains("Media playback") || text.contains("Datenübertragung") || text.contains("Klick auf das Bild"),
                text);
        assertTrue(text.contains("Der Rat im Sitzungssaal") && text.contains("Párrafo 6."), text);
        assertTrue(text.contains("sehen Sie, wie der Rat abstimmt"), "a sentence of the article: " + text);

        for (String notice : new String[] {"Tu navegador no soporta los elementos de audio",
                "Ihr Browser unterstützt kein HTML5-Video.", "Votre navigateur ne prend pas en charge la vidéo."}) {
            String player = text(page(prose(2) + "<div class=\"audio\"><audio src=\"nota.mp3\"></audio><p>" + notice
                    + "</p></div>" + prose(3, 4)));
            assertFalse(player.contains(notice), player);
            assertTrue(player.contains("Párrafo 4."), player);
        }
    }

    @Test
    void theSitesBoxOfAppealsLeavesWholeAndThePicturesCreditAfterItStays() throws Exception {
        String text = text(page(prose(5)
                + "<p>Will the climber change sponsors before the season starts?</p>"
                + "<div><p><strong>Do you like our magazine? When we launched it we decided against a paywall, and it "
                + "will stay that way.</strong></p><p>To depend less on advertising, we need your help.</p>"
                + "<p>So support us with a small contribution. Find out <a href=\"/community\">how</a>.</p></div>"
                + "<p>+++<br>Credits: Cover picture <a href=\"https://example.com/\">AO Production</a></p>"));
        assertTrue(text.contains("Will the climber change sponsors"), text);
        assertFalse(text.contains("Do you like our magazine") || text.contains("we need your help")
                || text.contains("small contribution"), "the whole box of appeals leaves: " + text);
        assertTrue(text.contains("Credits: Cover picture AO Production"), "the credit stays: " + text);

        String ownWords = text(page(prose(5) + "<div><p>We asked readers what they think of the new law.</p>"
                + "<p>Many of them wrote that the rules are too strict for small shops and families.</p>"
                + "<p>Support us with a small contribution.</p></div>"));
        assertTrue(ownWords.contains("Many of them wrote"), "a box with the article's words keeps them: " + ownWords);
        assertFalse(ownWords.contains("small contribution"), ownWords);
    }

    @Test
    void aLinkAloneAfterTheArticlesLastWordsLeavesButAnAddressItGivesStays() throws Exception {
        String text = text(page(prose(5) + "<p>Der Verein stellt die neue Struktur am Montag vor.</p>"
                + "<p><a href=\"https://cdn.example.org/vorstand.pdf\">Hier geht es zur neuen Vorstandsstruktur</a></p>"
                + "<p><i><a href=\"/p/bewertung.html\">Info zur Bewertung</a></i></p>"));
        assertTrue(text.contains("stellt die neue Struktur am Montag vor"), text);
        assertFalse(text.contains("Vorstandsstruktur") || text.contains("Info zur Bewertung"),
                "links alone at the end point elsewhere: " + text);

        String address = text(page(prose(5) + "<p>Mehr über die Stiftung erfahren Sie auf ihrer Seite:</p>"
                + "<p><a href=\"https://www.stiftung.example/\">www.stiftung.example</a></p>"));
        assertTrue(address.contains("www.stiftung.example"), "an address the article gives stays: " + address);

        String inline = text(page(prose(5) + "<p>Der Bericht des Vereins ist <a href=\"/bericht\">hier</a> zu lesen.</p>"));
        assertTrue(inline.contains("Der Bericht des Vereins ist hier zu lesen."), "a sentence with a link stays: " + inline);
    }

    @Test
    void theCommentsHeadingAfterTheArticleTakesAllThatFollowsIt() throws Exception {
        String text = text(page(prose(5) + "<h2>Comments</h2><p><em>Advertise with the most visited news site in "
                + "town: we offer flexible digital marketing packages.</em></p><p>Jane: great piece, thanks.</p>"));
        assertTrue(text.contains("Párrafo 5."), text);
        assertFalse(text.contains("Comments") || text.contains("Advertise") || text.contains("great piece"),
                "the comments section leaves whole: " + text);

        String early = text(page("<p>Párrafo 1. " + PROSE + "</p><h2>Comentarios</h2>" + prose(2, 6)));
        assertTrue(early.contains("Párrafo 6."), "a heading in the article's first half is the article's: " + early);
    }

    @Test
    void aRecipesButtonsUnderItsPictureLeaveEvenWhenOneIsASpanAScriptAnswers() throws Exception {
        String text = text(page("<figure><img src=\"kuchen.jpg\" alt=\"Zitronenkuchen\"><div class=\"snippet\">"
                + "<a href=\"#recipe\">Zum Rezept</a> <a href=\"/print/1\">Drucken</a> "
                + "<span onclick=\"pin(1); return false;\"><span class=\"icon\"></span> Pinnen</span></div></figure>"
                + prose(5)));
        assertTrue(text.contains("Párrafo 5."), text);
        assertFalse(text.contains("Pinnen") || text.contains("Zum Rezept") || text.contains("Drucken"),
                "the buttons leave: " + text);
    }

    @Test
    void aListOfLinksAStricterSearchFindsGivesWayToTheTextALaterOneFinds() throws Exception {
        // a press service's page of releases: the strictest searches find only its boxes of links
        String text = text(trafilaturaPage("iwr.de.IWR-Pressedienst.html.gz"));
        assertTrue(text.contains("Lahn (iwr-pressedienst) - Die enen endless energy GmbH"), text);
    }

    @Test
    void whatWidgetsLeaveBehindLeavesTooAFilingHeadingAnOrphanLabelALoadingNotice() throws Exception {
        String text = text(page(prose(3) + "<div><div><h2><span>Lesen Sie auch</span></h2></div></div>"
                + "<p>Der Rat tagt wieder im Mai, wenn die Stellungnahmen der Vereine vorliegen und geprüft sind.</p>"
                + "<div><p>Parkhotel am See</p><p>Karte wird geladen - bitte warten...</p></div>" + prose(4, 5)
                + "<h2>Category: <a href=\"/category/blog/\">Blog</a> <a href=\"/category/popular/\">Popular</a></h2>"));
        assertTrue(text.contains("Der Rat tagt wieder im Mai") && text.contains("Parkhotel am See")
                && text.contains("Párrafo 5."), text);
        assertFalse(text.contains("Karte wird geladen"), "a map's loading notice: " + text);
        assertFalse(text.contains("Lesen Sie auch"), "a label over teasers that are gone: " + text);
        assertFalse(text.contains("Category:"), "a filing line set as a heading: " + text);
    }

    @Test
    void theReadingTimeLeavesInAnyOfItsLanguagesAndTheDateUnderItWithIt() throws Exception {
        for (String label : List.of("Lesezeit: 1 min", "5 min read", "Tiempo de lectura: 3 minutos",
                "3 min de lecture", "Estimated reading time: 4 minutes", "Lesedauer ca. 6 Minuten", "7-minute read")) {
            String text = text(page("<p>" + label + "</p><p>31.10.2023 14:08</p>" + prose(4)
                    + "<p>Wir haben 5 Minuten gelesen, sagte sie, und dann war die Sitzung vorbei.</p>"));
            assertFalse(text.contains(label), "a reading time: " + text);
            assertFalse(text.contains("31.10.2023"), "the date line, now at the content's top: " + text);
            assertTrue(text.contains("Párrafo 1.") && text.contains("Wir haben 5 Minuten gelesen"), text);
        }
    }

    @Test
    void aSharingButtonsLabelLeavesInAnyOfItsLanguagesButASentenceAboutSharingStays() throws Exception {
        String text = text(page("<p><a href=\"https://pinterest.com/pin/create?u=1\">Share on Pinterest</a></p>"
                + prose(4) + "<p>Sie teilen auf Facebook Bilder ihrer Kinder, ohne an deren Rechte zu denken.</p>"
                + "<ul><li><a href=\"https://facebook.com/sharer?u=1\">Partager sur Facebook</a></li>"
                + "<li><a href=\"https://twitter.com/intent/tweet?u=1\">Partager sur Twitter</a></li></ul>"
                + "<div><span>Auf WhatsApp teilen</span></div><p>Per E-Mail teilen</p>"));
        assertTrue(text.contains("Párrafo 4.") && text.contains("Sie teilen auf Facebook Bilder"), text);
        for (String label : List.of("Share on Pinterest", "Partager sur", "Auf WhatsApp teilen", "Per E-Mail teilen")) {
            assertFalse(text.contains(label), "a sharing button's label: " + text);
        }
    }

    @Test
    void whatAdsPlayersGalleriesAndSkipLinksLeaveAsALineLeavesButASentenceSayingAsMuchStays() throws Exception {
        for (String label : List.of("Story continues below advertisement", "Artikel wird unter der Anzeige fortgesetzt",
                "El artículo continúa debajo del anuncio", "La suite après cette publicité", "Scroll to continue with content",
                "Image 1 of 5", "Bild 1 von 4", "Comments (12)", "Share this article", "Sponsored content", "AD",
                "Skip to main content", "Play Video", "Video Player is loading.", "Trending Now")) {
            String text = text(page(prose(2) + "<p>" + label + "</p>" + prose(3, 3)
                    + "<p>The story continues below the surface, where divers found the wreck in 1998.</p>"));
            assertFalse(text.contains(label), "a widget's line: " + text);
            assertTrue(text.contains("Párrafo 2.") && text.contains("Párrafo 3.")
                    && text.contains("The story continues below the surface"), text);
        }
    }

    @Test
    void theArticlesToolsAPicturesControlsAndAnEmbeddedPostsStandInLeaveButAOneWordParagraphStays() throws Exception {
        for (String line : List.of("Gift this article", "Copy link", "Report an error", "Fehler melden", "Open in app",
                "Zum Vergrößern klicken", "Enlarge this image", "toggle caption", "A post shared by Jane Doe (@janedoe)",
                "Get our newsletter", "Kommentare anzeigen", "Sign in")) {
            String text = text(page(prose(2) + "<p>" + line + "</p>" + prose(3, 3) + "<p>Listen.</p>"
                    + "<p>The rain had stopped by the time the council voted, and nobody said a word for a minute.</p>"));
            assertFalse(text.contains(line), "a widget's line: " + text);
            assertTrue(text.contains("Párrafo 3.") && text.contains("Listen.") && text.contains("nobody said a word"),
                    text);
        }
    }

    @Test
    void breadcrumbsBrowserNoticesThePaywallsCountAndAppealsForMoneyLeave() throws Exception {
        for (String line : List.of("<a href=\"/\">Home</a> &gt; <a href=\"/news\">News</a> › <a href=\"/news/p\">Politics</a>",
                "We use cookies to improve your experience. By continuing you agree to our cookie policy.",
                "Please disable your ad blocker.", "Ce contenu est bloqué car vous n'avez pas accepté les cookies.",
                "To view this content, please enable JavaScript.",
                "You have reached your limit of free articles. Subscribe now for unlimited access.",
                "Our journalism depends on readers like you. Please consider supporting us with a donation.",
                "Apoya el periodismo incómodo", "WATCH: <a href=\"/video/1\">Council votes on the plan</a>",
                "Have a tip? Contact us at tips@example.com", "Hinweise an die Redaktion: tipps@example.de")) {
            String text = text(page(prose(2) + "<p>" + line + "</p>" + prose(3, 3)
                    + "<p>Many sites say we use cookies in a banner, and the council asked why.</p>"
                    + "<ul><li><a href=\"/api/blob\">Blob</a> / <a href=\"/api/file\">File</a></li></ul>"
                    + "<p><a href=\"/a.pdf\">Report (PDF)</a> / <a href=\"/a.docx\">Report (Word)</a></p>"));
            String words = org.jsoup.Jsoup.parse(line).text();
            assertFalse(text.contains(words.substring(0, 12)), "not the article's: " + text);
            assertTrue(text.contains("Párrafo 3.") && text.contains("Many sites say we use cookies")
                    && text.contains("Blob / File") && text.contains("Report (PDF) / Report (Word)"), text);
        }
    }

    @Test
    void feedbackWidgetsACommentInvitationAndThePrintEditionsNoteLeave() throws Exception {
        for (String line : List.of("Was this article helpful? Yes No", "War dieser Artikel hilfreich? JaNein",
                "Rate this article: ★★★★★", "Have something to say? Leave a comment below.",
                "A version of this article appears in print on March 4, 2021, Section A, Page 12 of the New York edition"
                        + " with the headline: Plan vote.")) {
            String text = text(page(prose(4) + "<p>Was this the right plan? Nobody on the council could say.</p>"
                    + "<p>" + line + "</p>"));
            assertFalse(text.contains(line.substring(0, 15)), "not the article's: " + text);
            assertTrue(text.contains("Párrafo 4.") && text.contains("Nobody on the council could say."), text);
        }
    }

    @Test
    void theControlsLabelsLeaveInItalianPortuguesePolishAndTheOtherLanguagesToo() throws Exception {
        assertEachLeavesBetweenParagraphs(List.of("Articolo precedente", "Próximo artigo", "Poprzedni artykuł", "« Previous post",
                "Newer post →", "Stampa questo articolo", "Compartilhe", "3 comentários", "Deixe um comentário",
                "Pubblicità", "Czytaj dalej", "Leia mais", "Assine a nossa newsletter e receba as notícias do dia.",
                "Zapisz się do naszego newslettera."));
    }

    @Test
    void theSitesNotesOnItsLinksAndCommentsLeaveButTheArticlesWordsAboutThemStay() throws Exception {
        for (String note : List.of(
                "This post may contain affiliate links. If you buy through them, we may earn a small commission.",
                "We may earn a commission when you buy through links on our site.",
                "Anzeige, enthält Affiliate Links",
                "Dieser Artikel enthält Affiliate-Links. Wenn du darüber einkaufst, erhalten wir eine Provision.",
                "Please note: comments are moderated and may take some time to appear.",
                "Your email address will not be published.")) {
            for (String at : List.of("start", "end")) {
                String story = at.equals("start") ? "<p><em>" + note + "</em></p>" + prose(3)
                        : prose(3) + "<p><em>" + note + "</em></p>";
                String text = text(page(story));
                assertFalse(text.contains(note.substring(0, 20)), at + ": " + text);
                assertTrue(text.contains("Párrafo 1.") && text.contains("Párrafo 3."), text);
            }
        }
        // the article's own sentences about such links and comments stay
        for (String line : List.of("Many bloggers earn a commission through affiliate links, the study found.",
                "The forum said its comments are checked by volunteers.")) {
            String text = text(page(prose(2) + "<p>" + line + "</p>" + prose(3, 3)));
            assertTrue(text.contains(line), text);
        }
    }

    @Test
    void aCallToTheSitesMessengerChannelAndTheArticlesPrintAndTextSizeControlsLeave() throws Exception {
        assertEachLeavesBetweenParagraphs(List.of("Join our WhatsApp channel for the latest news", "Únete a nuestro canal de WhatsApp",
                "Get the latest news on our Telegram channel", "Síguenos en Google News", "Print this article",
                "Email this story", "Text size A A A", "Schriftgröße: A- A+"));
        String said = "The minister said she would join the WhatsApp group of the town's mayors, as the others did.";
        assertTrue(text(page(prose(2) + "<p>" + said + "</p>" + prose(3, 3))).contains(said));
    }

    @Test
    void aPanelsControlsANoticeOfWhatIsUnavailableAndCallsToShareOrSubscribeLeave() throws Exception {
        assertEachLeavesBetweenParagraphs(List.of("Comment on this story", "Show transcript", "Read the full article here",
                "Close share panel", "These are external links and will open in a new window",
                "This story has been shared 12,345 times.",
                "We're sorry, this feature is currently unavailable. We're working to restore it.",
                "Sign up here to get The Morning newsletter in your inbox.", "Find out more about our news app",
                "Enjoyed this article? Share it with your friends.",
                "Thanks for reading The Example Letter! Subscribe for free to receive new posts and support my work.",
                "Copyright \u00a9 2021 The Example Times, LLC. Click here for reprint permission.", "More on this story",
                "Now playing", "1/12"));
        // how long the video stays online, set in a description list under the player
        String video = text(page(prose(2) + "<dl><dt>Video verfügbar bis 28.02.2021</dt><dd>Available until 3 March 2021"
                + "</dd></dl>" + prose(3, 3)));
        assertFalse(video.contains("verfügbar") || video.contains("Available"), video);
        for (String line : List.of("The museum said the feature is unavailable to visitors in wheelchairs.",
                "The vaccine is available until the end of May, the ministry said.",
                "She enjoyed this article of the constitution more than any other.")) {
            assertTrue(text(page(prose(2) + "<p>" + line + "</p>" + prose(3, 3))).contains(line));
        }
    }

    @Test
    void whereToWriteToTheAuthorOrTheNewsroomLeavesAfterTheArticleNotWithinIt() throws Exception {
        for (String line : List.of("<p>Write to Jane Doe at <a href=\"mailto:jane.doe@example.com\">jane.doe@example.com</a></p>",
                "<p>Have feedback? Send it to letters@example.com.</p>", "<p>Got a story? Email news@example.com</p>",
                "<p>Email: <a href=\"mailto:jdoe@example.com\">jdoe@example.com</a></p>",
                "<p>Jane Doe is on Twitter: @janedoe</p>")) {
            String words = org.jsoup.Jsoup.parse(line).text();
            String closing = text(page(prose(3) + line));
            assertFalse(closing.contains(words), "not the article's: " + closing);
            assertTrue(closing.endsWith(PROSE), closing);
            // within the article, a line giving an address is the article's
            assertTrue(text(page(prose(2) + line + prose(3, 3))).contains(words));
        }
        String said = "<p>Readers can write to the council at council@example.org until May.</p>";
        assertTrue(text(page(prose(3) + said)).contains("write to the council"));
    }

    @Test
    void aBoxOfTeasersWhoseHeadlinesAreHeadingsLeavesWithItsLabel() throws Exception {
        for (String box : List.of("<div class=\"callout\"><div role=\"heading\" aria-level=\"4\">Keep Reading</div>"
                        + "<figure><img src=\"x.jpg\" alt=\"\"></figure><div role=\"heading\" aria-level=\"5\">The latest on"
                        + " <a href=\"/category/ai/\">artificial intelligence</a>, from machine learning to vision</div></div>",
                "<div><h3>Related</h3><h4><a href=\"/a\">Council rejects old plan</a></h4>"
                        + "<h4><a href=\"/b\">Residents protest at the town hall</a></h4></div>")) {
            String text = text(page(prose(2) + box + prose(3, 3)));
            assertFalse(text.contains("Keep Reading") || text.contains("artificial intelligence")
                    || text.contains("Council rejects"), text);
            assertTrue(text.contains("Párrafo 2.") && text.contains("Párrafo 3."), text);
        }
        // a heading the page marks by its role stays a heading of the article, and a section under it stays
        Article a = readers.read(new InputDocument("page.html", page(prose(2)
                + "<div role=\"heading\" aria-level=\"2\">What the council decided</div>" + prose(3, 4))
                .getBytes(StandardCharsets.UTF_8), null));
        assertEquals("What the council decided", a.body().selectFirst("h2").text());
    }

    @Test
    void aReviewsWidgetsPromptAndACallToRegisterByClickingLeave() throws Exception {
        assertEachLeavesBetweenParagraphs(List.of("Be the first to review this recipe", "Write a review",
                "Bitte teilen Sie uns Ihre Erfahrungen mit, wenn Sie unseren Kaffee schon probiert haben.",
                "Sé el primero en opinar", "DHB jetzt auch digital! Einfach hier klicken und für das digitale DHB registrieren!",
                "Click here to subscribe to the print edition."));
        String said = "Share your experience of the flood with the council, the mayor urged residents on Monday.";
        assertTrue(text(page(prose(2) + "<p>" + said + "</p>" + prose(3, 3))).contains(said));
    }

    @Test
    void theWayOnToTheGuidesNextPageLeavesAfterTheArticle() throws Exception {
        for (String line : List.of("<p>... weiter zu \"<a href=\"/guide/wortwahl\">die Wortwahl</a>\"</p>",
                "<p>Next: <a href=\"/guide/part-3\">Part 3, the vote</a></p>")) {
            String words = org.jsoup.Jsoup.parse(line).text();
            String text = text(page(prose(3) + line));
            assertFalse(text.contains(words), text);
            assertTrue(text.endsWith(PROSE), text);
        }
        String said = "<p>Next, the council will <a href=\"/vote\">vote on the plan</a> in May.</p>";
        assertTrue(text(page(prose(3) + said)).contains("vote on the plan in May"));
    }

    @Test
    void anotherPagesExcerptCutShortWithItsLinkToReadOnLeaves() throws Exception {
        for (String line : List.of("<p><span>Auskunft über vergangenes Wetter…</span> <a href=\"/wetter\">mehr &bull;&bull;&bull;</a></p>",
                "<p>The council met on Tuesday to discuss the new budget [...] <a href=\"/budget\">Continue reading →</a></p>",
                "<p>El proyecto mejora los hábitats del río en sus riberas... <a href=\"/rio\">Leer más</a></p>")) {
            String words = org.jsoup.Jsoup.parse(line).text();
            String text = text(page(prose(2) + line + prose(3, 3)));
            assertFalse(text.contains(words.substring(0, 20)), text);
            assertTrue(text.contains("Párrafo 2.") && text.contains("Párrafo 3."), text);
        }
        // the article's sentence that ends with its link to read on keeps its words, and loses only the brackets
        String text = text(page(prose(2) + "<p>Las asociaciones también protestaron. <strong>[<a href=\"/mas\">Leer más</a>]"
                + "</strong></p>" + "<p>El alcalde respondió el lunes. [<a href=\"/mas2\">Leer más</a>]</p>" + prose(3, 3)));
        assertTrue(text.contains("Las asociaciones también protestaron. El alcalde respondió el lunes. Párrafo 3."), text);
    }

    @Test
    void wherePodcastsAreHeardAndALinkedHeadlineAfterADashLeave() throws Exception {
        for (String line : List.of("<p>Listen on <a href=\"https://podcasts.apple.com/x\">Apple Podcasts</a> | "
                        + "<a href=\"https://open.spotify.com/x\">Spotify</a></p>",
                "<p>Jetzt anhören bei Spotify und Deezer</p>")) {
            String words = org.jsoup.Jsoup.parse(line).text();
            String text = text(page(prose(2) + line + prose(3, 3)));
            assertFalse(text.contains(words), text);
        }
        String pointer = "<p>\u2014 <a href=\"/x\">Residents protest at the town hall over the plan</a></p>";
        String text = text(page(prose(3) + pointer));
        assertTrue(text.endsWith(PROSE), text);
        // the services named as the article's list stay
        String list = text(page(prose(2) + "<ul><li>Spotify</li><li>Deezer</li></ul>" + prose(3, 3)));
        assertTrue(list.contains("Spotify Deezer"), list);
    }

    @Test
    void thePublishersNoGuaranteeLineLeavesButASentenceSayingItStays() throws Exception {
        assertEachLeavesBetweenParagraphs(List.of("(Alle Angaben ohne Gewähr)", "Alle Angaben ohne Gewähr, Änderungen "
                + "vorbehalten.", "Irrtümer und Änderungen vorbehalten", "Prices subject to change without notice.",
                "Sous réserve de modifications", "Precios sujetos a cambios sin previo aviso", "Salvo error u omisión"));
        String said = "El notario leyó los resultados y dijo que todos los datos se daban sin garantía alguna.";
        assertTrue(text(page(prose(2) + "<p>" + said + "</p>" + prose(3, 3))).contains(said));
    }

    /** A picture on the web, captioned {@code caption} (its inside HTML). */
    private static String figure(String caption) {
        return "<figure><img src=\"https://example.org/fotos/consejo.jpg\" alt=\"El consejo\"><figcaption>" + caption
                + "</figcaption></figure>";
    }

    @Test
    void aPicturesCreditLeavesItsCaptionWhenThePictureIsNotCarriedAndTheDescriptionStays() throws Exception {
        String description = "El alcalde presenta el plan en la sala del consejo.";
        for (String credit : List.of("Foto: Ana Pérez/Agencia Sur", "\u00a9 AFP / ANA PÉREZ", "(REUTERS/Ana Pérez)",
                "(AP Photo/Ana Pérez)", "Photo by Ana Pérez", "Crédits photos : Bestimage", "(crédito: Ana Pérez/CB)",
                "| \u00a9 Ayuntamiento/Getty Images", "<span class=\"credit\">Ana Pérez</span>",
                "<small class=\"copyright-note\">Agencia Sur</small>")) {
            String text = text(page(prose(2) + figure(description + " " + credit) + prose(3, 3)));
            assertTrue(text.contains(description) && text.contains("Párrafo 3."), credit + ": " + text);
            assertFalse(text.contains("Ana Pérez") || text.contains("Agencia Sur") || text.contains("Bestimage")
                    || text.contains("Getty"), credit + ": " + text);
        }
        // a caption that is only the credit leaves whole; the picture's alt text is not the article's text anyway
        for (String credit : List.of("Foto: Ana Pérez", "Ana Pérez/Agencia Sur", "Getty Images", "\u00a9 Ana Pérez")) {
            String text = text(page(prose(2) + figure(credit) + prose(3, 3)));
            assertFalse(text.contains(credit.replace("\u00a9 ", "")), credit + ": " + text);
        }
        String named = text(page(prose(2) + "<div class=\"image-annotation\"><img src=\"https://example.org/a.jpg\" alt=\"\">"
                + "<p>" + description + " <em class=\"copyright\">\u00a9 Ana Pérez</em></p></div>" + prose(3, 3)));
        assertTrue(named.contains(description) && !named.contains("Ana Pérez"), named);
    }

    @Test
    void aPicturesCreditOnALineOfItsOwnLeavesTheText() throws Exception {
        assertEachLeavesBetweenParagraphs(List.of("Foto: Ana Pérez/dpa", "Crédit photo : KB / Bondy Blog",
                "Bildquelle: Peter Ferstl", "Titelbild: Ana Pérez on Unsplash", "(Credits: Amazon Prime Video)",
                "Foto von Ana Pérez", "\u00a9 Foto: Ana Pérez", "Image source, Getty Images",
                "Fuente de la imagen, Ana Pérez"));
        // under a picture, the line is its credit, and goes onto it
        org.jsoup.nodes.Element credited = body(page(prose(2) + "<p><img src=\"consejo_files/sala.jpg\" alt=\"\"></p>"
                + "<p>Foto: Ana Pérez</p>" + prose(3, 3)));
        assertFalse(credited.text().contains("Ana Pérez"), credited.text());
        assertEquals("Foto: Ana Pérez", credited.selectFirst("img").attr(Article.PICTURE_CREDIT));
        for (String line : List.of("Bilder von der Pressekonferenz sind beim Fotoservice des Amtes abrufbar.",
                "Fotos und Text: Ana Pérez")) {
            assertTrue(text(page(prose(2) + "<p>" + line + "</p>" + prose(3, 3))).contains(line), line);
        }
        // a credit's link within the caption's running text stays with the rest of it
        String linked = text(page(prose(2) + figure("La sala. (Foto: <a href=\"https://example.org/ap\">Ana Pérez</a> on "
                + "<a href=\"https://unsplash.com\">Unsplash</a>)") + prose(3, 3)));
        assertTrue(linked.contains("(Foto: Ana Pérez on Unsplash)"), linked);
    }

    @Test
    void eachCreditGoesOntoThePictureItsCaptionFollows() throws Exception {
        org.jsoup.nodes.Element body = body(page(prose(1) + "<div class=\"box\"><p class=\"image-caption\">La sala. "
                + "\u00a9 AFP / ANA PÉREZ</p>" + prose(2, 2) + "<p><img src=\"https://example.org/a.jpg\" alt=\"El alcalde\">"
                + "</p><p class=\"image-caption\">El alcalde. \u00a9 AFP / JUAN RUIZ</p>" + prose(3, 3)
                + "<p><img src=\"https://example.org/b.jpg\" alt=\"La plaza\"></p><p class=\"image-caption\">La plaza. "
                + "\u00a9 EFE / LUIS GIL</p></div>" + prose(4, 4)));
        assertEquals(List.of("\u00a9 AFP / JUAN RUIZ", "\u00a9 EFE / LUIS GIL"), body.select("img").eachAttr(Article.PICTURE_CREDIT));
        assertFalse(body.text().contains("ANA PÉREZ"), "the first caption's picture did not come with the article: "
                + body.text());
        assertTrue(body.text().contains("La sala. Párrafo 2."), body.text());
    }

    @Test
    void aCreditTheCaptionMarksAsTheCopyrightHolderGoesOntoThePictureWithItsLabelSpacedAndSaidOnce() throws Exception {
        // schema.org's copyrightHolder marks the credit where neither a class nor a mark says so ("for The Times")
        org.jsoup.nodes.Element figure = body(page(prose(2) + figure("<span>La sala del consejo, en 1920.</span>"
                + "<span itemprop=\"copyrightHolder\"><span>Foto</span><span><span class=\"visually-hidden\">Foto"
                + "</span><span>Ana Pérez for El Diario</span></span></span>") + prose(3, 3))).selectFirst("figure");
        assertEquals("La sala del consejo, en 1920.", figure.selectFirst("figcaption").text());
        assertEquals("Foto Ana Pérez for El Diario", figure.selectFirst("img").attr(Article.PICTURE_CREDIT));
    }

    @Test
    void aCaptionsOwnWordsStayAndItsCreditGoesOntoThePicture() throws Exception {
        // the credit goes onto its picture, for the outputs to show beside it or beside its stand-in
        org.jsoup.nodes.Element figure = body(page(prose(2) + figure("La sala. Foto: Ana Pérez") + prose(3, 3)))
                .selectFirst("figure");
        assertEquals("La sala.", figure.selectFirst("figcaption").text());
        assertEquals("Foto: Ana Pérez", figure.selectFirst("img").attr(Article.PICTURE_CREDIT));
        for (String caption : List.of("El retrato que la foto: muestra al alcalde joven.",
                "El alcalde, con el plan. Los vecinos votarán el plan el martes que viene, dijo.",
                "La sala del consejo (Madrid/Toledo, 1920)")) {
            String text = text(page(prose(2) + figure(caption) + prose(3, 3)));
            assertTrue(text.contains(caption), caption + ": " + text);
        }
        // a figure of a table is no picture's
        String table = text(page(prose(2) + "<figure><table><tr><th>Agencia</th><td>Reuters</td></tr></table></figure>"
                + prose(3, 3)));
        assertTrue(table.contains("Agencia Reuters"), table);
    }

    @Test
    void aPullQuoteRepeatingTheArticlesSentenceLeavesButAQuotationAndAChorusStay() throws Exception {
        String sentence = "Acordó publicar cada propuesta recibida antes de la votación";
        for (String pull : List.of("<blockquote>\u201c" + sentence + ".\u201d</blockquote>",
                "<aside><p>" + sentence + "</p></aside>", "<div class=\"article-pullquote\"><p>" + sentence + "</p></div>")) {
            String text = text(page(prose(2) + pull + "<p>El consejo se reunió. " + sentence + ", dijo el alcalde.</p>"
                    + prose(3, 3)));
            assertEquals(1, text.split(sentence, -1).length - 1, pull + ": " + text);
        }
        String quotation = "<blockquote><p>Ninguna propuesta quedará fuera del debate público del consejo.</p></blockquote>";
        assertTrue(text(page(prose(2) + quotation + prose(3, 3))).contains("Ninguna propuesta quedará fuera"));
        String chorus = "<p>Y el río sigue, y el río canta, y nadie lo detiene.</p>";
        String song = text(page(prose(2) + chorus + "<p>El pueblo entero lo escuchó aquella noche de verano.</p>" + chorus
                + prose(3, 3)));
        assertEquals(2, song.split("y nadie lo detiene", -1).length - 1, song);
    }

    @Test
    void theSitesFurnitureInSpanishFrenchGermanPortugueseAndItalianLeaves() throws Exception {
        assertEachLeavesBetweenParagraphs(List.of("Prohibida su reproducción total o parcial sin autorización.",
                "\u00a9 RIPRODUZIONE RISERVATA", "\u00a9 dpa-infocom, dpa:210303-99-123456/2", "Comparte esta noticia",
                "Temas relacionados", "Recibe las noticias más importantes en tu correo", "Artikel verschenken",
                "Vorlesen", "Article réservé aux abonnés", "Este contenido es exclusivo para suscriptores",
                "Jetzt kostenlos registrieren und weiterlesen", "Vous avez aimé cet article ?", "Receba notícias no WhatsApp",
                "Lea la nota completa aquí", "Diskutieren Sie mit", "Fehler entdeckt? Jetzt melden",
                "¿Encontraste un error? Repórtalo aquí"));
        for (String line : List.of("Según el juez, está prohibida la reproducción de obras sin permiso del autor.",
                "Le contenu réservé aux abonnés a augmenté de 20 % cette année.",
                "Der Verlag sagt, Fehler entdeckt zu haben, sei keine Schande.")) {
            assertTrue(text(page(prose(2) + "<p>" + line + "</p>" + prose(3, 3))).contains(line), line);
        }
    }

    @Test
    void aNewsletterBoxsSmallPrintThePaywallsPromptsTheCommentsControlsAndTheAdNetworksLabelsLeave() throws Exception {
        assertEachLeavesBetweenParagraphs(List.of("You've read 3 of 5 free articles this month.", "Already have an account? Sign in",
                "Create your free account to continue reading.", "More from Jane Doe", "Latest from Example News",
                "From around the web", "Recommended by Outbrain", "Ads by Google",
                "The Morning Briefing: get the day's news in your inbox",
                "By signing up, you agree to our Terms of Use and Privacy Policy.",
                "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
                "Thank you for signing up!", "Invalid email address", "Unsubscribe at any time.",
                "Click to share on Twitter (Opens in new window)", "Like this: Like Loading...", "Sort by: Newest",
                "Log in to reply", "Report abuse", "Join the discussion"));
        for (String line : List.of("More from the hearing came out on Tuesday, when the mayor spoke for an hour.",
                "Scam emails land in your inbox every day, the police warned.")) {
            assertTrue(text(page(prose(2) + "<p>" + line + "</p>" + prose(3, 3))).contains(line), line);
        }
    }

    @Test
    void aPostsFilingLineWithItsCommentsLinkAndTheNeighbouringPostsLinksLeave() throws Exception {
        for (String line : List.of("<p>Posted in <a href=\"/category/politics/\" rel=\"category tag\">Politics</a> | Tagged"
                        + " <a href=\"/tag/council/\" rel=\"tag\">council</a>, <a href=\"/tag/vote/\" rel=\"tag\">vote</a>"
                        + " | <a href=\"/plan/#respond\">Leave a comment</a></p>",
                "<p>Publicado en <a href=\"/categoria/politica/\">Política</a> | <a href=\"/plan/#comments\">2 comentarios</a></p>",
                "<p><a href=\"/new.html\">Newer Post</a> <a href=\"/old.html\">Older Post</a> <a href=\"/\">Home</a></p>")) {
            String text = text(page(prose(3) + line));
            assertFalse(text.contains(org.jsoup.Jsoup.parse(line).text().substring(0, 12)), line + ": " + text);
            assertTrue(text.endsWith(PROSE), text);
        }
    }

    @Test
    void aConsentDialogANotificationPromptAndARegistrationWallLeaveByTheirWordsOrTheirNames() throws Exception {
        String consent = "We value your privacy. We and our partners store and/or access information on a device.";
        for (String box : List.of("<div class=\"qc-cmp2-container\"><p>Cookies keep this site running.</p></div>",
                "<div id=\"sp_message_container_1\"><p>Cookies keep this site running.</p></div>",
                "<div><p>" + consent + "</p><p><a href=\"#\">Accept all</a> <a href=\"#\">Manage options</a></p></div>",
                "<p>Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät zu.</p>",
                "<p>Mit dem Klick auf Akzeptieren stimmen Sie der Verarbeitung Ihrer Daten zu.</p>",
                "<div class=\"popup-content\"><p>Recibe notificaciones de las noticias más importantes del día.</p>"
                        + "<p>NO, GRACIAS</p></div>",
                "<p>Register for free to keep reading, or create a free account.</p>")) {
            String text = text(page(prose(2) + box + prose(3, 3)
                    + "<p>The mayor said we and our partners in the region will vote again in May.</p>"));
            String words = org.jsoup.Jsoup.parse(box).text();
            assertFalse(text.contains(words.substring(0, 20)), "not the article's: " + text);
            assertTrue(text.contains("Párrafo 3.") && text.contains("we and our partners in the region"), text);
        }
    }

    @Test
    void theKindOfPieceOrItsSectionsOverTheHeadlineLeaveButALinkedHeadlineOrASentenceStays() throws Exception {
        for (String label : List.of("<p>OPINION</p>", "<p>Meinung</p>", "<p><a href=\"/politics\">Politics</a></p>",
                "<p><a href=\"/world\">World</a> | <a href=\"/world/europe\">Europe</a></p>")) {
            String text = text(page(label + prose(4)));
            assertTrue(text.startsWith("Párrafo 1."), label + ": " + text);
        }
        for (String line : List.of("<p><a href=\"https://example.org/r/1\">Gousto has changed my life</a></p>",
                "<p>Opinion polls were wrong.</p>")) {
            String text = text(page(line + prose(4)));
            assertTrue(text.startsWith(org.jsoup.Jsoup.parse(line).text()), line + ": " + text);
        }
        // a kicker inside the text is the article's word
        assertTrue(text(page(prose(2) + "<p>OPINION</p>" + prose(3, 4))).contains("OPINION"));
    }

    @Test
    void aSponsorsLineTheArticlesAgeAndAReadAloudPlayersLengthLeaveAndSoDoesTheReadingTimeInAByline()
            throws Exception {
        for (String line : List.of("Sponsored by Example Bank", "This article is more than 2 years old",
                "Dieser Artikel ist älter als ein Jahr.", "Listen to this article · 5:32 min")) {
            String text = text(page(prose(2) + "<p>" + line + "</p>" + prose(3, 3)));
            assertFalse(text.contains(line), "not the article's: " + text);
        }
        Article a = readers.read(new InputDocument("page.html", byAuthor("Jane Doe",
                "<p>Jane Doe • 3 min read • March 3, 2021</p>" + prose(4)).getBytes(StandardCharsets.UTF_8), null));
        assertTrue(a.body().text().startsWith("Párrafo 1."), a.body().text());
    }

    @Test
    void theLabelOfABoxOfOtherArticlesThatLeftByItsNameLeavesButASectionsHeadingStays() throws Exception {
        for (String box : List.of("<h3>Most Popular</h3><ul class=\"widget-list\"><li><a href=\"/a\">Rat lehnt ab</a></li></ul>",
                "<h3>Lo más leído</h3><div class=\"sidebar-box\"><p><a href=\"/a\">El consejo rechaza</a></p></div>",
                "<p><strong>Lesen Sie auch</strong></p>", "<p>Related Articles</p>")) {
            String text = text(page(prose(2) + box + prose(3, 4)));
            assertFalse(text.contains(org.jsoup.Jsoup.parse(box).text().substring(0, 10)), "a label of nothing: " + text);
            assertTrue(text.contains("Párrafo 2.") && text.contains("Párrafo 4."), text);
        }
        String text = text(page(prose(2) + "<h3>Recommended</h3>" + prose(3, 3) + "<h3>See also</h3>" + prose(4, 4)));
        assertTrue(text.contains("Recommended") && text.contains("See also"), "a section's heading: " + text);
    }

    @Test
    void aTopicsLineLeavesAndSoDoesALongOneWhoseLinksThePageMarksAsTags() throws Exception {
        StringBuilder tags = new StringBuilder("<p><strong>En este artículo: </strong>");
        for (int i = 1; i <= 8; i++) {
            tags.append("<a href=\"/etiqueta/t").append(i).append("/\" rel=\"category tag\">Tema número ").append(i)
                    .append(" del día</a>, ");
        }
        tags.append("<a href=\"/etiqueta/fin/\" rel=\"tag\">Fin</a></p>");
        String text = text(page(prose(4) + "<p>Themen: <a href=\"/themen/presse\">Pressefreiheit</a></p>" + tags
                + prose(5, 5)));
        assertTrue(text.contains("Párrafo 5."), text);
        assertFalse(text.contains("Tema número"), "a long line of tags: " + text);
        assertFalse(text.contains("Pressefreiheit"), "a topics line: " + text);
    }

    @Test
    void aReadAloudPlayersLabelAndTheTermsForReadersCommentsLeave() throws Exception {
        String text = text(page("<div><div id=\"audio-1\"><h2>Escucha esta nota aquí <i></i></h2></div>" + prose(5)
                + "<p>Die Redaktion behält sich vor, Lesermeinungen zu kürzen. Es besteht kein Anspruch auf die "
                + "Veröffentlichung Ihrer zugesandten Meinungen.</p></div>"));
        assertTrue(text.contains("Párrafo 5."), text);
        assertFalse(text.contains("Lesermeinungen"), "the terms for comments: " + text);
        assertFalse(text.contains("Escucha esta nota"), "the player's label: " + text);
    }

    @Test
    void otherArticlesHeadlinesSetAsLinkedHeadingsAtTheEndLeaveAndADonorsWordIsNoAppeal() throws Exception {
        String text = text(page(prose(5) + "<p><strong>Nous avons écrit un questionnaire à destination des donateurs. "
                + "<a href=\"https://caisse.example/questionnaire/\">Voir le questionnaire</a></strong></p>"
                + "<h2><a href=\"/recette-59427/\">SAJTOS ROPOGÓS, MARADÉK KOVÁSSZAL &gt;&gt;&gt;</a>&nbsp;</h2>"
                + "<h2><a href=\"/recette-59339/\">ÁFONYÁS AMERIKAI PALACSINTA &gt;&gt;&gt;</a></h2>"));
        assertFalse(text.contains("SAJTOS") || text.contains("PALACSINTA"), "headlines of other pages: " + text);
        assertTrue(text.contains("questionnaire à destination des donateurs"), "the article's sentence stays: " + text);
    }

    @Test
    void aShortFindGivesWayToTheArticleInABoxWithAnUnlikelyNameButNotToComments() throws Exception {
        String about = "<div class=\"about\"><p>Somos una asociación vecinal que publica desde 1998 las noticias del "
                + "barrio, sus fiestas y sus debates, con la ayuda de voluntarios que escriben cada semana.</p><p>Nuestro "
                + "archivo reúne miles de artículos sobre el consejo, las escuelas y los comercios de la zona, abiertos "
                + "a todos los lectores que quieran consultarlos.</p><p>Las reuniones de la redacción son abiertas y "
                + "cualquiera puede proponer temas, corregir textos o tomar fotografías para el sitio.</p><p>La asociación se "
                + "financia con las cuotas de sus socios y no acepta publicidad de partidos ni de empresas del sector "
                + "inmobiliario, para conservar su independencia.</p></div>";
        String html = "<!doctype html><html lang=\"es\"><head><title>El plan del consejo</title></head><body>"
                + "<nav><a href=\"/\">Inicio</a></nav><div class=\"community-post\">" + prose(6) + "</div>" + about
                + "</body></html>";
        String text = text(html);
        assertTrue(text.contains("Párrafo 6."), "the post in a box named 'community': " + text);

        // a podcast's short post over its readers' comments: the comments' prose makes no other find the article
        String post = text(trafilaturaPage("sprechwaisen.com.sw082.html.gz"));
        assertTrue(post.contains("Ingo hat ja gesagt"), post);
        assertFalse(post.contains("Och wenn ick keen Berliner bin") || post.contains("Schöne Folge"), post);
    }

    @Test
    void aPaywallsBadgeLeavesAndAnIconFontsWordLeavesItsLine() throws Exception {
        String text = text(page("<p><i class=\"material-icons md-12\">lock</i><strong>Para suscriptores</strong></p>"
                + prose(4) + "<p><i class=\"material-icons\">schedule</i> La votación se celebrará el martes en el "
                + "salón de actos del consejo, abierto a todos los vecinos.</p>" + prose(5, 5)));
        assertTrue(text.contains("Párrafo 5."), text);
        assertFalse(text.contains("schedule"), "an icon's name: " + text);
        assertFalse(text.contains("suscriptores"), "the paywall's badge: " + text);
        assertTrue(text.contains("La votación se celebrará el martes"), text);
    }

    @Test
    void aBylineLineOfTheAuthorTheMetadataNamesLeavesTheArticlesEdges() throws Exception {
        Article a = readers.read(new InputDocument("page.html", byAuthor("Gloria Ruiz Kuilan",
                "<p>04.02.2022 | 13:10 Uhr | Gloria Ruiz Kuilan</p>" + prose(5) + "<p>Por Gloria Ruiz Kuilan</p>"
                        + "<p>Gloria Ruiz Kuilan, Staff Writer</p>")
                .getBytes(StandardCharsets.UTF_8), null));
        String text = a.body().text();
        assertTrue(text.contains("Párrafo 5."), text);
        assertFalse(text.contains("Kuilan"), "the byline lines leave: " + text);
        assertEquals("Gloria Ruiz Kuilan", a.meta().authors().get(0).name(), "the author stays known");

        String others = text(byAuthor("Gloria Ruiz Kuilan",
                prose(5) + "<p>Traducido por: Ana Lima</p><p>Gloria Ruiz Kuilan</p>"));
        assertTrue(others.contains("Traducido por: Ana Lima"), "a name the metadata does not give: " + others);
        assertTrue(others.contains("Gloria Ruiz Kuilan"), "a name alone, as a signature: " + others);

        // over the article, the name alone is the byline, and so is the name with its handle, the count of comments
        // or a word that introduces it; a co-author the metadata does not give keeps the line
        for (String line : List.of("Gloria Ruiz Kuilan", "Gloria Ruiz Kuilan @gloriaruiz",
                "Gloria Ruiz Kuilan | 4 de febrero de 2022 | 3 comentarios", "Story by Gloria Ruiz Kuilan")) {
            String over = text(byAuthor("Gloria Ruiz Kuilan", "<p>" + line + "</p>" + prose(5)));
            assertTrue(over.startsWith("Párrafo 1."), line + ": " + over);
        }
        for (String line : List.of("Medically reviewed by Ana Lima, MD", "Fact checked by Ana Lima", "Revisado por: Ana Lima")) {
            String over = text(byAuthor("Gloria Ruiz Kuilan", "<p>" + line + "</p>" + prose(5)));
            assertTrue(over.startsWith("Párrafo 1."), line + ": " + over);
        }
        String reviewed = text(byAuthor("Gloria Ruiz Kuilan", "<p>Reviewed by the council, the plan passed.</p>"
                + prose(5)));
        assertTrue(reviewed.contains("Reviewed by the council, the plan passed."), reviewed);
        // a byline naming a co-author the metadata leaves out: both are the authors, and the line leaves
        Article coAuthored = readers.read(new InputDocument("page.html", byAuthor("Gloria Ruiz Kuilan",
                "<p>Por <a href=\"/autor/gloria\">Gloria Ruiz Kuilan</a> y <a href=\"/autor/ana\">Ana Lima</a></p>"
                        + prose(5)).getBytes(StandardCharsets.UTF_8), null));
        assertTrue(coAuthored.body().text().startsWith("Párrafo 1."), coAuthored.body().text());
        assertEquals(List.of("Gloria Ruiz Kuilan", "Ana Lima"),
                coAuthored.meta().authors().stream().map(org.republish.model.Author::name).toList());
        // the organisation after the one author's name is her affiliation, and the line leaves; a role stays a line
        Article affiliated = readers.read(new InputDocument("page.html", byAuthor("Gloria Ruiz Kuilan",
                "<p>Por Gloria Ruiz Kuilan, Associated Press</p>" + prose(5)).getBytes(StandardCharsets.UTF_8), null));
        assertTrue(affiliated.body().text().startsWith("Párrafo 1."), affiliated.body().text());
        assertEquals(List.of("Gloria Ruiz Kuilan"),
                affiliated.meta().authors().stream().map(org.republish.model.Author::name).toList());
        assertEquals("Associated Press", affiliated.meta().authors().get(0).affiliation());
        Article byAgency = readers.read(new InputDocument("page.html", byAuthor("Gloria Ruiz Kuilan",
                "<p>By Gloria Ruiz Kuilan, Associated Press</p>" + prose(5)).getBytes(StandardCharsets.UTF_8), null));
        assertEquals(1, byAgency.meta().authors().size(), "an agency is not a co-author");
        assertEquals("Associated Press", byAgency.meta().authors().get(0).affiliation());
        String role = text(byAuthor("Gloria Ruiz Kuilan", "<p>Gloria Ruiz Kuilan, Health Reporter</p>" + prose(5)));
        assertTrue(role.startsWith("Gloria Ruiz Kuilan, Health Reporter"), role);
    }

    @Test
    void anInvitationToReadOnWithNothingAfterItLeavesTheEnd() throws Exception {
        for (String invitation : new String[] {"Seguir leyendo:", "Siehe auch:"}) {
            String text = text(page(prose(5) + "<p><strong>" + invitation + "</strong></p>"));
            assertTrue(text.contains("Párrafo 5."), text);
            assertFalse(text.contains(invitation), text);
        }
        String source = text(page(prose(5) + "<p>Fuente:</p>"));
        assertTrue(source.contains("Fuente:"), "only an invitation to read on: " + source);
    }

    @Test
    void aBylineOfTwoDatesSideBySideUnderADrawingLeavesToo() throws Exception {
        String text = text(byAuthor("mady", "<p><svg viewBox=\"0 0 10 10\"><desc>Created with Sketch.</desc>"
                + "<polygon points=\"0 0 5 5\"></polygon></svg></p><p><time datetime=\"2022-04-03\">3. April 2022</time>"
                + "<time datetime=\"2022-04-03\">3. April 2022</time> by <a href=\"/author/mady\">mady</a></p>" + prose(5)));
        assertTrue(text.contains("Párrafo 5."), text);
        assertFalse(text.contains("Sketch"), "a drawing's description: " + text);
        assertFalse(text.contains("by mady"), "the byline: " + text);
    }

    @Test
    void aBylineBelowTheStandfirstLeavesButOneInTheArticlesProseStays() throws Exception {
        String head = "<!doctype html><html lang=\"de\"><head><title>Der Plan des Rates</title>"
                + "<meta name=\"author\" content=\"Heike Buchter\"></head><body><nav><a href=\"/\">Start</a></nav>"
                + "<article><h1>Der Plan des Rates</h1><div class=\"intro\"><p>Der Rat legt seinen Plan vor.</p>"
                + "<p>Von <span>Heike Buchter</span></p></div>";
        String text = text(head + prose(5) + "</article></body></html>");
        assertTrue(text.contains("Párrafo 5."), text);
        assertFalse(text.contains("Buchter"), "the byline under the standfirst: " + text);

        String later = text(head.replace("<p>Von <span>Heike Buchter</span></p>", "") + prose(3)
                + "<p>Von Heike Buchter</p>" + prose(4, 5) + "</article></body></html>");
        assertTrue(later.contains("Von Heike Buchter"), "a line after the prose has begun is the article's: " + later);
    }

    @Test
    void aBylineUnderAStandfirstSetAsALongHeadingLeavesWithTheDateBesideIt() throws Exception {
        String standfirst = "Wer wird der Star der Spiele? Wir haben sieben Sportler gefunden, die den am Freitag beginnenden "
                + "Spielen in Peking ihren Stempel aufdrücken könnten, und stellen sie vor.";
        String text = text(byAuthor("Heike Buchter", "<h2>" + standfirst + "</h2><p class=\"date\">02. Februar 2022</p>"
                + "<p>Von: Heike Buchter</p>" + prose(5)));
        assertTrue(text.contains("Párrafo 5.") && text.contains(standfirst), text);
        assertFalse(text.contains("Buchter") || text.contains("02. Februar 2022"), text);
        // a date set as a heading opens a chronology, and stays even beside the byline
        String chronology = text(byAuthor("Heike Buchter", "<p>Von Heike Buchter</p><h2>02. Februar 2022</h2>"
                + prose(5)));
        assertTrue(chronology.contains("02. Februar 2022") && !chronology.contains("Buchter"), chronology);
    }

    @Test
    void theTitleSetAgainAsTheFirstLineOfTheContentLeavesIt() throws Exception {
        String html = "<!doctype html><html lang=\"es\"><head><title>El plan del consejo</title></head><body>"
                + "<nav><a href=\"/\">Inicio</a></nav><div class=\"story\"><p><strong>El plan del Consejo</strong></p>"
                + prose(5) + "</div></body></html>";
        String text = text(html);
        assertTrue(text.startsWith("Párrafo 1."), "the title is set above the body, not again in it: " + text);

        String kicker = text(html.replace("<strong>El plan del Consejo</strong>", "<strong>Ayuntamiento</strong>"));
        assertTrue(kicker.startsWith("Ayuntamiento"), kicker);

        String underKicker = text(html.replace("<strong>El plan del Consejo</strong>",
                "<span>Ayuntamiento</span> <strong>El plan del consejo</strong>"));
        assertTrue(underKicker.startsWith("Párrafo 1."), "the title under its kicker: " + underKicker);
    }

    @Test
    void aCreditsLabelWithNoNameAndAWidgetsErrorLeaveTheEndAndACreditWithANameGoesOntoThePicture() throws Exception {
        String text = text(page(prose(5) + "<p> <span>Error</span></p><p>Bildquelle:</p>"));
        assertTrue(text.contains("Párrafo 5."), text);
        assertFalse(text.contains("Error") || text.contains("Bildquelle"), text);

        org.jsoup.nodes.Element named = body(page("<p><img src=\"https://example.org/sala.jpg\" alt=\"\"></p>" + prose(5)
                + "<p>Fotos: Ana Lima</p>"));
        assertTrue(named.text().contains("Párrafo 5.") && !named.text().contains("Ana Lima"), named.text());
        assertEquals("Fotos: Ana Lima", named.selectFirst("img").attr(Article.PICTURE_CREDIT), "the credit names whom to ask");
    }

    @Test
    void aBoxTheSiteNamesForItsAffiliateLinksLeaves() throws Exception {
        String text = text(page(prose(5) + "<div id=\"affiliateText\"><h2>* Was der Stern bedeutet:</h2><p>Unsere "
                + "Experten untersuchen regelmäßig Produkte. Geld erhalten wir, wenn Sie diesen Link klicken.</p></div>"
                + "<p class=\"affiliate-link\"><a href=\"https://shop.example/turm\">Scheibenturm im Laden kaufen</a></p>"));
        assertTrue(text.contains("Párrafo 5."), text);
        assertFalse(text.contains("Geld erhalten wir") || text.contains("Scheibenturm"), text);
    }

    @Test
    void theNewsroomsSignatureWithADateLeavesTheStart() throws Exception {
        for (String author : new String[] {"red.", "Anna Nowak"}) {
            String text = text(byAuthor(author, "<p>red. &nbsp; 27.04.2021 14:51</p>" + prose(5)));
            assertTrue(text.startsWith("Párrafo 1."), author + ": " + text);
        }
    }
}
