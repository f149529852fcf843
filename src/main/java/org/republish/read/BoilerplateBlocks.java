package org.republish.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.republish.model.ArticleDeadline;

/**
 * Removes what sites put around and into an article that its class names do
 * not give away, recognised by what it says, in the languages of the pages
 * we read: a "Related" / "Mehr zum Thema" / "Le puede interesar" heading with
 * the teaser links under it, a "Read also: <link>" line between paragraphs,
 * a widget's lone label ("Print recipe", "Back to top") and a site's
 * copyright line. Only short blocks are judged, so the article's own
 * sentences are never matched by a phrase they happen to contain.
 */
final class BoilerplateBlocks {

    /** Headings that open a list of other articles. Lower case, without trailing punctuation. */
    private static final Set<String> RELATED_HEADINGS = Set.of(
            // en
            "related", "related articles", "related posts", "related stories", "related content", "related news",
            "related links", "read more", "read also", "also read", "see also", "more on this topic", "more stories",
            "keep reading", "more on this story",
            "you may also like", "you might also like", "you may also be interested in", "recommended",
            "recommended for you", "recommended articles", "latest news", "latest articles", "latest posts",
            "most read", "most popular", "popular posts", "recent posts", "trending", "more news", "more articles",
            // de
            "mehr zum thema", "weitere artikel", "weitere beiträge", "weitere informationen", "siehe auch",
            "das könnte sie auch interessieren", "das könnte dich auch interessieren", "zum weiterlesen",
            "empfohlene beiträge", "empfohlene artikel", "beiträge zum thema", "artikel zum thema", "neueste artikel",
            "neueste beiträge", "schon gelesen", "mehr themen", "auch lesen", "lesen sie auch", "lies auch",
            "ähnliche artikel", "ähnliche beiträge", "verwandte artikel", "verwandte themen", "meistgelesen",
            "meistgelesene artikel", "aktuelle artikel", "mehr dazu", "auch interessant", "passend zum thema",
            "mehr zu", "mehr zum", "weitere infos", "zum thema",
            // fr
            "dans la même rubrique", "à lire aussi", "a lire aussi", "lire aussi", "voir aussi", "sur le même sujet",
            "articles similaires", "articles liés", "articles connexes", "les plus lus", "à découvrir aussi",
            "à lire également", "lire la suite", "vous aimerez aussi",
            // es
            "le puede interesar", "te puede interesar", "también te puede interesar", "lea también", "lee también",
            "lea más", "lee más", "seguir leyendo", "sigue leyendo", "noticias relacionadas", "artículos relacionados",
            "más noticias", "lo más leído", "ver también", "relacionado", "relacionados", "te recomendamos",
            "le recomendamos", "vea también", "temas relacionados",
            "puedes ver", "mira también", "lea además", "lee además", "también puedes leer",
            // pt
            "veja também", "leia também", "leia mais", "notícias relacionadas", "artigos relacionados", "mais lidas",
            "mais lidos", "você também pode gostar",
            // it
            "leggi anche", "articoli correlati", "potrebbe interessarti", "più letti", "ti potrebbe interessare",
            // nl
            "lees ook", "gerelateerde artikelen", "lees meer", "meer nieuws",
            // pl
            "czytaj także", "czytaj też", "zobacz także", "zobacz też", "przeczytaj także", "przeczytaj też",
            "polecamy", "najnowsze", "najczęściej czytane", "dowiedz się więcej", "podobne artykuły");

    /** An invitation to read on, as such headings word it in a sentence ("Diese Artikel könnten dich ebenfalls interessieren"). */
    private static final Pattern READ_ON_INVITATION = Pattern.compile("(?iu)\\bkönnten? (?:sie|dich|euch) (?:\\p{L}+ )?interessieren"
            + "|\\bpourrai(?:en)?t (?:aussi |également )?vous intéresser|\\b(?:te|le|les) (?:puede|pueden|podría|podrían)"
            + " (?:\\p{L}+ )?interesar|\\b(?:might|may) (?:also )?interest you|\\bpotrebber?o? (?:anche )?interessarti"
            + "|\\b(?:może|mogą) (?:cię|was) (?:też |także |również )?zainteresować");

    /** "More from Jane Doe", "Latest from Example News": a name after it, a word or four. */
    private static final Pattern MORE_FROM = Pattern.compile("(?u)(?:more|latest|recent posts|top stories) from"
            + " (?:\\p{L}+ ){0,3}\\p{L}+");

    /** Words that lead into a link to another article ("Lea: <link>"), besides the headings above. */
    private static final Set<String> LEAD_INS = Set.of("read", "see", "more", "lea", "lee", "ver", "leia", "veja",
            "lire", "voir", "lesen", "siehe", "mehr", "leggi", "czytaj", "zobacz", "lees", "watch", "listen");

    /** A post's filing line ("Category: Press Releases"). */
    private static final Set<String> FILING = Set.of("category", "categories", "tags", "tagged", "filed under",
            "posted in", "kategorie", "kategorien", "schlagwörter", "schlagworte", "stichwörter", "catégorie",
            "catégories", "étiquettes", "mots-clés", "categoría", "categorías", "etiquetas", "categoria",
            "categorie", "tag", "kategoria", "tagi", "permalink", "topics", "themen", "temas", "thèmes", "tematy",
            "en este artículo", "in this article", "in diesem artikel", "dans cet article");

    /** A post's filing phrase set without a colon before the links ("Filed under <a>News</a>"). */
    private static final Pattern FILED_UNDER = Pattern.compile("(?iu)(?:filed under|posted in|eingeordnet unter"
            + "|abgelegt unter|veröffentlicht in|kategorie|publié dans|classé dans|publicado en|archivado en"
            + "|opublikowano w|tagged|verschlagwortet mit|etiquetado)\\s");

    /** What marks a picture or a box as an advertisement, all its caption says. */
    private static final Set<String> AD_LABELS = Set.of("anzeige", "advertisement", "advertising", "werbung",
            "gesponsert", "sponsored", "publicidad", "publicité", "pubblicità", "reklama", "publicidade");

    /** What stands between the fields of a post's metadata line: a run of spaces, a bar, a bullet. */
    private static final Pattern FIELD_BREAK = Pattern.compile("[\\s\u00a0]{2,}|\\s*[|•·]\\s*");
    /** Labels of a post's dates, beside its filing labels on one line. */
    private static final Set<String> DATE_LABELS = Set.of("date", "news date", "published", "posted", "updated",
            "datum", "veröffentlicht", "aktualisiert", "fecha", "publicado", "date de publication", "publié le", "data");

