package org.republish.read;

import static org.republish.read.BoilerplateBlocks.LEADING;
import static org.republish.read.BoilerplateBlocks.LEAD_IN_LONGEST;
import static org.republish.read.BoilerplateBlocks.bare;
import static org.republish.read.BoilerplateBlocks.insideKept;
import static org.republish.read.BoilerplateBlocks.leadInPhrase;
import static org.republish.read.BoilerplateBlocks.phrase;
import static org.republish.read.BoilerplateBlocks.relatedHeading;
import static org.republish.read.BoilerplateBlocks.removeWithEmptyParents;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.republish.model.ArticleDeadline;

/**
 * What sites set after an article's last words, judged from the end: appeals to subscribe, donate or follow,
 * the publisher's disclaimer, a lone link to another page, a lead-in or credit label left without its links or
 * name, the comments section under its heading, and headings left with nothing under them.
 */
final class TrailingBoilerplate {

    private TrailingBoilerplate() {
    }

    /**
     * Headings with nothing after them: the label of a box of teasers, links or a form that is gone, or that
     * the page never held ("Weitere Informationen zum Coronavirus:" over an empty box). A heading heads
     * something; at the end of the article it heads nothing of it.
     */
    static void removeTrailingHeadings(Element content) {
        List<Element> headings = content.select("h1, h2, h3, h4, h5, h6");
        for (int i = headings.size() - 1; i >= 0; i--) {
            Element h = headings.get(i);
            if (!BlockText.within(h, content)) {
                continue;
            }
            if (somethingAfter(h, content)) {
                return;
            }
            if (!h.select("a[href], img").isEmpty()) {
                // a credit or a note set in a small heading ("Bild2: © Name, some rights reserved" linking its
                // licence) is text, not a label
                return;
            }
            removeWithEmptyParents(h, content);
        }
    }

    /**
     * A heading that opens the comments ("Comments", "3 Kommentare", "Leave a Reply") after the article: it and
     * all that follows it are the readers' or the site's, not the article's. Only in the content's second half.
     */
    static void removeCommentsSection(Element content) {
        for (Element h : content.select("h2, h3, h4, h5, h6")) {
            String label = phrase(h.text());
            if (!COMMENTS_HEADINGS.contains(label) && !COUNTED_COMMENTS.matcher(label).matches()) {
                continue;
            }
            int before = textBefore(h, content);
            if (before < content.text().length() / 2) {
                continue;
            }
            for (Element a = h; a != null && a != content; a = a.parent()) {
                while (a.nextSibling() != null) {
                    a.nextSibling().remove();
                }
            }
            removeWithEmptyParents(h, content);
            return;
        }
    }

    private static final Set<String> COMMENTS_HEADINGS = Set.of("comments", "reader comments", "leave a reply",
            "leave a comment", "kommentare", "ihre meinung", "comentarios", "deja un comentario", "commentaires",
            "laisser un commentaire", "komentarze", "commenti", "comentários");
    private static final Pattern COUNTED_COMMENTS = Pattern.compile("(?u)\\d+ (?:" + WidgetLabels.COMMENT_WORDS + "|responses?)");

    /** How many characters of the content's text stand before {@code e}. */
    private static int textBefore(Element e, Element content) {
        int[] length = {0};
        boolean[] reached = {false};
        content.traverse((node, depth) -> {
            if (node == e) {
                reached[0] = true;
            } else if (!reached[0] && node instanceof org.jsoup.nodes.TextNode t) {
                length[0] += t.text().strip().length();
            }
        });
        return length[0];
    }

