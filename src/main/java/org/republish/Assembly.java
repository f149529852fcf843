package org.republish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.republish.clean.Cleaning;
import org.republish.config.Settings;
import org.republish.license.Licensing;
import org.republish.license.PublishingPolicy;
import org.republish.license.SourceProfile;
import org.republish.license.SourceProfiles;
import org.republish.model.PublishException;
import org.republish.pipeline.Pipeline;
import org.republish.read.InputDocument;
import org.republish.read.Reading;
import org.republish.write.ArticleXhtml;
import org.republish.write.EpubWriter;
import org.republish.write.HtmlWriter;
import org.republish.write.PdfWriter;
import org.republish.write.Stylesheets;
import org.republish.write.TextWriter;
import org.republish.write.Writing;

/**
 * Builds the publishing pipeline from the settings (every reader, the source
 * profiles and the publishing policy, the cleaning rules, a writer for each
 * format with the house stylesheets and page template), and warms it up
 * before the service takes work.
 */
public final class Assembly {

    private Assembly() {
    }

    /** The standard pipeline: every reader, and a writer for each format the project has. */
    public static Pipeline pipeline(Settings settings) {
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
        return new Pipeline(new Reading((int) settings.number(Settings.MAX_ELEMENTS, Reading.DEFAULT_MAX_ELEMENTS),
                        settings.flag(Settings.TYPOGRAPHY, true)),
                new Licensing(profiles, defaultProfile, new PublishingPolicy(settings.flag(Settings.COMMERCIAL, false))),
                cleaning,
                new Writing(List.of(new HtmlWriter(layout, css, pageTemplate), pdf, new EpubWriter(layout, css, null,
                        settings.get(Settings.PUBLISHER, null)),
                        new TextWriter()), (int) settings.number(Settings.LARGE_ELEMENTS, Writing.DEFAULT_LARGE_ELEMENTS)),
                Duration.ofSeconds(settings.number(Settings.ARTICLE_SECONDS,
                        Pipeline.DEFAULT_ARTICLE_BUDGET.toSeconds())));
    }

    private static String readIfPresent(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template " + file, e);
        }
    }

    /**
     * Runs a small article through the whole pipeline (reading, licence,
     * cleaning, every writer) a few times, so that the first article after
     * start-up does not pay for class loading, font parsing and running in
     * the interpreter.
     */
    public static void warmUp(Pipeline pipeline) {
        try {
            pipeline.warmUp(new InputDocument("warm-up.md", WARM_UP.getBytes(StandardCharsets.UTF_8), null));
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
}
