package org.republish.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.republish.clean.Cleaning;
import org.republish.clean.CleaningResult;
import org.republish.license.Licensing;
import org.republish.model.Article;
import org.republish.model.ArticleDeadline;
import org.republish.model.PublishException;
import org.republish.read.InputDocument;
import org.republish.read.Reading;
import org.republish.write.OutputFile;
import org.republish.write.OutputStore;
import org.republish.write.Slugs;
import org.republish.write.Writing;

/**
 * From one input file to its outputs: the steps that make the article ready
 * (read; take off the republisher's wrapper; decide the licence from what
 * the article, its wrapper and its page state; clean; attribute), then the writing of every
 * requested format and the manifest, then the store, which commits them
 * whole. Used by the service's route and by the {@code convert} command
 * alike. Built once and shared; thread-safe.
 */
public final class Pipeline {

    /** What publishing one input produced. */
    public record Result(Article article, String folder, Path directory, List<OutputFile> files) {
    }

    /**
     * Told how long each stage of publishing one input took: "read" (every
     * step up to the article ready to write), each writer's format ("html",
     * "pdf"...) and "store". Called on the publishing thread; must be quick
     * and must not throw.
     */
    @FunctionalInterface
    public interface StageTimes {
        StageTimes NONE = (stage, nanos) -> { };

        void took(String stage, long nanos);
    }

    /** Asked just before the outputs are committed; throws when they must not be (the input changed meanwhile). */
    @FunctionalInterface
    public interface CommitCheck {
        CommitCheck NONE = () -> { };

        void beforeCommit() throws PublishException;
    }

    /** Default of {@code republish.article-seconds}: ten times and more what a long real article takes. */
    public static final Duration DEFAULT_ARTICLE_BUDGET = Duration.ofSeconds(60);

    /** In order; each is one call into one stage. */
    private final List<Step> steps;
    private final Writing writing;
    private final Reading reading;
    private final Cleaning cleaning;
    private final Licensing licensing;
    private final Duration articleBudget;

    /** @param cleaning the cleaning stage, or null to skip it */
    public Pipeline(Reading reading, Licensing licensing, Cleaning cleaning, Writing writing) {
        this(reading, licensing, cleaning, writing, DEFAULT_ARTICLE_BUDGET);
    }

    /**
     * @param cleaning      the cleaning stage, or null to skip it
     * @param articleBudget the time one article may take to publish; zero for no limit
     */
    public Pipeline(Reading reading, Licensing licensing, Cleaning cleaning, Writing writing, Duration articleBudget) {
        List<Step> steps = new ArrayList<>();
        steps.add(draft -> {
            ArticleDeadline.stage("reading it");
            return draft.with(reading.read(draft.input()));
        });
        if (cleaning != null) {
            steps.add(draft -> {
                ArticleDeadline.stage("taking off the republisher's wrapper");
                return draft.with(checked(cleaning.unwrap(draft.article())));
            });
        }
        steps.add(draft -> {
            ArticleDeadline.stage("deciding its licence");
            return draft.with(licensing.decide(draft.article(), draft.input().fileName()));
        });
        if (cleaning != null) {
            steps.add(draft -> {
                ArticleDeadline.stage("cleaning it");
                return draft.with(checked(cleaning.tidy(draft.article())));
            });
        }
        steps.add(draft -> {
            ArticleDeadline.stage("writing its attribution");
            return draft.with(licensing.attribute(draft.article(), draft.profile()));
        });
        this.steps = List.copyOf(steps);
        this.writing = writing;
        this.reading = reading;
        this.cleaning = cleaning;
        this.licensing = licensing;
        this.articleBudget = articleBudget;
    }

    /** An article as the licence stage sees it, and what that stage makes of it: for an editor resolving a hold. */
    public record Review(Article article, Licensing.Review licence) {
    }

    /**
     * Reads the article and takes the republisher's wrapper off (with the fidelity check), then weighs its
     * licence statements without deciding: what an editor needs to see to resolve a hold.
     */
    public Review review(InputDocument input) throws PublishException {
        Article article = reading.read(input);
        if (cleaning != null) {
            article = checked(cleaning.unwrap(article));
        }
        return new Review(article, licensing.review(article));
    }

    /**
     * The word-fidelity check of cleaning {@code input}, run again as publishing runs it (wrapper rules,
     * licence, tidying rules), for an editor reviewing what cleaning did: the words of the body as read,
     * those in the outputs, and those in blocks the rules removed or moved into the metadata. Empty when
     * this pipeline does not clean. Throws as publishing would (a hold, a refusal).
     */
    public java.util.Optional<org.republish.clean.FidelityResult> fidelity(InputDocument input)
            throws PublishException {
        if (cleaning == null) {
            return java.util.Optional.empty();
        }
        CleaningResult unwrapped = cleaning.unwrap(reading.read(input));
        Article wrapperOff = checked(unwrapped);
        CleaningResult tidied = cleaning.tidy(licensing.decide(wrapperOff, input.fileName()).article());
        var a = unwrapped.fidelity();
        var b = tidied.fidelity();
        return java.util.Optional.of(new org.republish.clean.FidelityResult(a.passed() && b.passed(), a.wordsBefore(),
                b.wordsAfter(), a.wordsRemoved() + b.wordsRemoved(), a.passed() ? b.firstDifference()
                        : a.firstDifference(), (a.message() + "\n" + b.message()).strip()));
    }

