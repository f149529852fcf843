package org.republish.read;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.republish.model.LicenseEvidence;
import org.republish.model.WebAddress;

/**
 * Who a site belongs to and what it is called, as a page says it beyond its
 * byline: the rights holder its licence notice names ("Ein Hundetagebuch von
 * Donald Townsend steht unter einer Creative Commons ... Lizenz", the licence
 * chooser's {@code cc:attributionName}), a personal blog's name ("Damian
 * Duchamps' Blog"), a personal domain ("jan-grosser.de"), an author handle
 * that the address repeats ("@AlexanderLasch" on alexanderlasch.wordpress.com). A blog's byline is
 * often only the owner's initials, first name or login ("DT", "Jan",
 * "damianduchamps"); these give the full name. Stateless.
 */
final class SiteOwner {

    private static final String PERSON = "\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|van|von|de|der|da|di|du|del|la|le)){1,3}";

    /** "WORK by NAME is licensed", "WORK von NAME steht unter", "WORK de NAME est mis à disposition". */
    private static final Pattern HOLDER = Pattern.compile(
            "(?:^|\\s)(?:by|von|de|par|di|door|av|af|por|oleh)\\s+(?<name>" + PERSON + ")\\s+"
                    + "(?:is|ist|steht|est|está|es|è|wordt|er|är|jest|dilisensikan|licensed)\\b");

    /**
     * "(Creative Commons-Lizenz) 2006-2008 by Martin Weber": the years of a licence notice, then its holder; the
     * name ends where the notice does ("... by Martin Weber Hosted by Net-Housting").
     */
    private static final Pattern YEARS_HOLDER = Pattern.compile("\\b(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)?\\d{2})?"
            + "\\s+(?:by|von|de|par)\\s+(?<name>" + PERSON + ")(?=\\s*(?:$|[|·•,;.]|\\s\\p{Lu}\\p{Ll}+\\s+(?:by|von)\\b))");

    /** "Damian Duchamps' Blog", "Jane Doe's Weblog", "Blog von Jane Doe", "Le blog de Jane Doe". */
    private static final Pattern PERSONAL_SITE = Pattern.compile(
            "^(?<a>" + PERSON + ")['’]s?\\s+(?:Blog|Weblog|Website|Homepage|Journal|Notizen|Notes)$"
                    + "|^(?:(?:Das|Le|El|The|Il)\\s+)?(?i:blog|weblog)\\s+(?:von|de|di|of|by)\\s+(?<b>" + PERSON + ")$");

    /** A personal domain: "jan-grosser.de", "www.jane-doe.net". */
    private static final Pattern PERSONAL_HOST = Pattern.compile("^(?:www\\.)?(\\p{L}{2,})-(\\p{L}{2,})(?:-(\\p{L}{2,}))?\\.[a-z.]{2,}$");

    private SiteOwner() {
    }

    /** Full names the page gives for whoever owns it, most explicit first. */
    static List<String> names(Document page, List<LicenseEvidence> statements, String siteName, String canonical) {
        Set<String> names = new LinkedHashSet<>(licensors(page, statements));
        personalSite(siteName).ifPresent(names::add);
        handleOwner(page, canonical).ifPresent(names::add);
        String host = WebAddress.host(canonical);
        Matcher h = PERSONAL_HOST.matcher(host);
        if (h.matches()) {
            StringBuilder name = new StringBuilder();
            for (int g = 1; g <= 3 && h.group(g) != null; g++) {
                String part = h.group(g);
                name.append(name.isEmpty() ? "" : " ").append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
            names.add(name.toString());
        }
        return new ArrayList<>(names);
    }

    /**
     * Whom the licence notice names as the work's holder: the licence chooser's {@code cc:attributionName}, or
     * the name in the notice ("... by Donald Townsend is licensed under", "2006-2008 by Martin Weber").
     */
    static List<String> licensors(Document page, List<LicenseEvidence> statements) {
        Set<String> names = new LinkedHashSet<>();
        for (Element e : page.select("[property~=(?i)cc:attributionName], [rel~=(?i)cc:attributionURL]")) {
            String t = PageTitle.normalize(e.text());
            if (t.matches(PERSON)) {
                names.add(t);
            }
        }
        for (LicenseEvidence s : statements) {
            for (Pattern holder : List.of(HOLDER, YEARS_HOLDER)) {
                Matcher m = holder.matcher(s.text());
                while (m.find()) {
                    names.add(m.group("name"));
                }
            }
        }
        return new ArrayList<>(names);
    }

    /** A handle that is a name written together: "@AlexanderLasch". */
    private static final Pattern CAMEL_NAME = Pattern.compile("@?((?:\\p{Lu}\\p{Ll}+){2,3})");
    private static final Pattern CAMEL_PART = Pattern.compile("\\p{Lu}\\p{Ll}+");

    /**
     * The owner of a personal blog its address names: the page's author handle ({@code twitter:creator}
     * "@AlexanderLasch") is a full name written together, and the site's address is that name
     * ("alexanderlasch.wordpress.com", "alexanderlasch.de"). Two signs that agree, never one alone.
     */
    static java.util.Optional<String> handleOwner(Document page, String canonical) {
        Element creator = page.selectFirst("meta[name=twitter:creator], meta[property=twitter:creator]");
        Matcher m = CAMEL_NAME.matcher(creator == null ? "" : creator.attr("content").strip());
        String host = WebAddress.host(canonical).replaceFirst("^www\\.", "");
        if (!m.matches() || host.indexOf('.') < 0
                || !host.substring(0, host.indexOf('.')).equals(m.group(1).toLowerCase(Locale.ROOT))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(String.join(" ", CAMEL_PART.matcher(m.group(1)).results().map(r -> r.group()).toList()));
    }

    static java.util.Optional<String> personalSite(String siteName) {
        if (siteName == null) {
            return java.util.Optional.empty();
        }
        Matcher m = PERSONAL_SITE.matcher(siteName.strip());
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(m.group("a") != null ? m.group("a") : m.group("b"));
    }

    /**
     * Each byline name that is only initials, a first name or a login of one of
     * the owner's full names becomes that full name: "DT" and "Donald Townsend",
     * "Jan" and "Jan Grosser", "damianduchamps" and "Damian Duchamps".
     */
    static List<String> expand(List<String> bylineNames, List<String> fullNames) {
        List<String> out = new ArrayList<>();
        for (String n : bylineNames) {
            String match = null;
            if (!n.strip().contains(" ")) {
                for (String full : fullNames) {
                    if (abbreviates(n.strip(), full)) {
                        match = match == null ? full : match.equals(full) ? match : "";
                    }
                }
            }
            out.add(match == null || match.isEmpty() ? n : match);
        }
        return out;
    }

    private static boolean abbreviates(String shortName, String full) {
        String[] parts = full.split("\\s+");
        if (parts.length < 2) {
            return false;
        }
        String s = shortName.toLowerCase(Locale.ROOT);
        StringBuilder initials = new StringBuilder();
        StringBuilder joined = new StringBuilder();
        for (String p : parts) {
            initials.append(Character.toLowerCase(p.charAt(0)));
            joined.append(p.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""));
        }
        return s.equals(initials.toString()) || s.equals(parts[0].toLowerCase(Locale.ROOT)) || s.equals(joined.toString());
    }
}
