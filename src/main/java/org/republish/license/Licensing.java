package org.republish.license;

import org.republish.model.Article;
import org.republish.model.ArticleMeta;
import org.republish.model.Publication;
import org.republish.model.PublishException;

/**
 * The licensing stage, in two calls on either side of cleaning. Before:
 * {@link #decide} recognises the article's source ({@link SourceProfiles}),
 * settles its licence ({@link LicenseResolver}) and applies the
 * {@link PublishingPolicy}, holding an article that may not be published.
 * After: {@link #attribute} writes the attribution notice from the metadata
 * as it will be published ({@link AttributionBuilder}). Thread-safe; build
 * once and share.
 */
public final class Licensing {

    /**
     * An article whose licence was decided.
     *
     * @param article the article with its licence, and its source when only the profile names it
     * @param profile the source profile it matched, or the default profile, or null: what its attribution follows
     */
    public record Decided(Article article, SourceProfile profile) {
    }

    private final SourceProfiles profiles;
    private final SourceProfile defaultProfile;
    private final PublishingPolicy policy;

    /** @param defaultProfile the profile of articles that match none, or null */
    public Licensing(SourceProfiles profiles, SourceProfile defaultProfile, PublishingPolicy policy) {
        this.profiles = profiles;
        this.defaultProfile = defaultProfile;
        this.policy = policy;
    }

    /**
     * Decides the licence of {@code article}; throws a HOLD when it may not
     * be published (no licence found, or one the policy refuses).
     *
     * @param inputName the input's file name, after which the advice names a sidecar file
     */
    public Decided decide(Article article, String inputName) throws PublishException {
        String fullText = article.body().text();
        SourceProfile profile = profiles.match(article.meta(), fullText).orElse(defaultProfile);
        LicenseResolver.Resolution licence = LicenseResolver.resolve(article.meta(), fullText, profile);
        article = article.withNotices(licence.notices());
        PublishingPolicy.Decision decision = policy.decide(licence, inputName);
        if (!decision.publish()) {
            throw PublishException.hold(decision.reason());
        }
        ArticleMeta.Builder meta = article.meta().toBuilder().license(licence.license());
        if (article.meta().source() == null && profile != null) {
            meta.source(new Publication(profile.name(), profile.home()));
        }
        return new Decided(article.withMeta(meta.build()), profile);
    }

    /** The article with its attribution notice and page counter, as {@code profile} asks for them. */
    public Article attribute(Article article, SourceProfile profile) {
        AttributionBuilder.Result attribution = AttributionBuilder.build(article.meta(), profile, false);
        String counter = profile == null ? null : profile.counterUrl(article.meta().articleId()).orElse(null);
        return article.withMeta(article.meta().toBuilder().attribution(attribution.attribution())
                        .counterUrl(counter).build())
                .withNotices(attribution.notices());
    }
}
