package org.republish.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is known about an article besides its body. Immutable; change it with
 * {@link #toBuilder()}. Dates are ISO 8601 strings ("2023-03-08" or
 * "2023-03-08T14:39:00+01:00") because sources give either precision.
 *
 * @param title        the headline
 * @param standfirst   the lead set under the title, or null
 * @param authors      the credited authors, in order
 * @param lang         BCP 47 language tag of the article, e.g. "en"
 * @param published    when the original was first published
 * @param republished  when the republisher this copy came from published it
 * @param description  a one-sentence summary for metadata, or null
 * @param source       the publication the article comes from, or null
 * @param originalUrl  the URL of the original article (an absolute http(s) address, see {@link WebAddress}), or null
 * @param license      the licence the article is published under, or null while unknown
 * @param articleId    the source's own id for the article, or null
 * @param attribution  the republication notice to show, or null until built
 * @param counterUrl   the source's page-counter image for this article, shown in HTML only, or null
 * @param tags         subject keywords
 * @param licenseEvidence every statement about a licence found in or around the article, with where it stood
 * @param licenseReason  how the licence stage decided, in one sentence for the editor, or null until decided
 * @param extra        any other front-matter value, by key, as text
 */
public record ArticleMeta(
        String title,
        String standfirst,
        List<Author> authors,
        String lang,
        String published,
        String republished,
        String description,
        Publication source,
        String originalUrl,
        License license,
        String articleId,
        Attribution attribution,
        String counterUrl,
        List<String> tags,
        List<LicenseEvidence> licenseEvidence,
        String licenseReason,
        Map<String, String> extra) {

    public ArticleMeta {
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
        licenseEvidence = licenseEvidence == null ? List.of() : List.copyOf(licenseEvidence);
        // only a web address may ever become a link (WebAddress); the reading stage warns when it drops one
        originalUrl = WebAddress.webOrNull(originalUrl);
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    public static ArticleMeta empty() {
        return new Builder().build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The language to declare in outputs: the article's, else English. */
    public String langOrDefault() {
        return lang == null || lang.isBlank() ? "en" : lang;
    }

    /** Builder with one setter per field; unset fields stay null or empty. */
    public static final class Builder {
        private String title;
        private String standfirst;
        private List<Author> authors = List.of();
        private String lang;
        private String published;
        private String republished;
        private String description;
        private Publication source;
        private String originalUrl;
        private License license;
        private String articleId;
        private Attribution attribution;
        private String counterUrl;
        private List<String> tags = List.of();
        private List<LicenseEvidence> licenseEvidence = List.of();
        private String licenseReason;
        private Map<String, String> extra = new LinkedHashMap<>();

        public Builder() {
        }

        private Builder(ArticleMeta m) {
            title = m.title;
            standfirst = m.standfirst;
            authors = m.authors;
            lang = m.lang;
            published = m.published;
            republished = m.republished;
            description = m.description;
            source = m.source;
            originalUrl = m.originalUrl;
            license = m.license;
            articleId = m.articleId;
            attribution = m.attribution;
            counterUrl = m.counterUrl;
            tags = m.tags;
            licenseEvidence = m.licenseEvidence;
            licenseReason = m.licenseReason;
            extra = new LinkedHashMap<>(m.extra);
        }

        public Builder title(String v) { title = v; return this; }
        public Builder standfirst(String v) { standfirst = v; return this; }
        public Builder authors(List<Author> v) { authors = v; return this; }
        public Builder lang(String v) { lang = v; return this; }
        public Builder published(String v) { published = v; return this; }
        public Builder republished(String v) { republished = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder source(Publication v) { source = v; return this; }
        public Builder originalUrl(String v) { originalUrl = v; return this; }
        public Builder license(License v) { license = v; return this; }
        public Builder articleId(String v) { articleId = v; return this; }
        public Builder attribution(Attribution v) { attribution = v; return this; }
        public Builder counterUrl(String v) { counterUrl = v; return this; }
        public Builder tags(List<String> v) { tags = v; return this; }
        public Builder licenseEvidence(List<LicenseEvidence> v) { licenseEvidence = v; return this; }
        public Builder licenseReason(String v) { licenseReason = v; return this; }
        public Builder extra(String key, String value) { extra.put(key, value); return this; }

        /** Adds one statement to the licence evidence, after those already there. */
        public Builder evidence(LicenseEvidence e) {
            List<LicenseEvidence> all = new ArrayList<>(licenseEvidence);
            all.add(e);
            licenseEvidence = all;
            return this;
        }

        public ArticleMeta build() {
            return new ArticleMeta(title, standfirst, authors, lang, published, republished,
                    description, source, originalUrl, license, articleId, attribution, counterUrl, tags,
                    licenseEvidence, licenseReason, extra);
        }
    }
}
