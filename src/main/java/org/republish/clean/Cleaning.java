package org.republish.clean;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.republish.model.Article;
import org.republish.model.ArticleDeadline;
import org.republish.model.Notice;

/**
 * Applies an ordered list of transforms, each of which can be switched off by
 * name, and checks after every step that the author's words are intact
 * ({@link FidelityCheck}): a step that changes words other than by removing
 * the blocks it reports is undone, and the result says which step and where.
 * Transforms that may change words ({@link ArticleTransform#changesWords()})
 * are refused for a licence without derivatives. Thread-safe.
 */
public final class Cleaning {

    /**
     * The metadata key (front matter or the editor's sidecar) that switches rules off for one article:
     * {@code cleaning-off: [DropInsertedBoxes, UnwrapDeadLinks]}. The editor's desk writes it when an
     * editor republishes an article with a rule off; the settings' {@code clean.NAME=false} is for all.
     */
    public static final String OFF_KEY = "cleaning_off";
    /** The rule name of the notice that says a rule was switched off for the article. */
    public static final String OFF_NOTICE = "cleaning-off";

    /** Transforms that only run when enabled explicitly ("clean.Typography=true"). */
    public static final Set<String> OPTIONAL = Set.of("Typography");

    private final List<ArticleTransform> transforms;
    private final Set<String> disabled;
    private final boolean assumeNoDerivatives;

    public Cleaning(List<ArticleTransform> transforms, Set<String> disabled, boolean assumeNoDerivatives) {
        this.transforms = List.copyOf(transforms);
        this.disabled = Set.copyOf(disabled);
        this.assumeNoDerivatives = assumeNoDerivatives;
    }

    /** The standard transforms, in order, with the optional ones off. */
    public static Cleaning standard() {
        return configured(Map.of());
    }

    /**
     * The standard transforms configured by properties: "clean.NAME=false"
     * switches a transform off, "clean.NAME=true" switches an optional one on,
     * "clean.noDerivatives=true" treats every article as ND.
     */
    public static Cleaning configured(Map<String, String> properties) {
        Set<String> off = new LinkedHashSet<>(OPTIONAL);
        for (ArticleTransform t : standardTransforms()) {
            String v = properties.get("clean." + t.name());
            if (v != null && v.strip().equalsIgnoreCase("false")) {
                off.add(t.name());
            } else if (v != null && v.strip().equalsIgnoreCase("true")) {
                off.remove(t.name());
            }
        }
        boolean nd = "true".equalsIgnoreCase(properties.getOrDefault("clean.noDerivatives", "false").strip());
        return new Cleaning(standardTransforms(), off, nd);
    }

    /**
     * The order matters: text is normalised before patterns are matched; the
     * wrapper is taken off before headings are judged (a "P.S." heading would
     * otherwise count as a section), and before the licence is decided (the
     * notice it reads says which source and licence the article carries); the
     * notice leaves before the sign-off is looked for (the sign-off then ends
     * the article); the heading outline is settled while the contents list can
     * still testify to it; dead links go last among the structural rules
     * because the contents rule reads them.
     */
    public static List<ArticleTransform> standardTransforms() {
        List<ArticleTransform> all = new ArrayList<>(wrapperTransforms());
        all.addAll(tidyingTransforms());
        return all;
    }

    /** The rules that read the republisher's wrapper: they run before the licence is decided. */
    public static List<ArticleTransform> wrapperTransforms() {
        return List.of(
                new NormalizeWhitespaceAndUnicode(),
                new ResolveEscapeArtefacts(),
                new DropTrackingPixels(),
                new ExtractExportMetadata(),
                new ExtractRepublisherByline(),
                new ExtractLeadStandfirst(),
                new ExtractRepublicationNotice(),
                new ExtractAboutTheAuthor(),
                new ExtractAuthorSignOff(),
                new ExtractPostscript(),
                new DropCommentDebris(),
                new DropTrailingAppeals(),
                new DropInsertedBoxes(),
                new SettleRepublishedTitle());
    }

    /** The rules that tidy the article itself: they run once its licence says whether words may change. */
    public static List<ArticleTransform> tidyingTransforms() {
        return List.of(
                new FlattenHeadingEmphasis(),
                new NormalizeHeadingLevels(),
                new DropContentsList(),
                new UnwrapDeadLinks(),
                new MarkLanguages(),
                new Typography());
    }

