package org.republish.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;
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
            "(?iu)\\b(?:universit(?:y|é|e|à|ät|at|eit|ad)|universidad[e]?|universiteit|hochschule|institut[eo]?|college|école|school|academy|académie|"
                    + "centre|center|centro|zentrum|laborator(?:y|ies)|laboratoire|foundation|fondation|hospital|hôpital|"
                    + "council|agency|observatory|museum|CNRS|Inserm|Inria|polytechnique)\\b");

    @Override
    public TransformResult applyTracked(Article article) {
        Element body = article.bodyCopy();
        Element candidate = lastArticleParagraph(body);
        if (candidate == null) {
            return new TransformResult(article, List.of());
        }
        List<Author> credits = parseAll(candidate.text(), article.meta());
        if (credits.isEmpty()) {
            return new TransformResult(article, List.of());
        }
        Optional<AuthorCredits.Merge> merge = credits.size() == 1
                ? AuthorCredits.merge(article.meta(), credits.get(0), name(), "the author's sign-off")
                : AuthorCredits.mergeAll(article.meta(), credits, name(), "the authors' sign-off");
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

    /**
     * The last paragraph of the article proper: before a P.S. block or the end,
     * skipping what a republisher adds after the sign-off (its notice, picture
     * credits, appeals, empty paragraphs, comment debris and rules).
     */
    static Element lastArticleParagraph(Element body) {
        List<Element> blocks = body.children();
        int end = WrapperPatterns.postscriptStart(body);
        for (int i = (end < 0 ? blocks.size() : end) - 1; i >= 0; i--) {
            Element b = blocks.get(i);
            if (b.normalName().equals("hr") || WrapperPatterns.isCommentDebris(b) || WrapperPatterns.isAfterword(b)) {
                continue;
            }
            return b.normalName().equals("p") ? b : null;
        }
        return null;
    }

    /** The author a sign-off line credits, or null when the line is not a sign-off. */
    static Author parse(String text, Article article) {
        return parse(text, article.meta());
    }

    /** The author a sign-off line credits, or null when the line is not a sign-off. */
    static Author parse(String text, ArticleMeta meta) {
        String line = WrapperPatterns.withoutBullet(text).replaceAll("^[_*\\s]+|[_*\\s]+$", "");
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
        boolean known = AuthorCredits.find(meta, name) >= 0;
        if (!institution && !known) {
            return null;
        }
        String affiliation = institution ? last : null;
        List<String> roles = parts.subList(1, institution ? parts.size() - 1 : parts.size());
        String role = roles.isEmpty() ? null : String.join(", ", roles);
        return new Author(name, affiliation, role, null);
    }

    /**
     * Every author a sign-off credits: one ("Name, Role, University"), or
     * several joined by semicolons or by "and" ("y", "et", "und") after an
     * institution: "A, Role, Utrecht University and B, Role, Universitat
     * Pompeu Fabra". Empty when any part is not a credit.
     */
    static List<Author> parseAll(String text, ArticleMeta meta) {
        String line = WrapperPatterns.withoutBullet(text).replaceAll("^[_*\\s]+|[_*\\s]+$", "");
        List<String> credits = new ArrayList<>();
        for (String part : line.split("\\s*;\\s*")) {
            credits.addAll(splitAfterInstitutions(part));
        }
        List<Author> authors = new ArrayList<>();
        for (String c : credits.size() >= 2 && credits.size() <= 12 ? credits : List.<String>of()) {
            Author a = parse(c, ArticleMeta.empty());
            if (a == null || a.affiliation() == null) {
                authors.clear();
                break;
            }
            authors.add(a);
        }
        if (!authors.isEmpty()) {
            return authors;
        }
        Author one = parse(line, meta);
        return one == null ? List.of() : List.of(one);
    }

    /** Words of a department's or a subject's name, never of a person's: "Physical Sciences", "Communication Technologies". */
    private static final Pattern SUBJECT_WORD = Pattern.compile(
            "(?iu)\\b(?:sciences?|studies|technolog(?:y|ies)|engineering|communications?|research|development|management"
                    + "|affairs|policy|health|medicine|arts|humanities|economics|law|mathematics|physics|chemistry|biology"
                    + "|education|department|school|faculty|program(?:me)?|international|global|national|public|social"
                    + "|political|computer|information|data|security|systems|design)\\b");

    private static final Pattern JOIN = Pattern.compile("\\s+(?:and|y|et|und|e|&)\\s+(?=\\p{Lu})");

    /** "A, Role, University and B, Role, Institute" as two credits; an "and" inside a role stays. */
    private static List<String> splitAfterInstitutions(String part) {
        List<String> out = new ArrayList<>();
        Matcher m = JOIN.matcher(part);
        int from = 0;
        while (m.find()) {
            String left = part.substring(from, m.start());
            String lastPart = left.substring(left.lastIndexOf(',') + 1);
            String right = part.substring(m.end());
            String nextName = right.contains(",") ? right.substring(0, right.indexOf(',')) : right;
            if (left.contains(",") && INSTITUTION.matcher(lastPart).find() && PersonNames.looksLikeName(nextName)
                    && !SUBJECT_WORD.matcher(nextName).find()) {
                out.add(left.strip());
                from = m.end();
            }
        }
        out.add(part.substring(from).strip());
        return out;
    }
}
