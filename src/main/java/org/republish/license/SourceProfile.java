package org.republish.license;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.republish.model.License;

/**
 * What is known about one source of articles: how to recognise its articles,
 * which licence it uses when an article only says "a Creative Commons
 * license", and how it asks to be credited. Loaded from YAML by
 * {@link SourceProfiles}; see profiles/the-conversation.yaml for the format.
 *
 * @param id             short name, also the file name ("the-conversation")
 * @param name           the publication's name as credited ("The Conversation")
 * @param home           the publication's home page, linked when an article's own URL is missing
 * @param match          how to recognise the source's articles
 * @param defaultLicense the licence a generic "Creative Commons license" means for this source, or null
 * @param siteLicense    a licence that covers every article of the source (a blog footer), or null
 * @param policy         where the source states its licence and how to credit it (a URL), or null
 * @param attributions   the attribution wording by language ("en", "fr"; "" for any language), empty to
 *                       use the generic TASL notice
 * @param counter        URL of the source's page-view counter with {id} for the article id, or null
 */
public record SourceProfile(
        String id,
        String name,
        String home,
        Match match,
        License defaultLicense,
        License siteLicense,
        String policy,
        Map<String, AttributionTemplate> attributions,
        String counter) {

    /**
     * @param sites   publication names, compared with the article's source name, ignoring case
     * @param urls    hosts ("theconversation.com", subdomains included) or URL prefixes
     *                ("ropensci.org/blog/"), compared with the original URL and the source's home
     * @param phrases phrases looked for in the article's text, ignoring case, spacing and link markup
     */
    public record Match(List<String> sites, List<String> urls, List<String> phrases) {
        public Match {
            sites = sites == null ? List.of() : List.copyOf(sites);
            urls = urls == null ? List.of() : List.copyOf(urls);
            phrases = phrases == null ? List.of() : List.copyOf(phrases);
        }

        public static Match none() {
            return new Match(List.of(), List.of(), List.of());
        }
    }

    public SourceProfile {
        Objects.requireNonNull(id, "profile id");
        Objects.requireNonNull(name, "profile name");
        match = match == null ? Match.none() : match;
        attributions = attributions == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributions));
    }

    /**
     * The source's wording for an article in {@code lang} ("fr", "pt-BR"): that language's, else
     * the language-neutral one; empty when the profile has none for it, so that the generic notice
     * is written in the article's language rather than the source's wording in another.
     */
    public Optional<AttributionTemplate> attribution(String lang) {
        String l = lang == null || lang.isBlank() ? "en" : lang.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        AttributionTemplate t = attributions.get(l);
        if (t == null && l.contains("-")) {
            t = attributions.get(l.substring(0, l.indexOf('-')));
        }
        if (t == null) {
            t = attributions.get("");
        }
        return Optional.ofNullable(t);
    }

    /** The wording in English or for any language, the profile's main wording; null when it has none. */
    public AttributionTemplate attribution() {
        return attribution("en").orElse(attributions.isEmpty() ? null : attributions.values().iterator().next());
    }

    /** The counter image URL for an article id, or empty when there is no counter or no id. */
    public Optional<String> counterUrl(String articleId) {
        if (counter == null || articleId == null || articleId.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(counter.replace("{id}", URLEncoder.encode(articleId.strip(), StandardCharsets.UTF_8)));
    }
}
