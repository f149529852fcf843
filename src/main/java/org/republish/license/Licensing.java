package org.republish.license;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;
import org.republish.model.LicenseEvidence;
import org.republish.model.Publication;
import org.republish.model.PublishException;

/**
 * The licensing stage, in two calls on either side of cleaning. Before:
 * {@link #decide} recognises the article's source ({@link SourceProfiles}),
 * weighs every licence statement found in and around it
 * ({@link LicenseResolver}) and applies the {@link PublishingPolicy}, holding
 * an article that may not be published. It runs once the republisher's
 * wrapper has been read, so that the notice, the source and the original
 * address are known. After: {@link #attribute} writes the attribution notice
 * from the metadata as it will be published ({@link AttributionBuilder}).
 * Thread-safe; build once and share.
 */
public final class Licensing {

    /**
     * An article whose licence was decided.
     *
     * @param article the article with its licence, its evidence weighed, and its source
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
     * Weighs every licence statement found in and around the article and
     * decides; throws a HOLD whose reason lists the statements and what to do
     * when the licence cannot be established or may not be used here.
     */
    public Decided decide(Article article, String inputFileName) throws PublishException {
        ArticleMeta meta = article.meta();
        Review review = review(article);
        SourceProfile profile = review.profile();
        LicenseResolver.Resolution resolution = review.resolution();
        PublishingPolicy.Decision decision = policy.decide(resolution, inputFileName);
        if (!decision.publish()) {
            StringBuilder reason = new StringBuilder(decision.reason());
            if (!resolution.evidence().isEmpty()) {
                reason.append("\n\nWhat the article and its page say about a licence:\n")
                        .append(LicenseResolver.describe(resolution.evidence()));
            }
            if (resolution.license() == null) {
                LicenseResolver.policyAdvice(profile).ifPresent(a -> reason.append('\n').append(a));
            }
            throw PublishException.hold(reason.toString().strip());
        }
        ArticleMeta.Builder b = meta.toBuilder().license(resolution.license()).licenseEvidence(resolution.evidence())
                .licenseReason(resolution.how());
        if (meta.source() == null && profile != null) {
            b.source(new Publication(profile.name(), profile.home()));
        } else if (profile != null && meta.source().homeUrl() == null && profile.home() != null) {
            b.source(new Publication(meta.source().name(), profile.home()));
        }
        return new Decided(article.withMeta(b.build()).withNotices(resolution.notices()), profile);
    }

    /**
     * What the licence stage makes of an article, without deciding whether it may be published: every
     * statement weighed (where it stood, how it was read, what was made of it), the licence it would
     * take (or null), and the source profile it matched and why. For the editor's desk.
     *
     * @param match      the profile the article matched and why, or null when it matched none
     * @param profile    that profile, or the default profile, or null
     */
    public record Review(LicenseResolver.Resolution resolution, SourceProfiles.ProfileMatch match,
            SourceProfile profile) {
    }

    public Review review(Article article) {
        ArticleMeta meta = article.meta();
        List<LicenseEvidence> evidence = new ArrayList<>(meta.licenseEvidence());
        evidence.addAll(BodyLicenseStatements.of(article.body()));
        StringBuilder text = new StringBuilder(article.body().text());
        for (LicenseEvidence e : meta.licenseEvidence()) {
            if (e.place() == LicenseEvidence.Place.NOTICE) {
                text.append('\n').append(e.text());
            }
        }
        Optional<SourceProfiles.ProfileMatch> match = profiles.findMatch(meta, text.toString());
        SourceProfile profile = match.map(SourceProfiles.ProfileMatch::profile).orElse(defaultProfile);
        boolean named = match.isPresent() && match.get().named();
        LicenseResolver.Resolution resolution;
        if (meta.license() != null) {
            resolution = new LicenseResolver.Resolution(meta.license(), "set in the metadata", evidence, List.of());
        } else {
            resolution = LicenseResolver.resolve(evidence, profile, named);
        }
        return new Review(resolution, match.orElse(null), profile);
    }

    /** Every source profile known, shipped and the user's. */
    public List<SourceProfile> profiles() {
        return profiles.all();
    }

    /** The attribution notice, in the source's wording where its profile has one, and the page counter. */
    public Article attribute(Article article, SourceProfile profile) {
        AttributionBuilder.Result attribution = AttributionBuilder.build(article.meta(), profile, false);
        String counter = profile == null ? null : profile.counterUrl(article.meta().articleId()).orElse(null);
        return article.withMeta(article.meta().toBuilder().attribution(attribution.attribution())
                        .counterUrl(counter).build())
                .withNotices(attribution.notices());
    }
}
