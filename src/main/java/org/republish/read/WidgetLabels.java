package org.republish.read;

import static org.republish.read.BoilerplateBlocks.bare;
import static org.republish.read.BoilerplateBlocks.phrase;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What a page's widgets leave in its text when only their labels are saved: a control's label ("Print recipe",
 * "Back to top", "Share on Facebook"), a count ("12 comments"), the reading time ("5 min read"), a loading
 * notice. A block saying only this is the page's, not the article's. Labels are judged as phrases
 * ({@link BoilerplateBlocks#phrase}: lower case, without the punctuation around them).
 */
final class WidgetLabels {

    /** A control's whole text: a block saying only this is a control, not the article. */
    private static final Set<String> CONTROL_LABELS = Set.of(
            "print", "print recipe", "print this page", "print article", "back to top", "top", "share", "tweet",
            "pin", "pin it", "email", "next", "previous", "back", "comments", "leave a comment", "reply",
            "drucken", "rezept drucken", "artikel drucken", "seite drucken", "nach oben", "zurück", "weiter",
            "teilen", "pinnen", "merken", "zurück zur listenansicht", "zur übersicht", "kommentare",
            "zurück zur startseite", "zur startseite", "back to home", "back to homepage", "jump to recipe",
            "home", "startseite", "inicio", "accueil",
            // a text-to-speech player's label
            "escucha esta nota aquí", "escucha esta nota", "escuchar esta nota", "escuchar noticia",
            "listen to this article", "listen to this story", "artikel anhören", "artikel vorlesen lassen",
            "écouter cet article", "ascolta l'articolo",
            // a paywall's badge
            "para suscriptores", "exclusivo para suscriptores", "solo para suscriptores", "subscribers only",
            "for subscribers", "nur für abonnenten", "réservé aux abonnés", "tylko dla prenumeratorów",
            "rezept merken", "save recipe", "pin recipe", "zum rezept", "zum rezept springen", "rezept pinnen",
            "keine kommentare", "kommentare sind geschlossen", "comments are closed",
            "no comments", "noch keine bewertungen", "leave a reply", "kontakt", "contact", "anzeige", "advertisement",
            "werbung", "publicidad", "publicité", "externer inhalt", "commentaires fermés", "sin comentarios",
            "imprimer", "partager", "retour", "haut de page", "imprimir", "compartir", "volver", "volver arriba",
            "stampa", "condividi", "drukuj", "udostępnij", "powrót", "wróć",
            // a link to go on or back, left where its teaser or list was
            "previous article", "next article", "zurück zur übersicht", "zum seitenanfang", "donate",
            "reuse this content", "zurück zum inhaltsverzeichnis", "back to contents", "back to table of contents",
            "retour au sommaire", "volver al índice", "artikel anzeigen",
            // an invitation to the comments, the feed or the ads, left where its widget was
            "join the conversation", "continue the discussion", "join the discussion", "hide comments",
            "log in to reply", "report abuse", "report comment", "like this: like loading", "like loading",
            "invalid email address", "please enter a valid email address", "kommentarfunktion", "skomentuj",
            "weitere kommentare", "neue kommentare", "kommentar verfassen", "kommentar schreiben",
            "komentarz", "komentarze", "dodaj komentarz", "add a comment", "post a comment", "write a comment",
            "laisser un commentaire", "escribe un comentario", "deja un comentario",
            "skomentuj lub udostępnij", "rss", "rss-feed", "rss feed", "about these ads", "anzeigen",
            // an advertisement's or a sponsor's mark, left where its box was
            "ad", "ads", "anuncio", "anuncios", "pub", "sponsored content", "paid content", "paid post", "promoted",
            "partner content", "bezahlter inhalt", "contenido patrocinado", "contenu sponsorisé",
            "contenuto sponsorizzato", "artykuł sponsorowany", "sponsored links", "paid partner content",
            "promoted stories", "promoted content", "from around the web", "around the web", "ads by google",
            "recommended by outbrain", "recommended by taboola",
            // a link past the page's menus
            "skip to content", "skip to main content", "skip to navigation", "zum inhalt springen",
            "direkt zum inhalt", "ir al contenido", "saltar al contenido", "aller au contenu", "passer au contenu",
            "salta al contenuto", "przejdź do treści",
            // a video player's controls
            "play", "play video", "watch video", "watch now", "now playing", "playing next", "läuft gerade",
            "video abspielen", "jetzt ansehen", "reproducir video",
            "ver video", "lire la vidéo", "regarder la vidéo", "guarda il video", "odtwórz wideo",
            // sharing and subscribing, and the labels of the site's boxes of other articles
            "share this article", "share this story", "share this post", "share this page", "share article",
            "share story", "diesen artikel teilen", "artikel teilen", "beitrag teilen", "compartir este artículo",
            "compartir artículo", "compartir nota", "partager cet article", "partager l'article",
            "condividi questo articolo", "condividi l'articolo", "udostępnij artykuł", "compartilhe este artigo",
            "compartilhar artigo", "click here to subscribe", "trending now", "recommended video",
            "recommended videos", "top stories", "editor's picks", "editors' picks", "don't miss", "up next",
            "watch next",
            // the same controls in more languages: to the neighbouring posts, print, share, comment, read on
            "previous post", "next post", "older posts", "newer posts", "older post", "newer post",
            "vorheriger artikel", "nächster artikel", "vorheriger beitrag", "nächster beitrag", "artículo anterior",
            "siguiente artículo", "artículo siguiente", "entrada anterior", "entrada siguiente", "article précédent",
            "article suivant", "articolo precedente", "articolo successivo", "poprzedni artykuł", "następny artykuł",
            "artigo anterior", "próximo artigo", "stampa questo articolo", "stampa articolo", "imprimir artículo",
            "imprimir noticia", "imprimer l'article", "imprimer cet article", "drukuj artykuł", "imprimir artigo",
            "compartilhe", "compartilhar", "partilhar", "deixe um comentário", "deixe seu comentário", "comentar",
            "kommentieren", "commenter", "publicidade", "pubblicità", "reklama", "advertising",
            "comment on this story", "comment on this article", "comment on this post", "show transcript", "hide transcript", "close share panel", "show more", "show less",
            // the article's tools: keep, give, copy, resize, report, mail it; sign in; open the comments
            "open in app", "bookmark", "artikel verschenken", "auf die merkliste", "zur merkliste hinzufügen",
            "merkliste", "vorlesen", "artikel vorlesen", "offrir l'article", "offrir cet article", "regalar artículo", "gift this article", "give this article", "share full article", "copy link",
            "link copied", "copy link to clipboard", "font size", "text size", "schriftgröße", "tamaño de letra",
            "taille du texte", "report an error", "report a typo", "fehler melden", "fehler gefunden",
            "reportar un error", "signaler une erreur", "email this article", "e-mail this article",
            "email this story", "email this post", "email this page", "print this article", "print this story",
            "print this post", "print story", "print page",
            "artikel per e-mail versenden", "enviar por correo", "envoyer par e-mail", "photo gallery",
            "view gallery", "open gallery", "bildergalerie", "zur bildergalerie", "galería de fotos", "ver galería",
            "galerie photos", "voir la galerie", "login", "log in", "sign in", "anmelden", "einloggen",
            "iniciar sesión", "se connecter", "zaloguj się", "log in to comment", "sign in to comment",
            "view comments", "show comments", "kommentare anzeigen", "ver comentarios", "voir les commentaires",
            "mostra commenti", "pokaż komentarze", "accept cookies", "accept all", "reject all", "manage options",
            "alle akzeptieren", "aceptar todo", "tout accepter", "no thanks", "no, thanks", "yes please", "no, gracias",
            "nein, danke", "non merci", "no, grazie",
            // a placeholder a script fills in when the page loads, or what it left when it failed
            "error", "fehler", "loading", "laden", "wird geladen", "cargando", "carregando", "chargement", "caricamento", "ładowanie");

    /** A link to read on, left where its teaser or list was: "Weiterlesen", "Read more", "Lire la suite". */
    private static final Set<String> READ_ON_LABELS = Set.of("weiterlesen", "read more", "continue reading",
            "mehr erfahren", "saber más", "leer más", "ver más", "mehr", "more", "plus", "más", "więcej",
            "continua a leggere", "czytaj dalej", "continue lendo", "leia mais", "ler mais", "saiba mais",
            "per saperne di più", "scopri di più", "en savoir plus", "lire plus", "lire la suite", "weiter lesen",
            "mehr lesen", "read the full story", "read full article", "read the full article",
            "read the full article here", "read the full story here", "read more here", "leggi tutto",
            "lea la nota completa", "lee la nota completa", "lea la nota completa aquí", "lee la nota completa aquí",
            "leia a matéria completa", "lire l'article complet", "den ganzen artikel lesen",
            "czytaj więcej");

    /** A widget's whole text: a block saying only this is a control, not the article. */
    private static final Set<String> WIDGET_LABELS = java.util.stream.Stream.concat(CONTROL_LABELS.stream(),
            READ_ON_LABELS.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** What a script shows until it has loaded its map or widget: "Karte wird geladen - bitte warten...", "Video Player is loading.". */
    private static final Pattern LOADING = Pattern.compile("(?iu)(?:\\p{L}+ ){0,3}(?:is |está |est en )?(?:wird geladen|loading|cargando|chargement"
            + "|caricamento|ładowanie)(?:\\s*\\p{Pd}\\s*|\\s*[,.…]+\\s*|\\s+)?(?:bitte warten|please wait|espere"
            + "|veuillez patienter|attendere|proszę czekać)?[\\s.…!]*");

    /** "Comment" in the languages of the pages read, singular or plural. */
    static final String COMMENT_WORDS = "comments?|kommentare?|comentarios?|comentários?|commentaires?|komentarz[ey]?"
            + "|commenti";

    /**
     * The site's estimate of the reading time, in several languages: "Lesezeit: 1 min", "5 min read", "Tiempo de
     * lectura: 3 minutos", "3 min de lecture", "Estimated reading time: 4 minutes".
     */
    private static final Pattern READING_TIME;

    static {
        String minutes = "\\d+(?:\\s*[-–]\\s*\\d+)?[\\s-]*(?:min(?:ute[sn]?|uten|utos|utes|uti|uty|ut)?|mins)\\.?";
        String reading = "read(?:ing)?(?: time)?|lesezeit|lesedauer|(?:tiempo )?de lectura|(?:temps )?de lecture"
                + "|(?:tempo )?di lettura|(?:tempo )?de leitura|czas czytania|czytania|leestijd";
        READING_TIME = Pattern.compile("(?u)(?:estimated |geschätzte |ca\\. )?(?:" + reading + ")\\s*:?\\s*(?:ca\\.\\s*|~\\s*)?"
                + minutes + "|(?:ca\\.\\s*|~\\s*)?" + minutes + "\\s*(?:" + reading + ")|(?:lectura|lecture|lektüre) (?:de )?" + minutes);
    }

    /** A sharing button's label: "Share on Pinterest", "Partager sur Facebook", "Auf WhatsApp teilen", "Per E-Mail teilen". */
    private static final Pattern SHARE_ON;

    static {
        String network = "(?:facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|xing|reddit|e-?mail|instagram"
                + "|threads|bluesky|mastodon|flipboard|tumblr|messenger)";
        SHARE_ON = Pattern.compile("(?u)(?:share|teilen|partager|compartir|compartilhar|compartilhe|condividi"
                + "|udostępnij|delen)(?: (?:on|via|with|auf|bei|per|über|sur|par|en|por|no|su|na|op))? " + network
                + "|(?:auf|bei|per|über|via) " + network + " teilen|" + network + " (?:teilen|share)");
    }

    /**
     * Where an advertisement breaks the article: "Story continues below advertisement", "Artikel wird unter der
     * Anzeige fortgesetzt", "La suite après cette publicité", "Scroll to continue with content".
     */
    private static final Pattern AD_BREAK = Pattern.compile("(?u)(?:(?:the )?(?:story|article|text|content) continues"
            + "|continue reading) (?:below|after)(?: (?:the|this) )?(?: ?(?:advertisement|advert|ad))?"
            + "|continue reading below|advertisement(?: [-–] )?(?:scroll|continue reading)(?: down)?(?: below)?"
            + "|scroll (?:down )?to continue(?: with (?:the )?content| reading)?"
            + "|(?:der )?(?:artikel|text|beitrag) (?:wird )?(?:unter|nach) der (?:anzeige|werbung) (?:fortgesetzt|weiter)"
            + "|weiter(?:lesen)? nach der (?:anzeige|werbung)"
            + "|(?:el )?(?:artículo|texto|contenido|nota) (?:continúa|sigue) (?:debajo|después|tras) (?:del|de la)"
            + " (?:anuncio|publicidad)|la suite (?:de l'article )?(?:après|sous) (?:cette|la) publicité"
            + "|l'article continue (?:après|sous) (?:cette|la) publicité|lire la suite ci-dessous|continúa leyendo"
            + "|(?:l'articolo )?continua (?:dopo|sotto) la pubblicità|dalsza część artykułu (?:pod|poniżej) reklamą");

    /**
     * A reader's feedback widget: "Was this article helpful? Yes No", "Rate this article: ★★★★★", "Have something
     * to say? Leave a comment below.", "Hinterlassen Sie einen Kommentar".
     */
    private static final Pattern FEEDBACK = Pattern.compile("(?u)(?:was this (?:article|page|post|story|information)"
            + " (?:helpful|useful)|war (?:dieser artikel|diese seite|dieser beitrag) hilfreich|(?:te|le) (?:ha )?"
            + "(?:resultado|resultó|fue) útil(?: este artículo| esta información)?|cet article vous a-t-il (?:été utile|plu)"
            + "|questo articolo (?:ti )?è stato utile|czy ten artykuł był pomocny)\\??(?:\\s*(?:yes|no|ja|nein|sí|oui|non|sì|tak|nie))*"
            + "|(?:rate this (?:article|post|recipe|story)|(?:artikel|beitrag|rezept) bewerten|bewerten sie (?:diesen"
            + " artikel|dieses rezept|diesen beitrag)|(?:califica|valora) (?:este artículo|esta receta)|(?:notez|évaluez)"
            + " cet article|vota questo articolo|oceń (?:artykuł|przepis))[\\W★☆]*"
            + "|(?:[^.?!]{1,40}[?!.] )?(?:leave|write|post|add|share) (?:a|your) (?:comment|reply|thoughts)(?: below| here)?"
            + "|(?:hinterlassen|schreiben) sie (?:einen|ihren) kommentar|deja (?:un|tu) comentario(?: abajo)?"
            + "|laissez (?:un|votre) commentaire|lascia un commento|zostaw komentarz"
            // a reviews widget's prompt: "Be the first to review", "Bitte teilen Sie uns Ihre Erfahrungen mit, wenn ..."
            + "|be the first to (?:review|rate|comment)(?: on)?(?: .{1,60})?|(?:write|submit|leave) a review"
            + "|(?:schreiben sie|schreibe) (?:die erste|eine) bewertung|sei (?:der|die) erste,? (?:der|die) .{1,60}bewertet"
            + "|sé el primero en (?:opinar|valorar|comentar)(?: .{1,60})?|soyez le premier à (?:donner votre avis|commenter)"
            + "(?: .{1,60})?|(?:bitte )?teilen sie uns ihre erfahrungen? mit(?:,? wenn .{1,80})?"
            + "|(?:please )?share your experiences?(?: with us)?(?:,? if .{1,80})?"
            // the invitation to the comments, and to report a mistake: "Diskutieren Sie mit", "Fehler entdeckt?"
            + "|diskutieren sie mit|diskutiere mit|wir freuen uns (?:über|auf) (?:ihre|deine) (?:meinung|kommentare?)"
            + "|(?:fehler (?:entdeckt|gefunden)|haben sie einen fehler (?:entdeckt|gefunden)|found an? (?:error|typo|mistake)"
            + "|spotted an? (?:error|typo|mistake)|(?:encontraste|has encontrado|encontró) (?:un|algún) error"
            + "|vous avez (?:repéré|trouvé) une (?:erreur|faute))\\s*\\??.{0,40}");

    /**
     * A sponsor's line, the article's age notice and a read-aloud player's label with its length: "Sponsored by
     * Example Bank", "This article is more than 2 years old", "Listen to this article · 5:32 min".
     */
    private static final Pattern NOTICE = Pattern.compile("(?u)(?:sponsored|powered|brought to you) by .{1,50}"
            + "|gesponsert von .{1,50}|patrocinado por .{1,50}|sponsorisé par .{1,50}|sponsorizzato da .{1,50}"
            + "|this (?:article|story) is more than (?:a|an|\\d+) (?:years?|months?) old"
            // how long a broadcaster's video stays online: "Video verfügbar bis 28.02.2021", "Available until 3 March"
            + "|(?:(?:video|audio|sendung|podcast|episode|folge) )?(?:verfügbar|abrufbar|available|disponible|disponibile"
            + "|dostępn[ey]) (?:bis|until|till|hasta(?: el)?|jusqu'au|fino al|do) .{1,40}"
            // "Comparte esta noticia", "Partagez cet article", and a paywall's badge: "Article réservé aux abonnés"
            + "|(?:share|comparte|compartir|compartilhe|compartilhar|partagez|partager|teilen sie|teile|condividi"
            + "|udostępnij) (?:this|esta|este|cet|cette|diesen|diese|questa|questo|ten|tę) (?:article|story|post|page"
            + "|noticia|nota|artículo|notícia|artigo|artikel|beitrag|notizia|articolo|artykuł|wpis)"
            + "|(?:(?:cet |this |este |esta |dieser )?(?:article|contenu|contenido|conteúdo|artikel|inhalt|articolo|nota)"
            + "(?: est| es| é| ist)? )?(?:réservée? aux abonnés|exclusiv[oa] para (?:suscriptores|assinantes)"
            + "|exklusiv für abonnenten|riservato agli abbonati)"
            // a sharing button's label with its note, and the comments' sorting
            + "|click to (?:share on [\\p{L}+]+|email (?:a link to a friend|this)|print)(?: \\(?opens in (?:a )?new window)?"
            + "|sort by:? (?:newest|oldest|best|top|popular|date|most recent)"
            // a sharing panel's notice and its count
            + "|(?:these are external links and |this link )?will open in a new (?:window|tab)"
            + "|this (?:article|story|post) has been (?:shared|viewed|read) \\d[\\d,.]* times"
            + "|dieser artikel ist (?:älter als|mehr als|über) (?:ein|einen|\\d+) (?:jahr|jahre|monat|monate)(?: alt)?"
            + "|este artículo tiene más de (?:un|\\d+) (?:años?|mes(?:es)?)|cet article (?:date de|a) plus de (?:un|\\d+) ans?"
            + "|(?:listen to this (?:article|story)|artikel anhören|escuchar? (?:esta nota|este artículo)|écouter (?:cet|l')"
            + "article|audio version|audioversion|versión en audio)(?:\\s*[·•|-]?\\s*\\d{1,2}(?::\\d{2}){1,2}\\s*(?:min\\w*)?)?");

    /** Where else to hear the podcast: "Listen on Apple Podcasts | Spotify", "Jetzt anhören bei Spotify und Deezer". */
    private static final Pattern LISTEN_ON;

    static {
        String platform = "(?:apple podcasts|itunes|spotify|google podcasts|amazon music|audible|deezer|overcast"
                + "|pocket ?casts|stitcher|castbox|soundcloud|youtube(?: music)?|podimo|castro|tunein|rss(?:-feed)?)";
        LISTEN_ON = Pattern.compile("(?u)(?:(?:jetzt )?(?:listen|subscribe|follow|hören|anhören|abonnieren|escucha|escuchar"
                + "|suscríbete|écoutez|écouter|abonnez-vous|ascolta|słuchaj)(?: (?:to )?(?:the |our |den |unseren )?podcast)?"
                + "(?: (?:on|in|via|auf|bei|en|sur|su|na|w))?:? )" + platform + "(?:(?:\\s*[|,/•·&]\\s*|,? (?:and|or|und"
                + "|oder|y|o|et|ou|e|i|lub) )" + platform + ")*");
    }

    /** The text-size control with its buttons: "Text size A A A", "Schriftgröße: A- A+". */
    private static final Pattern TEXT_SIZE = Pattern.compile("(?u)(?:font size|text size|schriftgröße|textgröße"
            + "|tamaño (?:de )?(?:letra|texto|fuente)|taille (?:du texte|de police)|dimensione (?:del )?(?:testo|carattere)"
            + "|rozmiar (?:tekstu|czcionki)|tamanho (?:da )?(?:letra|fonte))\\s*:?(?:\\s*(?:a[+-]?|[+-]))*");

    /** A gallery's counter: "Image 1 of 5", "Bild 1 von 4", "Foto 3 de 10", "Photo 2 sur 6". */
    private static final Pattern GALLERY_COUNTER = Pattern.compile("(?u)(?:image|photo|picture|slide|bild|foto|imagen"
            + "|diapositiva|immagine|zdjęcie)s? \\d+ (?:of|von|aus|de|sur|di|z|/) \\d+|\\d{1,3} ?/ ?\\d{1,3}");

    /** A widget's count: "12 comments", "(7 Bewertungen)", "3 Kommentare", "1.234 views" (not "3.2 Like"). */
    private static final Pattern COUNTED_LABEL = Pattern.compile("(?u)\\d{1,3}(?:[.,]\\d{3})*\\s*(?:" + COMMENT_WORDS
            + "|replies|antworten|respuestas|réponses|ratings?|bewertungen|bewertung"
            + "|valoraciones|reviews?|votes?|votos?|stimmen|avis|likes?|shares?|views?|aufrufe|visitas|vues)"
            // the comments widget speaking: "{ 38 comments… read them below or add one }", "Dieser Artikel hat 32 Kommentare"
            + "|\\d+ comments?\\W+read them below.*|dieser artikel hat \\d+ kommentare?"
            + "|(?:du musst|sie müssen) angemeldet sein, um einen kommentar .*|you must be logged in to post a comment"
            + "|kommentare lesen und schreiben.*"
            // "Comments (12)", the count after its label
            + "|(?:" + COMMENT_WORDS + ") \\(?\\d+\\)?"
            // a post views counter: "(Visited 215 times, 55 visits today)"
            + "|visited \\d[\\d,.]* times?(?:, \\d[\\d,.]* visits? today)?");

    private WidgetLabels() {
    }

    /** Whether a phrase is all a widget says: its label, its count, the reading time, an ad's break. */
    static boolean label(String phrase) {
        if (WIDGET_LABELS.contains(phrase) || COUNTED_LABEL.matcher(phrase).matches()) {
            return true;
        }
        // the other labels are short: a longer line is not asked about each of them
        return phrase.length() <= LONGEST_LABEL && (READING_TIME.matcher(phrase).matches() || TEXT_SIZE.matcher(phrase).matches()
                || LISTEN_ON.matcher(phrase).matches()
                || SHARE_ON.matcher(phrase).matches() || AD_BREAK.matcher(phrase).matches()
                || GALLERY_COUNTER.matcher(phrase).matches() || FEEDBACK.matcher(phrase).matches()
                || NOTICE.matcher(phrase).matches());
    }

    /** The longest of the labels below: "Have something to say? Leave a comment below", a sponsor's name. */
    private static final int LONGEST_LABEL = 120;

    /** The reading time as it stands in a line of metadata: "Jane Doe • 3 min read • March 3, 2021". */
    static final Pattern READING_TIME_IN_LINE = Pattern.compile("(?i)" + READING_TIME.pattern());

    /** Whether a phrase is a link's invitation to read on ("weiterlesen", "read more"). */
    static boolean readOn(String phrase) {
        return READ_ON_LABELS.contains(phrase);
    }

    /** Whether a block's text is a script's notice that it is loading. */
    static boolean loading(String text) {
        return LOADING.matcher(text).matches();
    }

    /**
     * A row of controls: every link or button in the block is a widget's label ("Jump to Recipe", "Print
     * Recipe") and together they are all its text.
     */
    static boolean toolbar(Element e) {
        // a button may be a span the page's script answers ("<span onclick=…>Pinnen</span>")
        List<Element> controls = e.select("a, button, span[onclick]");
        if (controls.size() < 2) {
            return false;
        }
        StringBuilder labels = new StringBuilder();
        for (Element c : controls) {
            if (!WIDGET_LABELS.contains(phrase(c.text()))) {
                return false;
            }
            labels.append(c.text());
        }
        return bare(labels).equals(bare(e.text()));
    }
}