    /** The source profiles the licence stage knows. */
    public java.util.List<org.republish.license.SourceProfile> profiles() {
        return licensing.profiles();
    }

    /** The time one article may take to publish (zero: no limit). */
    public Duration articleBudget() {
        return articleBudget;
    }

    /** Cleaning that would change the author's words publishes nothing: the fidelity check's report says why. */
    private static Article checked(CleaningResult cleaned) throws PublishException {
        if (!cleaned.fidelity().passed()) {
            throw new PublishException("Cleaning would have changed the author's words, so the article was not "
                    + "published (its licence, like most republishing licences, requires the words unchanged).\n"
                    + cleaned.report() + "\nSwitch off the rule named above (clean.RULE=false) or fix the input.");
        }
        return cleaned.article();
    }

    /** The formats this pipeline can write. */
    public Set<String> formats() {
        return writing.formats();
    }

    /**
     * Reads the article and makes it ready for writing: sidecar metadata,
     * the wrapper read into metadata, licence and source, cleaning (both with
     * the fidelity check), attribution.
     * Throws when the article cannot be published (an ERROR) or may not be
     * yet (a HOLD).
     */
    public Article prepare(InputDocument input) throws PublishException {
        Draft draft = Draft.of(input);
        for (Step step : steps) {
            ArticleDeadline.check();
            draft = step.apply(draft);
        }
        return draft.article();
    }

    /**
     * The article as read and cleaned (wrapper taken off, tidied), with no
     * licence decided and no attribution: the text that extraction is measured on.
     */
    public Article extract(InputDocument input) throws PublishException {
        Article article = reading.read(input);
        if (cleaning != null) {
            article = checked(cleaning.tidy(checked(cleaning.unwrap(article))));
        }
        return article;
    }

    /**
     * Does the slow first-time work now rather than on the first article:
     * the writers' own warm-up, then {@code sample} through every step and
     * every writer a few times (class loading, the interpreter), storing nothing.
     */
    public void warmUp(InputDocument sample) throws PublishException {
        writing.warmUp();
        for (int i = 0; i < 3; i++) {
            writing.write(prepare(sample), formats(), sample.fileName(), "", "warm-up", (format, nanos) -> { });
        }
    }

    /** Publishes {@code input} in the given formats into {@code store}. */
    public Result publish(InputDocument input, Set<String> formats, OutputStore store) throws PublishException {
        return publish(input, formats, store, StageTimes.NONE, CommitCheck.NONE);
    }

    /**
     * Publishes {@code input}, reporting the time each stage took to {@code
     * times}; {@code check} may still stop the outputs from being committed.
     */
    public Result publish(InputDocument input, Set<String> formats, OutputStore store, StageTimes times,
            CommitCheck check) throws PublishException {
        for (String f : formats) {
            if (!formats().contains(f)) {
                throw new IllegalArgumentException("unknown output format " + f + "; known: " + formats());
            }
        }
        try (ArticleDeadline deadline = ArticleDeadline.start(articleBudget)) {
            return publishInTime(input, formats, store, times, check);
        } catch (ArticleDeadline.Exceeded stopped) {
            throw new PublishException(stoppedReason(input.fileName(), stopped), stopped);
        }
    }

    /** What an editor is told when an article was stopped: what happened, and what to do about it. */
    private static String stoppedReason(String fileName, ArticleDeadline.Exceeded stopped) {
        if (stopped.interrupted()) {
            return "Publishing " + fileName + " was interrupted while " + stopped.stage() + ", probably because "
                    + "the service was stopping. Nothing was published from it; drop it in again.";
        }
        return "Publishing " + fileName + " was stopped after " + seconds(stopped.budget()) + ", the "
                + "most one article may take (republish.article-seconds), while " + stopped.stage() + ". Nothing "
                + "was published from it. A real article takes a few seconds at most; one that takes this long is "
                + "usually a damaged or machine-made page (thousands of blocks nested inside each other, say). "
                + "Check that it is the right file, save the article again from its page (or only its text), or "
                + "split it into several articles; whoever runs the service can raise the limit.";
    }

    private static String seconds(Duration d) {
        long millis = d.toMillis();
        if (millis == 1000) {
            return "1 second";
        }
        return (millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0)) + " seconds";
    }

    private Result publishInTime(InputDocument input, Set<String> formats, OutputStore store, StageTimes times,
            CommitCheck check) throws PublishException {
        long readStart = System.nanoTime();
        Article article = prepare(input);
        times.took("read", System.nanoTime() - readStart);
        String slug = Slugs.of(article.meta().title(), input.baseName());
        String inputSha = OutputFile.Hashes.sha256(input.bytes());
        String folder = null;
        try {
            folder = store.folderFor(slug, input.fileName(), inputSha);
            Writing.Written written = writing.write(article, formats, input.fileName(), inputSha, folder, times::took);
            // the last moment to stop: once committed, the outputs stand
            ArticleDeadline.stage("storing its outputs");
            ArticleDeadline.check();
            check.beforeCommit();
            long storeStart = System.nanoTime();
            Path dir = store.commit(folder, written.files());
            times.took("store", System.nanoTime() - storeStart);
            return new Result(written.article(), folder, dir, written.files());
        } catch (IOException e) {
            throw new PublishException("The outputs of " + input.fileName() + " could not be written into "
                    + store.root() + " (" + e + "). Check that the output folder exists, is writable and has "
                    + "free space, then drop the file again.", e);
        } finally {
            if (folder != null) {
                store.release(folder);
            }
        }
    }
}
