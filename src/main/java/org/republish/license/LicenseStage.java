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
 * The licence stage: which source an article comes from, under which licence
 * it may be republished, and the attribution it must carry. Runs after the
 * republisher's wrapper has been read (so the notice, the source and the
 * original address are known) and before cleaning (which needs to know
 * whether the words may change). Thread-safe; build once.
 */
public final class LicenseStage {

    /** An article with its licence decided, and the profile of its source (or null). */
    public record Decided(Article article, SourceProfile profile) {
    }

    private final SourceProfiles profiles;
    private final SourceProfile defaultProfile;
    private final PublishingPolicy policy;

    /** @param defaultProfile the profile of articles that match none, or null */
    public LicenseStage(SourceProfiles profiles, SourceProfile defaultProfile, PublishingPolicy policy) {
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

    /** The attribution notice, in the source's wording where its profile has one, and the page counter. */
    public Article attribute(Article article, SourceProfile profile) {
        AttributionBuilder.Result attribution = AttributionBuilder.build(article.meta(), profile, false);
        String counter = profile == null ? null : profile.counterUrl(article.meta().articleId()).orElse(null);
        return article.withMeta(article.meta().toBuilder().attribution(attribution.attribution())
                        .counterUrl(counter).build())
                .withNotices(attribution.notices());
    }
}
