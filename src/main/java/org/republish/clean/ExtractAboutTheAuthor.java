package org.republish.clean;

import java.util.ArrayList;
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
 * An "About the author" box ("À propos de l'auteur", "Sobre el autor", "Über
 * die Autorin"...) that a republisher set after or inside the article: its
 * biography ("Aashis Luitel is an Associate Teaching Professor ...") goes to
 * the author, a republication notice in it to the metadata, and the box leaves
 * the body. Only the short paragraphs that read as a biography or a notice are
 * taken; the first one that does not ends the box, and stays.
 */
public final class ExtractAboutTheAuthor extends RemovingTransform {

    private static final Pattern HEADING = Pattern.compile(
            "(?iu)\\s*(?:about\\s+the\\s+(?:authors?|writers?|contributors?)|the\\s+authors?|author\\s+bio(?:graphy)?"
                    + "|[àa]\\s+propos\\s+(?:de\\s+l['’]\\s?auteur(?:e|rice)?|des\\s+auteur(?:e|rice)?s)|l['’]\\s?auteur(?:e|rice)?"
                    + "|sobre\\s+(?:el|la|los|las|o|a|os|as)\\s+autor(?:a|es|as)?|[üu]ber\\s+(?:den|die)\\s+autor(?:in|en|innen)?"
                    + "|zu[mr]\\s+autor(?:in)?|tentang\\s+penulis|sull['’]\\s?autore)\\s*:?\\s*");

    /** "Aashis Luitel is an Associate Teaching Professor ...": the name a biography opens with. */
    private static final Pattern BIO_OPENING = Pattern.compile(
            "^(?<name>\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*|van|von|de|der|da|di|du|le|la|del)){1,4})"
                    + "\\s+(?:is|was|est|es|ist|adalah|é|è)\\s");

    @Override
    public TransformResult applyTracked(Article article) {
        Element body = article.bodyCopy();
        List<Element> blocks = body.children();
        for (int i = 0; i < blocks.size(); i++) {
            Element heading = blocks.get(i);
            if (!isHeading(heading)) {
                continue;
            }
            ArticleMeta meta = article.meta();
            List<Notice> notices = new ArrayList<>();
            BlockRemover remover = new BlockRemover(name());
            for (int j = i + 1; j < blocks.size() && j <= i + 4; j++) {
                Element p = blocks.get(j);
                if (!p.normalName().equals("p") || Words.of(p).size() > 120) {
                    break;
                }
                Optional<RepublicationNotices.Notice> notice = RepublicationNotices.read(p);
                String bio = notice.map(RepublicationNotices.Notice::before).orElse(p.text()).strip();
                Matcher opening = BIO_OPENING.matcher(bio);
                boolean credited = opening.find() && (meta.authors().isEmpty()
                        || AuthorCredits.find(meta, opening.group("name")) >= 0);
                if (!credited && !(notice.isPresent() && bio.isEmpty())) {
                    break;
                }
                if (notice.isPresent()) {
                    meta = ExtractRepublicationNotice.apply(meta, notice.get(), notices);
                }
                if (credited) {
                    Optional<AuthorCredits.Merge> merged = AuthorCredits.merge(meta,
                            new Author(opening.group("name"), null, null, bio), name(), "the \"about the author\" box");
                    if (merged.isPresent()) {
                        meta = merged.get().meta();
                        merged.get().warning().ifPresent(notices::add);
                    }
                }
                remover.mark(p, notice.isPresent() ? "author biography and republication notice" : "author biography");
            }
            if (remover.isEmpty()) {
                continue;
            }
            remover.mark(heading, "\"about the author\" heading");
            List<Removal> removals = remover.removeFrom(body);
            Article out = article.withBody(body).withMeta(meta)
                    .withNotice(Notice.change(name(), "moved the \"about the author\" box into the author credit",
                            removals.size(), ProseText.example(heading.text())))
                    .withNotices(notices);
            return new TransformResult(out, removals);
        }
        return new TransformResult(article, List.of());
    }

    private static boolean isHeading(Element e) {
        boolean heading = e.normalName().matches("h[2-6]")
                || e.normalName().equals("p") && ExtractLeadStandfirst.whollyBold(e);
        return heading && HEADING.matcher(e.text()).matches();
    }
}
