package org.republish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.republish.clean.Cleaning;
import org.republish.clean.CleaningResult;
import org.republish.config.Settings;
import org.republish.license.Licensing;
import org.republish.license.PublishingPolicy;
import org.republish.license.SourceProfile;
import org.republish.license.SourceProfiles;
import org.republish.model.Article;
import org.republish.model.PublishException;
import org.republish.read.InputDocument;
import org.republish.read.Reading;
import org.republish.write.ArticleXhtml;
import org.republish.write.HtmlWriter;
import org.republish.write.Stylesheets;
import org.republish.write.OutputFile;
import org.republish.write.OutputStore;
import org.republish.write.PdfWriter;
import org.republish.write.EpubWriter;
import org.republish.write.TextWriter;
import org.republish.write.Slugs;
import org.republish.write.Writing;

/**
 * The pipeline from one input file to its outputs: read, prepare, write every
 * requested format, then store them whole. Used by the service's route and by
 * the {@code convert} command alike. Built once and shared; thread-safe.
 */
public final class Publisher {

    /** What publishing one input produced. */
    public record Result(Article article, String folder, Path directory, List<OutputFile> files) {
    }

    /**
     * Told how long each stage of publishing one input took: "read" (reading
     * and preparing), each writer's format ("html", "pdf"...) and "store".
     * Called on the publishing thread; must be quick and must not throw.
     */
    @FunctionalInterface
    public interface StageTimes {
        StageTimes NONE = (stage, nanos) -> { };

        void took(String stage, long nanos);
    }

    private final Reading reading;
    private final Licensing licensing;
    private final Cleaning cleaning;
    private final Writing writing;

    /** @param cleaning the cleaning stage, or null to skip it */
    public Publisher(Reading reading, Licensing licensing, Cleaning cleaning, Writing writing) {
        this.reading = reading;
        this.licensing = licensing;
        this.cleaning = cleaning;
        this.writing = writing;
    }

    /** The standard pipeline: every reader, and a writer for each format the project has. */
    public static Publisher standard(Settings settings) {
        ArticleXhtml layout = new ArticleXhtml();
        Path templates = settings.path(Settings.TEMPLATES);
        Stylesheets css = Stylesheets.from(templates);
        String pageTemplate = readIfPresent(templates.resolve("page.html"));
        PdfWriter pdf = new PdfWriter(layout, css, settings.get(Settings.PAGE_SIZE, "A4"));
        SourceProfiles profiles = SourceProfiles.load(settings.path(Settings.PROFILES));
        Cleaning cleaning = settings.flag(Settings.CLEAN, true) ? Cleaning.configured(settings.withPrefix("clean.")) : null;
        String defaultId = settings.get(Settings.PROFILE, "");
        SourceProfile defaultProfile = defaultId.isEmpty() ? null : profiles.byId(defaultId).orElseThrow(() ->
                new IllegalArgumentException("republish.profile names '" + defaultId + "', but the profiles are "
                        + profiles.all().stream().map(SourceProfile::id).toList()));
        return new Publisher(new Reading((int) settings.number(Settings.MAX_ELEMENTS, Reading.DEFAULT_MAX_ELEMENTS)),
                new Licensing(profiles, defaultProfile, new PublishingPolicy(settings.flag(Settings.COMMERCIAL, false))),
                cleaning,
                new Writing(List.of(new HtmlWriter(layout, css, pageTemplate), pdf, new EpubWriter(layout, css),
                        new TextWriter()), (int) settings.number(Settings.LARGE_ELEMENTS, Writing.DEFAULT_LARGE_ELEMENTS)));
    }

    private static String readIfPresent(Path file) {
        try {
            return java.nio.file.Files.isRegularFile(file) ? java.nio.file.Files.readString(file) : null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the template " + file, e);
        }
    }

    /** Does the slow first-time work of every writer (class loading, fonts) now rather than on the first article. */
    public void warmUp() {
        writing.warmUp();
        // the rest of the pipeline too (reading, licence, cleaning, every writer), a few times, so that the
        // first article after start-up does not pay for class loading and for running in the interpreter
        InputDocument sample = new InputDocument("warm-up.md", WARM_UP.getBytes(StandardCharsets.UTF_8), null);
        try {
            for (int i = 0; i < 3; i++) {
                writing.write(prepare(sample), formats(), sample.fileName(), "", "warm-up", (format, nanos) -> { });
            }
        } catch (PublishException e) {
            throw new IllegalStateException("the pipeline cannot publish a trivial article", e);
        }
    }

    private static final String WARM_UP = """
            ---
            title: Warm-up
            author: Republish
            license: CC-BY-4.0
            lang: en
            ---

            A lead paragraph with *emphasis*, **strong** text, a [link](https://example.org/) and `code`.

            ## A section

            - one item
            - another item

            > A quotation, "quoted" -- with a dash.

            | a | b |
            |---|---|
            | 1 | 2 |
            """;

    public Set<String> formats() {
        return writing.formats();
    }

    /**
     * Reads the article and makes it ready for writing: sidecar metadata,
     * licence and source, cleaning with its fidelity check, publishing
     * policy, attribution. Throws when the article cannot be published (an
     * ERROR) or may not be yet (a HOLD).
     */
    public Article prepare(InputDocument input) throws PublishException {
        Article article = reading.read(input);
        Licensing.Decided licence = licensing.decide(article, input.fileName());
        article = licence.article();

        if (cleaning != null) {
            CleaningResult cleaned = cleaning.clean(article);
            if (!cleaned.fidelity().passed()) {
                throw new PublishException("Cleaning would have changed the author's words, so the article was not "
                        + "published (its licence, like most republishing licences, requires the words unchanged).\n"
                        + cleaned.report() + "\nSwitch off the rule named above (clean.RULE=false) or fix the input.");
            }
            article = cleaned.article();
        }

        return licensing.attribute(article, licence.profile());
    }

    /** Asked just before the outputs are committed; throws when they must not be (the input changed meanwhile). */
    public interface CommitCheck {
        CommitCheck NONE = () -> { };

        void beforeCommit() throws PublishException;
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
            if (!writing.formats().contains(f)) {
                throw new IllegalArgumentException("unknown output format " + f + "; known: " + writing.formats());
            }
        }
        long readStart = System.nanoTime();
        Article article = prepare(input);
        times.took("read", System.nanoTime() - readStart);
        String slug = Slugs.of(article.meta().title(), input.baseName());
        String inputSha = OutputFile.Hashes.sha256(input.bytes());
        String folder = null;
        try {
            folder = store.folderFor(slug, input.fileName(), inputSha);
            Writing.Written written = writing.write(article, formats, input.fileName(), inputSha, folder, times::took);
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