    public List<String> enabledNames() {
        return transforms.stream().map(ArticleTransform::name).filter(n -> !disabled.contains(n)).toList();
    }

    /** Every enabled rule, wrapper and tidying alike, with one fidelity check over all of them. */
    public CleaningResult clean(Article article) {
        return run(article, transforms);
    }

    /** The wrapper rules only: the republisher's byline, notice, sign-off, P.S. block and appeals. */
    public CleaningResult unwrap(Article article) {
        return run(article, transforms.stream().filter(t -> WRAPPER.contains(t.name())).toList());
    }

    /** The tidying rules only: headings, contents list, dead links, languages, typography. */
    public CleaningResult tidy(Article article) {
        return run(article, transforms.stream().filter(t -> !WRAPPER.contains(t.name())).toList());
    }

    private static final Set<String> WRAPPER = Set.copyOf(
            wrapperTransforms().stream().map(ArticleTransform::name).toList());

    private CleaningResult run(Article article, List<ArticleTransform> transforms) {
        boolean noDerivatives = assumeNoDerivatives
                || (article.meta().license() != null && article.meta().license().noDerivatives());
        List<String> originalWords = Words.of(article.body());
        // for each word now in the body, its position in the original body
        int[] origin = new int[originalWords.size()];
        for (int i = 0; i < origin.length; i++) {
            origin[i] = i;
        }
        BitSet removedOriginal = new BitSet(originalWords.size());
        List<Removal> removals = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Set<String> offHere = offFor(article);
        Article current = article;
        List<String> currentWords = originalWords;
        for (ArticleTransform t : transforms) {
            if (disabled.contains(t.name())) {
                continue;
            }
            if (offHere.contains(t.name().toLowerCase(Locale.ROOT))) {
                // count 0: nothing was changed; the example names the rule, for the editor's desk to list
                current = current.withNotice(new Notice(Notice.Level.INFO, OFF_NOTICE, t.name() + " not applied: "
                        + "switched off for this article (" + OFF_KEY.replace('_', '-') + " in its metadata).", 0,
                        t.name()));
                continue;
            }
            if (t.changesWords() && noDerivatives) {
                current = current.withNotice(Notice.warning(t.name(), "Not applied: this rule may change the author's "
                        + "words, and the licence allows no derivatives."));
                continue;
            }
            ArticleDeadline.check();
            TransformResult step = t.applyTracked(current);
            ArticleDeadline.check();
            List<String> stepWords = Words.of(step.article().body());
            FidelityResult f = FidelityCheck.compare(currentWords, stepWords, step.removals());
            if (!f.passed() && !(currentWords.isEmpty() && stepWords.isEmpty())) {
                failures.add(t.name() + ": " + f.message());
                current = current.withNotice(Notice.warning(t.name(), "Undone: this rule changed the article's words. "
                        + f.message()));
                continue;
            }
            int[] next = new int[stepWords.size()];
            BitSet gone = new BitSet(currentWords.size());
            for (Removal r : step.removals()) {
                gone.set(r.wordIndex(), r.wordIndex() + r.wordCount());
                removals.add(new Removal(r.rule(), r.reason(), r.text(),
                        r.wordCount() == 0 ? -1 : origin[r.wordIndex()], r.wordCount()));
            }
            for (int i = 0, j = 0; i < currentWords.size(); i++) {
                if (gone.get(i)) {
                    removedOriginal.set(origin[i]);
                } else {
                    next[j++] = origin[i];
                }
            }
            origin = next;
            current = step.article();
            currentWords = stepWords;
        }
        FidelityResult overall = FidelityCheck.compare(originalWords, currentWords, removedOriginal);
        if (!failures.isEmpty()) {
            overall = new FidelityResult(false, overall.wordsBefore(), overall.wordsAfter(), overall.wordsRemoved(),
                    overall.firstDifference(), String.join("\n", failures));
        }
        return new CleaningResult(current, overall, removals);
    }

    /** The rules the article's own metadata switches off ({@link #OFF_KEY}), lower case. */
    static Set<String> offFor(Article article) {
        String value = article.meta().extra().get(OFF_KEY);
        Set<String> off = new LinkedHashSet<>();
        if (value != null) {
            for (String name : value.split("[,\\s]+")) {
                if (!name.isBlank()) {
                    off.add(name.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return off;
    }

    /** Whether a rule name is known, for checking configuration. */
    public static boolean isKnown(String name) {
        return standardTransforms().stream().anyMatch(t -> t.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
    }
}