    /** Whether text or a picture follows {@code e} inside {@code content}. */
    private static boolean somethingAfter(Element e, Element content) {
        for (Element a = e; a != null && a != content; a = a.parent()) {
            for (org.jsoup.nodes.Node n = a.nextSibling(); n != null; n = n.nextSibling()) {
                if (n instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
                    return true;
                }
                if (n instanceof Element next && (!next.text().isBlank()
                        || next.is(MEDIA) || !next.select(MEDIA).isEmpty())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String MEDIA = "img, picture, video, audio, iframe, svg, object, embed, math, table";

    /**
     * The site's appeals at the end of an article: to subscribe, sign up for the newsletter, become a member,
     * donate, follow it or get its app ("Never miss the latest news by signing up to our newsletter",
     * "Apoya el periodismo incómodo", "Unterstütze uns"). Only the blocks after the article's last
     * other block are judged, one by one from the end, and each must speak of the site ("our", "uns",
     * "nuestro") or be a label or a short line with a link: a closing sentence that mentions a newsletter stays.
     * The publisher's disclaimer ("The views expressed here do not necessarily reflect...") leaves with them.
     */
    static void removeTrailingAppeals(Element content) {
        List<Element> blocks = content.select("p, li, h2, h3, h4, h5, h6, pre, table, figure, blockquote, div");
        for (int i = blocks.size() - 1; i >= 0; i--) {
            ArticleDeadline.check();
            Element b = blocks.get(i);
            if (!BlockText.within(b, content) || b.is("div") && !b.select("p, li, h2, h3, h4, h5, h6").isEmpty()) {
                continue;
            }
            String text = b.text().strip();
            if (text.isEmpty() || text.length() <= CREDIT_AT_MOST && CLOSING_CREDIT.matcher(text).lookingAt()
                    && !text.endsWith(":")) {
                // the picture's credit under the article stays, and what stands before it is judged on
                continue;
            }
            if (insideKept(b)) {
                return;
            }
            if (closingPointer(b, text) || orphanLeadIn(b, text)) {
                removeWithEmptyParents(b, content);
            } else if (appeal(b, text)) {
                removeWithEmptyParents(appealBox(b, content), content);
            } else {
                return;
            }
        }
    }

    /**
     * A short paragraph or heading that is one link and nothing else, after the article's last words ("Info zur
     * Bewertung", "Hier das Einzel-Tableau in Pune", another article's headline): a pointer to another page, not a
     * sentence of the article.
     */
    private static boolean closingPointer(Element b, String text) {
        if (!b.is("p, h2, h3, h4, h5, h6") || text.length() > POINTER_AT_MOST
                || !b.select("img, picture, video, iframe").isEmpty()) {
            return false;
        }
        List<Element> links = b.select("a[href]");
        if (links.size() != 1) {
            return false;
        }
        // "... weiter zu <a>die Wortwahl</a>", "Next: <a>Part 3</a>": the way on to the guide's next page
        Matcher next = NEXT_PAGE.matcher(text);
        String pointer = next.lookingAt() ? text.substring(next.end()) : text;
        // an address given as its own text ("www.sortimo.ch", a source's URL) is information the article gives
        return bare(pointer).equals(bare(links.get(0).text())) && !ADDRESS_AS_TEXT.matcher(text).find();
    }

    /** The words that lead to the next page of a guide or a series, before its link. */
    private static final Pattern NEXT_PAGE = Pattern.compile("(?iu)[.…\\s]*(?:weiter (?:zu|mit)|nächste seite|next(?: page| part| up)?"
            + "|continue (?:to|with)|suite|siguiente|página siguiente|pagina successiva|następna strona|próxima página)\\s*:?\\s*");

    private static final int POINTER_AT_MOST = 80;

    /**
     * "Seguir leyendo:", "Siehe auch:", "Bildquelle:" with nothing after it: the invitation whose links are gone,
     * the credit whose name is.
     */
    private static boolean orphanLeadIn(Element b, String text) {
        if (!b.is("p, h2, h3, h4, h5, h6") || !text.endsWith(":") || text.length() > LEAD_IN_LONGEST) {
            return false;
        }
        String phrase = phrase(text);
        return relatedHeading(phrase) || leadInPhrase(phrase) || CREDIT_LABEL.matcher(phrase).matches();
    }

    /** A picture credit's label, lower case: "bildquelle", "fotos", "image credits". */
    private static final Pattern CREDIT_LABEL = Pattern.compile("(?u)(?:bild|foto|photo|titelbild)(?:quelle|nachweis"
            + "|rechte)|(?:credits?|fotos?|photos?|bild(?:er)?|titelbild|images?)(?: ?credits?)?"
            + "|(?:image|photo|picture) (?:source|credits?)|cr[ée]dits? photos?|cr[ée]dito|fuente de la imagen"
            + "|source de l'image");
    private static final Pattern ADDRESS_AS_TEXT = Pattern.compile("(?i)^\\W*(?:https?://|www\\.|[\\w-]+\\.[a-z]{2,}\\b)");

    /** A credit line closing an article ("Credits: Titelbild AO Production", "Foto: dpa"). */
    private static final Pattern CLOSING_CREDIT = Pattern.compile("(?iu)[+*\\s]*(?:" + CREDIT_LABEL.pattern() + ")\\s*:");
    private static final int CREDIT_AT_MOST = 120;

    /**
     * The box an appeal stands in, when the whole box is the site's appeal: a few short blocks, each an appeal or
     * the site speaking of itself ("Gefällt dir unser Magazin? ... brauchen wir deine Unterstützung. Unterstütze
     * uns ..."); else the appeal alone.
     */
    private static Element appealBox(Element appeal, Element content) {
        Element box = appeal;
        for (Element up = appeal.parent(); up != null && up != content && up.is("div, section, aside, p, strong, b, em, span");
                up = up.parent()) {
            String text = up.text().strip();
            if (text.length() > APPEAL_BOX_AT_MOST || insideKept(up)) {
                break;
            }
            boolean allTheSites = up.select("p, li, h2, h3, h4, h5, h6").stream().allMatch(e -> {
                String t = e.text().strip();
                return t.isEmpty() || SITE_SPEAKING.matcher(t).find() || appeal(e, t);
            });
            if (!allTheSites) {
                break;
            }
            box = up;
        }
        return box;
    }

    /** A box of appeals runs to a paragraph or three. */
    private static final int APPEAL_BOX_AT_MOST = 900;

    private static boolean appeal(Element b, String text) {
        if (text.length() > APPEAL_AT_MOST) {
            return false;
        }
        if (DISCLAIMER.matcher(text).find() || PRINT_EDITION.matcher(text).lookingAt()
                || text.length() <= CONTACT_AT_MOST && contactLine(b, text)) {
            return true;
        }
        if (!APPEAL.matcher(text).find()) {
            return false;
        }
        // a label ("Apóyanos", "Newsletter abonnieren"), a line with its link, or the site speaking of itself
        return text.length() <= 60 || SITE_SPEAKING.matcher(text).find() || text.length() <= 200 && !b.select("a[href]").isEmpty();
    }

    /**
     * Where to write to the author or the newsroom, closing the article: "Write to Jane Doe at jane@example.com",
     * "Got a story? Email news@example.com", "Jane Doe is on Twitter: @janedoe". An address or a handle must be
     * in it, after the invitation.
     */
    private static boolean contactLine(Element b, String text) {
        boolean address = EMAIL.matcher(text).find() || !b.select("a[href^=mailto:]").isEmpty();
        boolean handle = Datelines.HANDLE.matcher(text).find();
        String opening = LEADING.matcher(text).replaceFirst("");
        return address && (CONTACT.matcher(opening).lookingAt() || ASKED_THEN_CONTACT.matcher(text).find())
                || handle && ON_A_NETWORK.matcher(text).find();
    }

    private static final int CONTACT_AT_MOST = 200;
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern CONTACT = Pattern.compile("(?iu)(?:write to|contact|e-?mail|reach|send|get in touch"
            + "|kontakt|schreiben sie|schreib uns|escr[ií]b|contacto|contacte|contactez|écrivez|pisz)\\b");
    /** "Have feedback? Send it to ...", "Do you have a story to share? Get in touch at ...". */
    private static final Pattern ASKED_THEN_CONTACT = Pattern.compile("(?iu)\\?\\s*(?:please )?(?:e-?mail|send|write"
            + "|contact|get in touch|tell us|let us know|schreiben sie|schreib|escr[ií]b|contáct|écrivez|contactez)\\b");
    private static final Pattern ON_A_NETWORK = Pattern.compile("(?iu)\\b(?:is|are) on (?:twitter|x|instagram|bluesky"
            + "|mastodon|threads|linkedin|facebook)\\b|\\bfollow (?:the author|him|her|them|me) on");

    /** An appeal runs to a few sentences; a longer block is the article's. */
    private static final int APPEAL_AT_MOST = 450;

    /** Invitations, not topics: "newsletter" and "subscribe" invite; "member" or "support" alone may be news. */
    private static final Pattern APPEAL = Pattern.compile("(?iu)newsletter|subscri(?:be|ption|bers?)|sign(?:ing)? up"
            + "|become a (?:member|subscriber)|support (?:us|our)|\\bdonate\\b|download (?:the|our)|follow us"
            // "Follow The Gleaner on Twitter" is the site's; "Follow him on Twitter" closes the author's blurb
            + "|follow (?!him|her|them|me\\b)[\\p{L}.]+(?: [\\p{L}.]+)? on (?:twitter|facebook|instagram)"
            + "|(?:channel|canal) (?:on|de|en) (?:telegram|youtube|whatsapp)|(?:telegram|youtube|whatsapp)[- ](?:channel|kanal)"
            + "|abonnier|unterstütze(?:n sie)? uns|jetzt spenden|spenden sie|folg(?:e|en sie) uns"
            + "|suscr[ií]b|apóyanos|hágase miembro|hazte (?:miembro|socio)|síguenos|únete a nuestr"
            + "|abonnez|soutenez|faites un don|suivez-nous|assine|apoie|abbonati|sostieni|zasubskrybuj|wesprzyj|obserwuj nas");

    /** The publisher's disclaimer of what its contributors write: it does not travel with the article. */
    private static final Pattern DISCLAIMER = Pattern.compile("(?iu)not necessarily (?:reflect|represent)"
            // and its terms for readers' comments
            + "|behält sich (?:das recht )?vor,? (?:leser\\p{L}*|kommentare|zuschriften)\\s(?:\\p{L}+\\s)?zu kürzen"
            + "|reserves? the right to (?:edit|shorten|remove|delete) (?:comments|letters|submissions)"
            + "|(?:is|are) not responsible for the (?:opinions|views|content)|the views expressed (?:here|in)"
            + "|gibt die meinung des autors wieder|nicht (?:unbedingt|notwendigerweise) die meinung"
            + "|no refleja(?:n)? necesariamente|no se hace responsable de las opiniones"
            + "|ne (?:reflète|représente)(?:nt)? pas nécessairement|n'engage(?:nt)? que (?:son|leur)s? auteur"
            + "|não (?:reflete|representa)(?:m)? necessariamente|nie odzwierciedla(?:ją)? (?:stanowiska|poglądów)");

    /** Where the article stood in the print edition: "A version of this article appears in print on March 4...". */
    private static final Pattern PRINT_EDITION = Pattern.compile("(?iu)a version of this (?:article|story|review|essay)"
            + " (?:appears|appeared) in print|this (?:article|story) (?:appears|appeared) in (?:the )?(?:print|\\p{L}+ print)"
            + " edition|(?:dieser )?(?:artikel|beitrag) erschien in der (?:print)?ausgabe|publicado en la edición impresa");

    /** The site speaking of itself to its readers, in the first person plural. */
    private static final Pattern SITE_SPEAKING = Pattern.compile("(?iu)\\b(?:we|we'll|we're|our|us|wir|uns|unser\\w*"
            + "|nous|notre|nos|nuestr[oa]s?|nosotros|necesitamos|nosso|nossa|noi|nostr[oaie]|nas|nasz\\w*)\\b");
}
