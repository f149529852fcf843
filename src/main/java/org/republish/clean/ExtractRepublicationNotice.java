package org.republish.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;
import org.republish.model.Author;
import org.republish.model.Notice;
import org.republish.model.Publication;
import org.republish.model.WebAddress;

/**
 * The previous republisher's notice ("This article is republished from The
 * Conversation under a Creative Commons license. Read the original article.",
 * "This article appeared first on AIER under a Creative Commons (CC BY 4.0)
 * license.", "Este artículo fue publicado originalmente en The Conversation.")
 * becomes metadata: the source, the original article's address and the
 * licence statement, which the licence stage weighs as the notice's. A new
 * notice is written from the metadata, so the old one leaves the body.
 *
 * <p>Only blocks at the head or the foot of the article are read (a notice
 * never stands in the middle of the text), only short ones, and only when the
 * sentence speaks of this piece ("This article ...", "Reproduced from ...").
 * An author's sign-off in the same block ("Mia Bloom, Professor of
 * Communication, Georgia State University. This article was originally
 * published on ...") is credited to the author; any other text ahead of the
 * notice keeps the block in the body.
 */
public final class ExtractRepublicationNotice extends RemovingTransform {

    /** Blocks read at the head and at the foot of the body. */
    static final int HEAD = 3;
    static final int FOOT = 8;

    @Override
    public TransformResult applyTracked(Article article) {
        Element body = article.bodyCopy();
        List<Element> blocks = body.children();
        int end = WrapperPatterns.postscriptStart(body);
        end = end < 0 ? blocks.size() : end;
        ArticleMeta meta = article.meta();
        List<Notice> notices = new ArrayList<>();
        BlockRemover remover = new BlockRemover(name());
        String example = null;
        for (int i = 0; i < end; i++) {
            if (i >= HEAD && i < end - FOOT) {
                continue;
            }
            Element block = blocks.get(i);
            if (block.normalName().matches("h[1-6]|ul|ol|table|pre|figure")) {
                continue;
            }
            Optional<RepublicationNotices.Notice> read = RepublicationNotices.read(block);
            if (read.isEmpty()) {
                continue;
            }
            RepublicationNotices.Notice notice = read.get();
            String before = notice.before().replaceAll("^[\\s—–_*\\[(]+|[\\s\\])]+$", "");
            Author signOff = before.isEmpty() ? null
                    : ExtractAuthorSignOff.parse(before.replaceFirst("[.,;]\\s*$", ""), meta);
            if (!before.isEmpty() && signOff == null && Words.of(before).size() > 0) {
                continue; // text of the article's own before the notice: leave the block whole
            }
            meta = apply(meta, notice, notices);
            if (signOff != null) {
                Optional<AuthorCredits.Merge> merged = AuthorCredits.merge(meta, signOff, name(), "the sign-off in the notice");
                if (merged.isPresent()) {
                    meta = merged.get().meta();
                    merged.get().warning().ifPresent(notices::add);
                }
            }
            remover.mark(block, "republication notice");
            example = example == null ? block.text() : example;
        }
        if (remover.isEmpty()) {
            return new TransformResult(article, List.of());
        }
        List<Removal> removals = remover.removeFrom(body);
        Article out = article.withBody(body).withMeta(meta)
                .withNotice(Notice.change(name(), "moved the previous republisher's notice into the metadata (source, "
                        + "original address, licence statement); a new notice is written from it",
                        removals.size(), ProseText.example(example)))
                .withNotices(notices);
        return new TransformResult(out, removals);
    }

    static ArticleMeta apply(ArticleMeta meta, RepublicationNotices.Notice notice, List<Notice> notices) {
        ArticleMeta.Builder b = meta.toBuilder().evidence(notice.evidence());
        if (notice.source() != null && (meta.source() == null || !sameName(meta.source().name(), notice.source()))) {
            if (meta.source() != null) {
                // the page's own site (or the metadata's source) is the republisher; the notice names the original
                notices.add(Notice.info("ExtractRepublicationNotice", "source taken from the notice (" + notice.source()
                        + "), not " + meta.source().name() + ", which republished it"));
                b.extra("republisher", meta.source().name());
            }
            b.source(new Publication(notice.source(), notice.sourceHome()));
        }
        String original = notice.originalUrl();
        if (original != null) {
            if (meta.originalUrl() == null) {
                b.originalUrl(original);
            } else if (!WebAddress.host(meta.originalUrl()).equals(WebAddress.host(original))) {
                // the metadata's address is the republisher's own page; the notice names the original
                notices.add(Notice.info("ExtractRepublicationNotice", "original address taken from the notice ("
                        + original + "), not the metadata's " + meta.originalUrl() + ", which is on another site"));
                b.originalUrl(original).extra("republishedUrl", meta.originalUrl());
            }
        }
        return b.build();
    }

    private static boolean sameName(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
        String y = b.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
        return x.contains(y) || y.contains(x);
    }
}