    /** A site's own rights line ("© 2020 CBS Interactive Inc. All Rights Reserved."), in several languages. */
    private static final Pattern RIGHTS = Pattern.compile("(?iu)all rights reserved|alle rechte vorbehalten"
            + "|tous droits réservés|todos los derechos reservados|todos os direitos reservados"
            + "|tutti i diritti riservati|wszelkie prawa zastrzeżone|materiał chroniony prawem autorskim"
            + "|alle rechten voorbehouden|is the copyrighted property of|written permission must be obtained"
            + "|click here for reprint permission|reprints? (?:and|&) permissions");

    /**
     * The site's reservation of reproduction, as a line of its own or beside its copyright mark: "Prohibida su
     * reproducción total o parcial", "© RIPRODUZIONE RISERVATA", the wire's "© dpa-infocom, dpa:210303-99-...".
     * A sentence about the law that says the same words stays.
     */
    private static final Pattern REPRODUCTION_RESERVED = Pattern.compile("(?iu)(?:queda |está )?prohibida (?:su|la)"
            + " reproducción|riproduzione riservata|reproduction interdite|(?:é )?proibida a reprodução"
            + "|nachdruck (?:nur mit genehmigung|verboten)|dpa-infocom");

    /** A call to subscribe, sign up, follow or download, as sites set between and after articles. */
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?iu)\\b(?:subscribe (?:now|today|to)|please subscribe"
            + "|sign(?:ing)? up (?:for|to|now|here)|follow us|follow [\\p{L} ]{1,30} on (?:twitter|facebook|instagram)"
            + "|(?:download|get|try|find out more about) (?:the|our) (?:[\\p{L}-]+ ){0,2}app\\b"
            // a request to pass the article on: "Enjoyed this article? Share it with your friends."
            + "|(?:did you |if you )?(?:enjoy(?:ed)?|like[d]?) this (?:article|post|story|piece)\\b"
            + "|(?:vous avez aimé|avez-vous aimé) cet article|(?:te|le) gustó (?:este artículo|esta nota)"
            + "|hat (?:ihnen|dir) (?:dieser|der) artikel gefallen|gostou (?:deste|do) (?:artigo|conteúdo)"
            + "|ti è piaciuto questo articolo"
            // "Recibe las noticias más importantes en tu correo", "Receba notícias no WhatsApp"
            + "|(?:recibe|receba|recevez|ricevi|erhalten sie) (?:\\p{L}+ ){0,4}(?:noticias|notícias|actualités|notizie"
            + "|nachrichten|newsletter|boletín)\\b|become a (?:member|subscriber)|get (?:our|the) (?:\\p{L}+ )?newsletter"
            + "|support (?:independent|quality|local|our) journalism|unterstützen sie (?:unabhängigen|unseren|guten) journalismus"
            + "|apoya (?:el|al|nuestro) periodismo|soutenez (?:le|notre) journalisme|sostieni (?:il|il nostro) giornalismo"
            + "|wesprzyj (?:niezależne|nasze) dziennikarstwo"
            // a call for readers' tips: "Have a tip? Contact us at ..."
            + "|(?:have|got|do you have) a (?:news )?tip\\b|news tips?:|hinweise an die redaktion|haben sie einen hinweis"
            + "|¿tienes (?:una )?(?:información|denuncia|pista)|vous avez une info"
            + "|jetzt abonnieren|abonnieren sie|abonniere"
            + "|folgen sie uns|werden sie mitglied|abonnez-vous|inscrivez-vous|suivez-nous|suscríbete|suscríbase"
            + "|síguenos|hazte miembro|hazte socio|assine (?:já|agora|a (?:nossa )?newsletter)|inscreva-se|siga-nos"
            + "|iscriviti|seguici|zapisz się (?:do|na) (?:nasz(?:ego|ą|y) )?newslett"
            + "|zapraszamy (?:też |także )?do subskrypcji|zasubskrybuj|obserwuj nas"
            // a call to the site's channel on a messenger or a news app: "Join our WhatsApp channel", "Únete a
            // nuestro canal de Telegram", "Get the latest news on our Telegram channel"
            + "|(?:join|follow|únete|únase|sigue|rejoignez|suivez|folgen|folge|tritt|treten|entre|siga|dołącz|obserwuj)"
            + "\\b.{0,30}\\b(?:whatsapp|telegram|google news|google actualités|google noticias)"
            + "|get (?:the latest|all the|our)\\b.{0,40}\\b(?:on|via) (?:our )?(?:whatsapp|telegram))");

    /** A short line that ends calling to subscribe ("Erhalte Updates direkt auf dieses Gerät – abonniere jetzt."). */
    private static final Pattern CALL_AT_THE_END = Pattern.compile("(?iu)\\b(?:abonniere|abonnieren|subscribe|suscríbete"
            + "|suscríbase|abonnez-vous|iscriviti|zasubskrybuj|assine) (?:jetzt|now|today|ahora|maintenant|ora|já|agora)[.!]?$");

    /** What only a subscription offer or a paywall says, wherever it stands in a short block. */
    private static final Pattern SUBSCRIPTION_TERMS = Pattern.compile("(?iu)\\bplease subscribe\\b"
            + "|\\bcancel (?:at )?any ?time|already an? (?:subscriber|member)|(?:to|for) our newsletter"
            + "|jederzeit kündbar|bereits abonnent|unseren newsletter|déjà abonné|à notre newsletter"
            + "|cancela cuando quieras|ya eres suscriptor|nuestro (?:newsletter|boletín)"
            // the paywall's count and the appeal for readers' money
            + "|(?:reached|used) (?:your|all (?:of )?your|the) (?:\\p{L}+ )?(?:limit|free articles?)"
            + "|free articles? (?:left|remaining)|\\bunlimited (?:digital )?access\\b|kostenlosen artikel"
            + "|artículos gratuitos|articles gratuits|please consider (?:supporting|donating|subscribing|a donation)"
            + "|journalism depends on (?:readers|you|your support)"
            + "|register (?:for free )?to (?:read|continue|keep reading)"
            // a newsletter platform's footer: "Thanks for reading X! Subscribe for free to receive new posts"
            + "|subscribe for free to receive new posts|thanks for reading\\b.{0,60}\\bsubscribe"
            // a newsletter box's small print and messages, and the paywall's count and account prompts
            + "|by signing up,? you agree to|unsubscribe (?:at )?any ?time|we respect your privacy"
            + "|thank you for (?:signing up|subscribing)|check your inbox to confirm"
            + "|(?:delivered|sent) (?:straight |directly )?to your inbox|get (?:the|our|today's|the day's|the latest)"
            + " .{0,40}in(?:to)? your inbox|(?:you've|you have) read \\d+ of (?:your )?\\d+ free"
            + "|already have an account|don't have an account|create (?:your|a) free account"
            + "|registrieren und weiterlesen|regístrate (?:gratis )?(?:y|para) (?:sigue|seguir) leyendo"
            + "|inscrivez-vous (?:gratuitement )?pour (?:lire|continuer)"
            // "Einfach hier klicken und für das digitale Heft registrieren!", "Click here to subscribe"
            + "|click here to (?:subscribe|register|sign up|join)|hier klicken und .{0,40}(?:registrieren|abonnieren|anmelden)"
            + "|haga? clic aquí para (?:suscribirte|suscribirse|registrarte|registrarse)"
            + "|cliquez ici pour (?:vous abonner|vous inscrire)");

    /**
     * What the site asks of its reader's browser: cookies and consent, an ad blocker, notifications ("We use
     * cookies to...", "We and our partners store...", "Please disable your ad blocker"). Judged at a short block's
     * opening. (What stands where an embed was, "Ce contenu est bloqué...", is an {@link #EMBED_STAND_IN}.)
     */
    private static final Pattern SITE_NOTICE = Pattern.compile("(?iu)(?:please,? |bitte,? |por favor,? |merci de )?"
            + "(?:(?:we|this (?:site|website)) uses? cookies|wir (?:verwenden|nutzen) cookies|diese (?:website|seite) "
            + "(?:verwendet|nutzt) cookies|(?:utilizamos|usamos) cookies|este sitio (?:web )?utiliza cookies"
            + "|nous utilisons des cookies|ce site utilise des cookies|używamy (?:plików )?cookies"
            + "|(?:disable|turn off|deactivate|whitelist us in) (?:your )?ad ?-?blocker|deaktivieren sie (?:ihren|den) ad-?blocker"
            + "|desactive su bloqueador|désactivez votre bloqueur|ad ?-?blocker (?:detected|erkannt)"
            // the consent dialog's standard wording, and a prompt to allow notifications
            + "|we value your privacy|we and our (?:\\d+ )?partners (?:store|use|process)|wir und unsere (?:\\d+ )?partner"
            + " (?:speichern|verwenden|nutzen)|nosotros y nuestros (?:\\d+ )?socios|nous et nos (?:\\d+ )?partenaires"
            + "|noi e i nostri (?:\\d+ )?partner|my i nasi (?:\\d+ )?partnerzy|by clicking .{1,40}accept"
            + "|mit (?:dem )?klick auf .{0,40}(?:akzeptieren|zustimmen)|this site is protected by recaptcha"
            + "|would you like to receive (?:push )?notifications"
            + "|recibe notificaciones|möchten sie (?:push-)?benachrichtigungen|voulez-vous recevoir (?:des |les )?notifications)");

    /**
     * The site's own notes about the page, wherever they stand in a short block: that its links earn it a
     * commission ("This post may contain affiliate links", "Anzeige, enthält Affiliate Links"), and how its comments
     * are moderated. Not the author's text.
     */
    private static final Pattern SITE_DISCLOSURE = Pattern.compile("(?iu)\\b(?:contains?|may contain|includes?"
            + "|enthält|enthalten|contiene|contienen|contient|zawiera)\\b.{0,25}\\baffiliate|\\baffiliate[- ]links?\\b.{0,60}"
            + "\\b(?:commission|provision|comisión|prowizj)|\\bwe (?:may )?(?:earn|receive|get) (?:a )?(?:small )?"
            + "(?:commission|share of (?:the )?(?:sales|revenue))|\\b(?:erhalten|bekommen) wir (?:ggf\\. |eventuell )?"
            + "(?:eine )?(?:kleine )?provision|as an amazon associate|als amazon-partner"
            + "|comments are (?:moderated|reviewed before)|kommentare werden (?:moderiert|vor der veröffentlichung geprüft)"
            + "|los comentarios (?:son|serán) moderados|les commentaires sont modérés|i commenti sono moderati"
            + "|komentarze są moderowane|your e-?mail address will not be published"
            + "|ihre e-mail-adresse wird nicht veröffentlicht|tu dirección de correo electrónico no será publicada"
            + "|votre adresse (?:e-?mail|de messagerie) ne sera pas publiée");
    /**
     * The site's disclaimer under a list of dates, results or prices, as a line of its own ("(Alle Angaben ohne
     * Gewähr)", "Prices subject to change"): the publisher's reservation, not the author's text.
     */
    private static final Pattern NO_GUARANTEE = Pattern.compile("(?iu)[(\\[*]*\\s*(?:(?:alle )?angaben ohne gewähr"
            + "(?:[,;.]? (?:änderungen|irrtümer)(?: und (?:änderungen|irrtümer))? vorbehalten)?"
            + "|(?:änderungen|irrtümer)(?: und (?:änderungen|irrtümer))? vorbehalten"
            + "|(?:all )?(?:information|details|prices|dates) (?:is |are )?(?:without guarantee|subject to change"
            + "(?: without (?:prior )?notice)?)|sous réserve de modifications?|(?:informations )?sans garantie"
            + "|(?:precios |datos )?sujetos? a cambios(?: sin previo aviso)?|salvo errore?s?(?: (?:u|y) omisi(?:ón|ones))?)"
            + "\\s*[.!]?\\s*[)\\]*]*");
    /** A site's disclosure is longer than a call to act: a sentence or two. */
    private static final int DISCLOSURE = 300;

    private static final Pattern COPYRIGHT_MARK = Pattern.compile("(?iu)©|\\(c\\)|copyright");

    /** Blocks longer than this are the article's own prose and never judged by phrase. */
    private static final int SHORT = 200;
    /** What stands between the controls of a row: spaces, dots, bars. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Punct}\\p{Pd}·|•]");
    /** A headed box with more text than this, and few links, is a section rather than a teaser. */
    private static final int PROSE_BOX = 500;
    /** Words that invite to read on ("Lesetipp:", "También puede leer:", "Check out:"), in several languages. */
    private static final Pattern READ_ON = Pattern.compile("(?iu)\\b(?:" + String.join("|", LEAD_INS)
            + "|check|also|leer|vea|mira|aussi|lesetipps?|weiterlesen|auch|anche|przeczytaj|ook)\\b");
    /** A lead-in before a link to another article ("Lesen Sie auch:") is at most this long. */
    static final int LEAD_IN_LONGEST = 40;
    /** A row of controls is a line at most this long. */
    private static final int TOOLBAR = 100;
    /** A rights notice may run to a few sentences. */
    private static final int RIGHTS_LINE = 300;

    private static final Pattern TRAILING = Pattern.compile("[\\s\\p{Punct}\u00a0»«›‹:…!?¿¡→←•·]+$");
    /** An icon font's glyph saved as its name ("keyboard_arrow_left Zurück zur Startseite"). */
    private static final Pattern ICON_NAME = Pattern.compile("^\\s*[a-z]+(?:_[a-z]+)+\\s+");
    static final Pattern LEADING = Pattern.compile("^[\\s\\p{Punct}\u00a0»«›‹¿¡▶►→•·-]+");

    private BoilerplateBlocks() {
    }

    static void clean(Element content) {
        removeEmbedStandIns(content);
        removeRelatedSections(content);
        TrailingBoilerplate.removeTrailingAppeals(content);
        removeAdvertisingFigures(content);
        for (Element e : new ArrayList<>(
                content.select("p, div, span, li, dt, dd, h2, h3, h4, h5, h6, strong, b, small, em, a, blockquote"))) {
            ArticleDeadline.check();
            if (!BlockText.attached(e) || e.parent() == null || BlockText.hasAncestor(e, "pre")
                    || BlockText.hasAncestor(e, "code")) {
                continue;
            }
            String text = e.text().strip();
            if (text.isEmpty() || text.length() > RIGHTS_LINE) {
                continue;
            }
            String phrase = phrase(text);
            if (e.is("blockquote")) {
                // a quotation is the article's, but a teaser link set as one ("PUEDES VER: <link>") is not
                if (!insideKept(e.parent()) && text.length() <= SHORT && readAlsoLine(e, text) && linkedTeaser(e)) {
                    removeWithEmptyParents(e, content);
                }
                continue;
            }
            boolean block = e.is("p, div, li, dt, dd");
            if (WidgetLabels.label(phrase)
                    && (block || e.parent().text().strip().equals(text) || e.is("a") && closingReadOn(e, phrase))
                    && !BlockText.hasAncestor(e, "blockquote")
                    || block && text.length() <= TOOLBAR && WidgetLabels.toolbar(e)) {
                removeWithEmptyParents(e, content);
            } else if (block && taggedLine(e, text) || block && excerptWithMore(e, text)) {
                removeWithEmptyParents(e, content);
            } else if (block && text.length() <= SHORT && WidgetLabels.loading(text)) {
                removeWithEmptyParents(e, content);
            } else if ((e.is("h2, h3, h4, h5, h6") || block) && orphanBoxLabel(phrase)
                    && !insideKept(e)) {
                // the label of a box of other articles whose box left by its name ("Most Popular" over a
                // "widget-list"): a label of nothing
                removeWithEmptyParents(e, content);
            } else if (e.is("h2, h3, h4, h5, h6") && (filingLine(text) || filedUnder(e, text))) {
                // "Category: <a>Blog</a> <a>Popular</a>" set as a heading files the post like the line does
                removeWithEmptyParents(e, content);
            } else if (block && !insideKept(e) && (text.length() <= SHORT && (readAlsoLine(e, text) || filingLine(text) || metadataFields(e) || filedUnder(e, text)
                    || callToAction(text) || SITE_NOTICE.matcher(LEADING.matcher(text).replaceFirst("")).lookingAt()
                    || breadcrumbs(e, text))
                    || text.length() <= DISCLOSURE && SITE_DISCLOSURE.matcher(text).find()
                    || NO_GUARANTEE.matcher(text).matches() || rightsLine(text))) {
                removeWithEmptyParents(e, content);
            }
        }
    }

    /**
     * A list of links to the site's own pages set into the article, each item only its link ("- The latest news
     * about the coronavirus outbreak in Sweden"): the site's other articles, not this one's text. A list of
     * sources links elsewhere, a table of contents links within the page; both stay.
     */
    static void removeInternalLinkLists(Element content, String siteHost) {
        for (Element list : new ArrayList<>(content.select("ul, ol"))) {
            Element before = list.previousElementSibling();
            if (!BlockText.attached(list) || list.parent() == null || insideKept(list.parent())
                    || !list.select("ul ul, ol ol, ul ol, ol ul").isEmpty()
                    || before != null && before.is("h2, h3, h4, h5, h6")) {
                // a list that a heading heads is that section's text ("See also" in an encyclopedia)
                continue;
            }
            List<Element> items = list.children();
            boolean allLinks = !items.isEmpty();
            for (Element li : items) {
                List<Element> links = li.select("a[href]");
                if (!li.is("li") || links.size() != 1 || !internal(links.get(0).attr("href"), siteHost)
                        || !bare(li.text()).equals(bare(links.get(0).text())) || li.text().isBlank()) {
                    allLinks = false;
                    break;
                }
            }
            if (allLinks) {
                removeWithEmptyParents(list, content);
            }
        }
    }

    /**
     * A paragraph that is only a link to another page of the site ("Hier geht es zur neuen Vorstandsstruktur",
     * a headline set between paragraphs): a pointer to the site's other pages, not the article's text.
     */
    static void removeInternalLinkLines(Element content, String siteHost) {
        for (Element p : new ArrayList<>(content.select("p"))) {
            if (!BlockText.attached(p) || p.parent() == null || insideKept(p.parent()) || BlockText.hasAncestor(p, "li")) {
                continue;
            }
            List<Element> links = p.select("a[href]");
            String text = p.text().strip();
            if (links.size() == 1 && text.length() >= 15 && internal(links.get(0).attr("href"), siteHost)
                    && p.select("img, picture, video, iframe").isEmpty() && (onlyLinkOrLeadIn(text, links.get(0).text())
                            || text.length() <= SHORT && titleOfLinkedPage(text, links.get(0).attr("href")))) {
                removeWithEmptyParents(p, content);
            }
        }
    }

    /**
     * Whether a line is the title of the page its link leads to, as that page's address spells it: "Były dowódca
     * wojsk USA w Europie: <a>Rosja jest groźna</a>" linking to ".../byly-dowodca-wojsk-usa-w-europie-rosja-jest-
     * grozna-a-niemcy-kluczowe.read" is another article's headline set into this one.
     */
    private static boolean titleOfLinkedPage(String text, String href) {
        String words = slug(text);
        return words.split("-").length >= TITLE_WORDS && slug(PageMetadata.unarchived(href)).contains(words);
    }

    private static final int TITLE_WORDS = 4;

    /** Lower-case letters and digits without their accents, each run joined to the next by one hyphen. */
    private static String slug(String s) {
        String folded = Normalizer.normalize(s.toLowerCase(Locale.ROOT).replace('ł', 'l').replace("ß", "ss")
                .replace('ø', 'o').replace("æ", "ae"), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Whether a line is its link, or a short lead-in ending in a colon and then its link ("Lea también: <a>"). */
    private static boolean onlyLinkOrLeadIn(String text, String linkText) {
        if (bare(text).equals(bare(linkText))) {
            return true;
        }
        String link0 = linkText.strip();
        int at = text.lastIndexOf(link0);
        if (at <= 0 || !bare(text.substring(at + link0.length())).isEmpty()) {
            return false;
        }
        String lead = text.substring(0, at).strip();
        // "Quelle:", "Author:", "Übersetzt von:" before a link credit someone; only an invitation to read leads in
        return lead.endsWith(":") && lead.length() <= LEAD_IN_LONGEST && lead.split("\\s+").length <= 4
                && READ_ON.matcher(lead).find();
    }

    /** Whether {@code href} leads to another page of the same site (relative, or on {@code siteHost}). */
    private static boolean internal(String href, String siteHost) {
        String h = PageMetadata.unarchived(href.strip()).toLowerCase(Locale.ROOT);
        if (h.isEmpty() || h.startsWith("#") || h.startsWith("mailto:") || h.startsWith("tel:")
                || h.startsWith("javascript:")) {
            return false;
        }
        if (!h.startsWith("//") && !h.matches("^[a-z][a-z0-9+.-]*:.*")) {
            return true;
        }
        if (siteHost == null) {
            return false;
        }
        String host = h.replaceFirst("^(?:[a-z][a-z0-9+.-]*:)?//", "").replaceFirst("[/:?#].*$", "")
                .replaceFirst("^www\\.", "");
        return host.equals(siteHost);
    }

    /** A picture captioned only as an advertisement ("<figcaption>ANZEIGE</figcaption>"): the figure is the ad. */
    private static void removeAdvertisingFigures(Element content) {
        for (Element caption : new ArrayList<>(content.select("figure > figcaption"))) {
            if (caption.parent() != null && AD_LABELS.contains(phrase(caption.text()))) {
                removeWithEmptyParents(caption.parent(), content);
            }
        }
    }

    /** A related-articles heading, and the link lists under it, leave; a heading followed by prose stays. */
    private static void removeRelatedSections(Element content) {
        for (Element h : new ArrayList<>(content.select("h2, h3, h4, h5, h6, p, div, span"))) {
            ArticleDeadline.check();
            if (!BlockText.attached(h) || h.parent() == null || insideKept(h)) {
                continue;
            }
            String text = h.text().strip();
            if (text.isEmpty() || text.length() > 60 || !relatedHeading(phrase(text))) {
                continue;
            }
            if (h.is("span") && !lineOfItsOwn(h)) {
                continue;
            }
            boolean heading = h.is("h2, h3, h4, h5, h6, span") || headingLike(h);
            if (!heading && !(h.is("p, div") && h.children().isEmpty())) {
                continue;
            }
            // a heading alone in its box: the box is what the teasers stand beside
            Element label = h;
            while (label.parent() != null && label.parent() != content && label.parent().children().size() == 1) {
                label = label.parent();
            }
            List<Element> teasers = new ArrayList<>();
            boolean prose = false;
            boolean boxed = label.parent() != content;
            for (Element next = label.nextElementSibling(); next != null; next = next.nextElementSibling()) {
                if (next.is("h1, h2, h3, h4, h5, h6")) {
                    // in the label's own box, a heading that links to another page is a teaser's headline
                    if (boxed && linkedHeadline(next)) {
                        teasers.add(next);
                        continue;
                    }
                    break;
                }
                if (teaser(next)) {
                    teasers.add(next);
                } else if (!next.text().isBlank()) {
                    prose = true;
                    break;
                }
            }
            if (teasers.isEmpty() && (prose || !heading)) {
                if (label != h && (READ_ON_INVITATION.matcher(phrase(text)).find()
                        || RELATED_HEADINGS.contains(phrase(text)))) {
                    // the invitation alone in its box: the teasers it stood over are gone, the prose after is not theirs
                    removeWithEmptyParents(label, content);
                }
                continue;
            }
            teasers.forEach(Element::remove);
            removeWithEmptyParents(label, content);
        }
    }

    /** A short heading with a link to another page in it ("The latest on <a>artificial intelligence</a>"). */
    private static boolean linkedHeadline(Element h) {
        return h.text().length() <= TEASER_HEADLINE && h.select("a[href]").stream()
                .anyMatch(a -> !a.attr("href").startsWith("#") && !a.text().isBlank());
    }

    private static final int TEASER_HEADLINE = 200;

    /**
     * Another page's excerpt with its link to read on: "Auskunft über vergangenes Wetter… <a>mehr •••</a>", "The
     * council met on [...] <a>Continue reading →</a>". The excerpt is cut short, and the link ends the block.
     */
    private static boolean excerptWithMore(Element e, String text) {
        if (text.length() > EXCERPT) {
            return false;
        }
        List<Element> links = e.select("a[href]");
        if (links.isEmpty()) {
            return false;
        }
        Element more = links.get(links.size() - 1);
        String label = more.text().strip();
        int at = text.lastIndexOf(label);
        if (label.isEmpty() || at < 0 || !WidgetLabels.readOn(phrase(label))
                || !TRAILING.matcher(text.substring(at + label.length())).replaceFirst("").isEmpty()) {
            return false;
        }
        return CUT_SHORT.matcher(text.substring(0, at)).find();
    }

    private static final int EXCERPT = 400;

    /**
     * A link to read on after the last sentence of its paragraph: "... w Polsce. [<a>czytaj więcej</a>]". The
     * sentence before it is whole, so the link leaves alone.
     */
    private static boolean closingReadOn(Element a, String phrase) {
        Element block = a.closest("p, li");
        if (block == null || !WidgetLabels.readOn(phrase)) {
            return false;
        }
        String all = block.text();
        int at = all.lastIndexOf(a.text());
        if (at <= 0 || !BRACKETS_ONLY.matcher(TRAILING.matcher(all.substring(at + a.text().length())).replaceFirst(""))
                .matches()) {
            return false;
        }
        return SENTENCE_END.matcher(all.substring(0, at)).find();
    }

    /** A sentence's end, perhaps with an opening bracket after it: "w Polsce. [". */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…\"»”]\\s*[\\[(]?\\s*$");
    /** Where an excerpt is cut: an ellipsis, perhaps in brackets. */
    private static final Pattern CUT_SHORT = Pattern.compile("(?:…|\\.\\.\\.|\\[…]|\\[\\.\\.\\.]|\\(…\\))\\s*$");

    /** A span set as a heading ("<span class=headline>Mehr zum Thema</span>"): alone on its line in a box. */
    private static boolean lineOfItsOwn(Element span) {
        Element parent = span.parent();
        // a span inside a heading is part of the heading, which is judged whole
        return span.children().isEmpty() && parent != null && parent.ownText().isBlank()
                && !BlockText.inline(parent) && !parent.is("h1, h2, h3, h4, h5, h6");
    }

    /** A short line set apart in bold or italics, as sites set their section labels. */
    private static boolean headingLike(Element e) {
        if (!e.is("p, div") || e.text().length() > 60) {
            return false;
        }
        Element only = e.children().size() == 1 ? e.child(0) : null;
        return only != null && only.is("strong, b, em, i") && only.text().strip().equals(e.text().strip());
    }

    /** Links to other articles: mostly link text, whole articles in miniature, or many links with little text. */
    private static boolean teaser(Element e) {
        String text = e.text();
        if (section(e, text)) {
            return false;
        }
        if (e.is("article") || !e.select("article").isEmpty() || card(e) || cards(e)) {
            return true;
        }
        int links = e.select("a[href]").size();
        return !text.isBlank() && (BlockText.linkDensity(e) >= 0.5 || links >= 2 && text.length() / links < 120);
    }

    /**
     * A section of the article set in a box of its own ("<article class=paragraph>"): headings that link
     * nowhere, each over a long stretch of prose with few links. A teaser's heading is its link, or one of a
     * row of short ones.
     */
    private static boolean section(Element e, String text) {
        if (text.length() <= PROSE_BOX || BlockText.linkDensity(e) >= 0.25) {
            return false;
        }
        int headings = 0;
        for (Element h : e.select("h2, h3, h4, h5, h6")) {
            if (!h.select("a[href]").isEmpty() || h.closest("a") != null) {
                return false;
            }
            headings += h.text().isBlank() ? 0 : 1;
        }
        // teasers come several to a box, each a heading over a line or two
        return headings > 0 && text.length() / headings > PROSE_BOX;
    }

    /** An article in miniature: a heading that is all a link to it, with perhaps a picture and a line. */
    private static boolean card(Element e) {
        for (Element h : e.select("h2, h3, h4, h5, h6")) {
            Element a = h.selectFirst("a[href]");
            if (a != null && a.text().strip().length() >= h.text().strip().length() - 2 && !h.text().isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** A box of such cards, and nothing else with text. */
    private static boolean cards(Element e) {
        int cards = 0;
        for (Element child : e.children()) {
            if (card(child)) {
                cards++;
            } else if (!child.text().isBlank()) {
                return false;
            }
        }
        return cards >= 2;
    }

    /** One of the headings, or one of them with a few more words ("Weitere Beiträge zum Thema"). */
    /**
     * Labels that may also head a section of the article's own ("Recommended" over a buying guide's picks, "See
     * also" over its further reading, "Weitere Informationen" over its own prose): they stay as headings.
     */
    private static final Set<String> SECTION_HEADINGS = Set.of("related", "recommended", "see also", "read more",
            "weitere informationen", "weitere infos", "latest news", "mehr dazu", "zum thema", "mehr zu", "mehr zum",
            "relacionado", "relacionados", "dowiedz się więcej", "polecamy", "najnowsze");

    /** A heading that only labels a box of other articles ("Most Popular", "Lo más leído", "Lesen Sie auch"). */
    private static boolean orphanBoxLabel(String phrase) {
        return RELATED_HEADINGS.contains(phrase) && !SECTION_HEADINGS.contains(phrase) || MORE_FROM.matcher(phrase).matches();
    }

    static boolean relatedHeading(String phrase) {
        if (RELATED_HEADINGS.contains(phrase) || READ_ON_INVITATION.matcher(phrase).find()
                || MORE_FROM.matcher(phrase).matches()) {
            return true;
        }
        String[] words = phrase.split(" ");
        for (int from = 0; from < words.length && from <= 3; from++) {
            for (int to = words.length; to > from && words.length - (to - from) <= 3; to--) {
                if (RELATED_HEADINGS.contains(String.join(" ", java.util.Arrays.copyOfRange(words, from, to)))
                        && (to - from) >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A call set apart: the block opens with it ("Subscribe now to...", "¡Síguenos en..."), or asks outright;
     * "Residents can sign up for the scheme" is the article's sentence and stays.
     */
    /**
     * A trail of links to the site's sections, set as a line: "Home > News > Politics". Only links and the
     * arrows between them; a line of links set apart by bars, slashes or commas (sources, downloads,
     * alternatives: "Blob / File") is the article's.
     */
    private static boolean breadcrumbs(Element e, String text) {
        List<Element> links = e.select("a[href]");
        if (links.size() < 2 || e.is("li") || !e.select("img, picture, video, iframe").isEmpty()) {
            return false;
        }
        String between = text;
        for (Element a : links) {
            if (a.text().isBlank()) {
                return false;
            }
            between = between.replace(a.text().strip(), " ");
        }
        return BREADCRUMB_SEPARATORS.matcher(between.strip()).matches();
    }

    private static final Pattern BREADCRUMB_SEPARATORS = Pattern.compile("(?:\\s*[>›»→]\\s*)+");

    private static boolean callToAction(String text) {
        if (text.length() > 160) {
            return false;
        }
        String opening = LEADING.matcher(text).replaceFirst("");
        return CALL_TO_ACTION.matcher(opening).lookingAt() || SUBSCRIPTION_TERMS.matcher(text).find()
                || text.length() <= TOOLBAR && CALL_AT_THE_END.matcher(text).find();
    }

    /**
     * The stand-ins of embeds, as the outermost element that holds nothing else (no picture either: the hint
     * under a picture leaves, the picture stays), also in a figure or an address.
     */
    private static void removeEmbedStandIns(Element content) {
        // each element's text is read below: only for a content that holds such a notice at all
        if (!EMBED_STAND_IN.matcher(content.text()).find()) {
            return;
        }
        for (Element e : new ArrayList<>(content.getAllElements())) {
            if (e == content || !BlockText.attached(e) || e.parent() == null) {
                continue;
            }
            String text = e.text().strip();
            if (!text.isEmpty() && text.length() <= RIGHTS_LINE && EMBED_STAND_IN.matcher(text).matches()
                    && e.select("img, picture, video, audio, iframe, svg").isEmpty()) {
                removeWithEmptyParents(e, content);
            }
        }
    }

    /**
     * What a player or a consent gate leaves where an embedded video, post or picture viewer stood, once the
     * embed is gone: "Media playback is unsupported on your device", "Hinweis: Wenn Sie dieses Video hier
     * abspielen, erfolgt eine Datenübertragung an YouTube", "Ich bin einverstanden, dass ich diesen Inhalt
     * angezeigt bekomme …", "(ein Klick auf das Bild öffnet die größere Ansicht)". Only a line that is all notice.
     */
    private static final Pattern EMBED_STAND_IN = Pattern.compile("(?iu)\\(?(?:"
            + "media playback is (?:unsupported|not supported) on your device"
            + "|your browser (?:does not|doesn't) support (?:the )?(?:video|audio|html5|iframe)\\b.*"
            + "|tu navegador no (?:soporta|admite) (?:el |la |los |las )?(?:elementos? (?:de )?)?(?:audio|v[ií]deo|html5)\\b.*"
            + "|ihr browser unterstützt (?:das |den |die |kein(?:e|en)? )?(?:html5[- ])?(?:audio|video)\\b.*"
            + "|votre navigateur ne (?:supporte|prend) pas (?:en charge )?(?:la |le |les |l')?(?:balise )?(?:audio|vidéo|video)\\b.*"
            + "|(?:please )?enable javascript to (?:view|watch|play|see) .*"
            + "|(?:to (?:view|see|watch) this (?:content|video|page),? )?please enable javascript.*"
            // a consent gate's: "This content is not available due to your privacy preferences", "Externer Inhalt: ..."
            + "|this content is not available due to your (?:privacy|cookie) (?:preferences|settings).*"
            + "|(?:this|the) (?:content|embed|video) (?:is blocked|cannot be (?:shown|displayed)|is not available) "
            + "(?:due to|because of) your (?:privacy|cookie|consent).*|ce contenu est bloqué.*|dieser inhalt ist nicht verfügbar.*"
            + "|hier finden sie einen externen inhalt.*|externer inhalt:.*|contenido externo:.*|contenu externe.*"
            + "|(?:video überspringen\\s*)?(?:hinweis:\\s*)?(?:wenn|sobald) sie (?:dieses|das|den) (?:video|element|inhalt|beitrag)\\w*"
            + " (?:hier )?(?:abspielen|aktivieren|laden|anzeigen|ansehen)\\b.*(?:daten|übertragung|übermittelt|gesendet).*"
            + "|ich bin (?:damit )?einverstanden, dass (?:mir|ich) (?:externe |diese[nrs]? )?inhalte?\\w* angezeigt .*"
            + "|(?:ein )?klick auf das bild öffnet (?:die|eine) größere ansicht"
            + "|(?:click|tap) (?:on )?(?:the )?(?:image|picture|photo) (?:to|for) (?:enlarge|a larger view|view larger)\\w*"
            // a picture's controls: "Click to enlarge", "Enlarge this image", "toggle caption"
            + "|(?:click|tap) to (?:enlarge|zoom|expand)|enlarge (?:this )?(?:image|photo|picture)"
            + "|(?:(?:we're|we are) sorry,? )?this (?:feature|content|video|media) is (?:currently |temporarily )?"
            + "(?:unavailable|not available)(?: in your (?:region|country|location))?\\b.*"
            + "|(?:toggle|hide|show) caption|zum vergrößern (?:an)?klicken|bild vergrößern|ampliar (?:la )?imagen"
            + "|agrandir l'image|cliquez pour agrandir"
            // an embedded post's stand-in: "A post shared by Jane Doe (@janedoe)"
            + "|a post shared by .{1,80}|view this post on instagram|ein beitrag geteilt von .{1,80}"
            + "|una publicación compartida de .{1,80}|une publication partagée par .{1,80}"
            + ")[).]?");

    /**
     * A rights notice: the phrase in a line that is all notice (short, marked as a copyright line, or opening
     * with the phrase: "Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone. Dalsze
     * rozpowszechnianie artykułu za zgodą wydawcy.").
     */
    private static boolean rightsLine(String text) {
        String opening = LEADING.matcher(text).replaceFirst("");
        return RIGHTS.matcher(text).find() && (text.length() <= 100 || COPYRIGHT_MARK.matcher(text).find()
                || RIGHTS.matcher(opening).lookingAt())
                || REPRODUCTION_RESERVED.matcher(opening).lookingAt()
                || COPYRIGHT_MARK.matcher(text).find() && REPRODUCTION_RESERVED.matcher(text).find();
    }

    /**
     * A post's metadata line of fields, each its label and value, one a filing ("News date : 04/21/2022
     * Category : Press Releases"), told apart by the runs of spaces or the bars between them.
     */
    private static final int METADATA_LINE_AT_MOST = 200;

    private static boolean metadataFields(Element e) {
        if (BlockText.longerThan(e, METADATA_LINE_AT_MOST)) {
            return false; // told without copying a long box's text: each box of a deeply nested page holds the rest
        }
        String whole = e.wholeText().strip();
        if (whole.length() > METADATA_LINE_AT_MOST) {
            return false;
        }
        String[] fields = FIELD_BREAK.split(whole);
        if (fields.length < 2) {
            return false;
        }
        boolean filed = false;
        for (String field : fields) {
            int c = field.indexOf(':');
            String label = c > 0 ? phrase(field.substring(0, c)) : "";
            if (FILING.contains(label) || c < 0 && FILED_UNDER.matcher(field).lookingAt()) {
                filed = true;
            } else if (!DATE_LABELS.contains(label) && !WidgetLabels.label(phrase(field))) {
                // besides dates, the comments' link may stand beside the filing: "Posted in <a>News</a> | Leave a
                // comment", "2 Comments »"
                return false;
            }
        }
        return filed;
    }

    private static boolean filingLine(String text) {
        return text.length() <= 120 && filingLabel(text) > 0;
    }

    /** Where the colon after a filing label ("Tags:", "Temas:") stands in {@code text}, or -1. */
    private static int filingLabel(String text) {
        int colon = text.indexOf(':');
        return colon > 0 && FILING.contains(phrase(text.substring(0, colon))) ? colon : -1;
    }

    /**
     * A filing line of any length whose links the page marks as its tags ({@code rel="tag"}, {@code rel="category
     * tag"}): "En este artículo: <a>Cuba</a>, <a>Economía</a>, ..." over a long list of topics.
     */
    private static boolean taggedLine(Element e, String text) {
        int colon = filingLabel(text);
        if (colon < 0) {
            return false;
        }
        List<Element> links = e.select("a[href]");
        if (links.isEmpty() || !links.stream().allMatch(a -> TAG_REL.matcher(a.attr("rel")).find())) {
            return false;
        }
        String linked = links.stream().map(Element::text).reduce("", String::concat);
        return bare(text.substring(colon + 1)).equals(bare(linked));
    }

    private static final Pattern TAG_REL = Pattern.compile("(?i)(?:^|\\s)(?:tag|category)(?:$|\\s)");

    /** "Eingeordnet unter <a>Allgemein</a>": the phrase without a colon, then only the links it files under. */
    private static boolean filedUnder(Element e, String text) {
        Matcher m = FILED_UNDER.matcher(text);
        if (text.length() > 120 || !m.lookingAt()) {
            return false;
        }
        String links = e.select("a[href]").stream().map(Element::text).reduce("", String::concat);
        return !links.isEmpty() && bare(text.substring(m.end())).equals(bare(links));
    }

    /** "Read also: <link to another article>", or the same phrase alone over a link. */
    private static boolean readAlsoLine(Element e, String text) {
        int colon = text.indexOf(':');
        String lead = colon > 0 ? text.substring(0, colon) : text;
        String leadPhrase = phrase(lead);
        if (colon > 0 && leadInPhrase(leadPhrase) && linkedTeaser(e)) {
            return true;
        }
        if (!RELATED_HEADINGS.contains(leadPhrase) && !(colon > 0 && LEAD_INS.contains(leadPhrase))) {
            return false;
        }
        return colon < 0 ? BlockText.linkDensity(e) >= 0.5 : !e.select("a[href]").isEmpty() || emphasised(e);
    }

    /** A lead-in word and a few more ("Lesen Sie hier", "Read more here"), as a line opens onto one link. */
    static boolean leadInPhrase(String phrase) {
        String[] words = phrase.split(" ");
        return words.length <= 4 && LEAD_INS.contains(words[0]);
    }

    /** A lead-in and one link: "Read also: <a>Another story</a>". */
    private static boolean linkedTeaser(Element e) {
        List<Element> links = e.select("a[href]");
        if (links.size() != 1) {
            return false;
        }
        String lead = e.text().strip();
        int colon = lead.indexOf(':');
        return colon > 0 && lead.substring(colon + 1).strip().equals(links.get(0).text().strip());
    }

    /** The whole line bold or italic, as a teaser set into the text usually is. */
    private static boolean emphasised(Element e) {
        Element only = e.children().size() == 1 ? e.child(0) : null;
        return only != null && only.is("strong, b, em, i") && only.text().strip().equals(e.text().strip());
    }

    /** Code, data tables, quotations and figures belong to the article, whatever they say. */
    static boolean insideKept(Element e) {
        // by tag name: a selector matched on each ancestor walks to the page's root each time, and on a page of
        // thousands of nested boxes that is cubic
        for (Element a = e; a != null; a = a.parent()) {
            if (KEPT.contains(a.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> KEPT = Set.of("pre", "code", "blockquote", "figure", "figcaption", "table");

    /** Removes {@code e}, then the boxes it leaves empty, up to (not including) {@code content}. */
    static void removeWithEmptyParents(Element e, Element content) {
        Element parent = e.parent();
        removeWithBrackets(e);
        while (parent != null && parent != content && (parent.text().isBlank()
                || BlockText.inline(parent) && BRACKETS_ONLY.matcher(parent.text()).matches())
                && parent.select("img, picture, video, iframe, svg").isEmpty()) {
            Element up = parent.parent();
            parent.remove();
            parent = up;
        }
    }

    /** What a removed label leaves of its brackets: "[]", "( )". */
    private static final Pattern BRACKETS_ONLY = Pattern.compile("[\\s\\[\\]()]*");

    /** Removes {@code e}, and the brackets around it in its line: "... w Polsce. [<a>czytaj więcej</a>]". */
    private static void removeWithBrackets(Element e) {
        if (e.previousSibling() instanceof org.jsoup.nodes.TextNode before
                && e.nextSibling() instanceof org.jsoup.nodes.TextNode after) {
            String open = before.getWholeText().stripTrailing();
            String close = after.getWholeText().stripLeading();
            boolean bracketed = open.endsWith("[") && close.startsWith("]") || open.endsWith("(") && close.startsWith(")");
            if (bracketed) {
                before.text(open.substring(0, open.length() - 1));
                after.text(close.substring(1));
            }
        }
        e.remove();
    }

    /** The text without its spaces, punctuation and separators: what a line says, to compare with its link's. */
    static String bare(CharSequence text) {
        return SEPARATORS.matcher(text).replaceAll("");
    }

    /** Lower case, accents kept, leading bullets and trailing punctuation off, spaces single. */
    static String phrase(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        s = ICON_NAME.matcher(s).replaceFirst("");
        s = LEADING.matcher(s).replaceFirst("");
        s = TRAILING.matcher(s).replaceFirst("");
        return s.toLowerCase(Locale.ROOT).strip();
    }
}
