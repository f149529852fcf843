package org.republish.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.republish.model.Article;
import org.republish.model.Author;
import org.republish.model.Notice;

/**
 * The author's sign-off closing the article, "Michael A. Allen, Professor of
 * Political Science, Boise State University", becomes the author's credit:
 * name, role and affiliation. The sign-off's form of the name wins over a
 * republisher's byline form ({@link AuthorCredits}).
 *
 * <p>The candidate is the last paragraph of the article proper (before a
 * "P.S." block, skipping comment debris). It must be short, a comma-separated
 * list starting with a person's name, and either name an author already
 * credited or end with an institution ("University", "Institute", ...).
 */
public final class ExtractAuthorSignOff extends RemovingTransform {

    private static final Pattern INSTITUTION = Pattern.compile(
            "(?iu)\\b(?:universit(?:y|é|e|à|ät|at|eit|ad)|institut[e]?|college|école|school|academy|académie|"
                    + "centre|center|laborator(?:y|ies)|laboratoire|foundation|fondation|hospital|hôpital|"
                    + "council|agency|observatory|museum|CNRS|Inserm|Inria|polytechnique)\\b");

    @Override
    public TransformResult applyTracked(Article article) {
        Element body = article.bodyCopy();
        Element candidate = lastArticleParagraph(body);
        if (candidate == null) {
            return new TransformResult(article, List.of());
        }
        Author signOff = parse(candidate.text(), article);
        if (signOff == null) {
            return new TransformResult(article, List.of());
        }
        Optional<AuthorCredits.Merge> merge = AuthorCredits.merge(article.meta(), signOff, name(), "the author's sign-off");
        if (merge.isEmpty()) {
            return new TransformResult(article, List.of());
        }
        BlockRemover remover = new BlockRemover(name());
        remover.mark(candidate, "author sign-off");
        List<Removal> removals = remover.removeFrom(body);
        Article out = article.withBody(body).withMeta(merge.get().meta())
                .withNotice(Notice.change(name(), "moved the author's sign-off into the author credit", 1,
                        ProseText.example(candidate.text())));
        if (merge.get().warning().isPresent()) {
            out = out.withNotice(merge.get().warning().get());
        }
        return new TransformResult(out, removals);
    }

    /** The last paragraph before a P.S. block or the end, skipping comment debris and rules. */
    static Element lastArticleParagraph(Element body) {
        List<Element> blocks = body.children();
        int end = WrapperPatterns.postscriptStart(body);
        for (int i = (end < 0 ? blocks.size() : end) - 1; i >= 0; i--) {
            Element b = blocks.get(i);
            if (b.normalName().equals("hr") || WrapperPatterns.isCommentDebris(b)) {
                continue;
            }
            return b.normalName().equals("p") ? b : null;
        }
        return null;
    }

    /** The author a sign-off line credits, or null when the line is not a sign-off. */
    static Author parse(String text, Article article) {
        String line = WrapperPatterns.withoutBullet(text);
        if (line.isEmpty() || Words.of(line).size() > 30 || line.matches(".*[.!?:;]\\s*$") && !line.matches(".*\\p{Lu}\\.$")) {
            return null;
        }
        List<String> parts = new ArrayList<>(Arrays.stream(line.split("\\s*,\\s*")).map(String::strip).toList());
        if (parts.size() < 2 || parts.size() > 5 || parts.stream().anyMatch(String::isEmpty)) {
            return null;
        }
        String name = parts.get(0);
        if (!PersonNames.looksLikeName(name)) {
            return null;
        }
        String last = parts.get(parts.size() - 1);
        boolean institution = INSTITUTION.matcher(last).find();
        boolean known = AuthorCredits.find(article.meta(), name) >= 0;
        if (!institution && !known) {
            return null;
        }
        String affiliation = institution ? last : null;
        List<String> roles = parts.subList(1, institution ? parts.size() - 1 : parts.size());
        String role = roles.isEmpty() ? null : String.join(", ", roles);
        return new Author(name, affiliation, role, null);
    }
}
