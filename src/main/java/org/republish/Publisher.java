package org.republish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.republish.model.Article;
import org.republish.model.Notice;
import org.republish.model.PublishException;
import org.republish.read.ArticleReaders;
import org.republish.read.InputDocument;
import org.republish.write.ArticleWriter;
import org.republish.write.ArticleXhtml;
import org.republish.write.HtmlWriter;
import org.republish.write.Stylesheets;
import org.republish.write.ManifestWriter;
import org.republish.write.OutputFile;
import org.republish.write.OutputStore;
import org.republish.write.PdfWriter;
import org.republish.write.Slugs;

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

    private final ArticleReaders readers;
    private final Map<String, ArticleWriter> writers;
    private final ManifestWriter manifest = new ManifestWriter();

    public Publisher(ArticleReaders readers, List<ArticleWriter> writers) {
        this.readers = readers;
        Map<String, ArticleWriter> byFormat = new LinkedHashMap<>();
        for (ArticleWriter w : writers) {
            byFormat.put(w.format(), w);
        }
        this.writers = Map.copyOf(byFormat);
    }

    /** The standard pipeline: every reader, and a writer for each format the project has. */
    public static Publisher standard(Settings settings) {
        ArticleXhtml layout = new ArticleXhtml();
        Stylesheets css = Stylesheets.bundled();
        PdfWriter pdf = new PdfWriter(layout, css, settings.get(Settings.PAGE_SIZE, "A4"));
        return new Publisher(new ArticleReaders(), List.of(new HtmlWriter(layout, css), pdf));
    }

    /** Does the slow first-time work of every writer (class loading, fonts) now rather than on the first article. */
    public void warmUp() {
        for (ArticleWriter w : writers.values()) {
            if (w instanceof PdfWriter pdf) {
                pdf.warmUp();
            }
        }
    }

    public Set<String> formats() {
        return writers.keySet();
    }

    /** Reads and prepares the article, ready for writing. */
    public Article prepare(InputDocument input) throws PublishException {
        Article article = readers.read(input);
        int images = article.body().select("img:not([src^=data:image/])").size();
        if (images > 0) {
            article = article.withNotice(Notice.warning("write.images", images + " image(s) left out of the "
                    + "outputs, their alt text shown instead: remote images are never fetched and local image "
                    + "files are not embedded yet."));
        }
        return article;
    }

    /** Publishes {@code input} in the given formats into {@code store}. */
    public Result publish(InputDocument input, Set<String> formats, OutputStore store) throws PublishException {
        return publish(input, formats, store, StageTimes.NONE);
    }

    /** Publishes {@code input}, reporting the time each stage took to {@code times}. */
    public Result publish(InputDocument input, Set<String> formats, OutputStore store, StageTimes times)
            throws PublishException {
        for (String f : formats) {
            if (!writers.containsKey(f)) {
                throw new IllegalArgumentException("unknown output format " + f + "; known: " + writers.keySet());
            }
        }
        long readStart = System.nanoTime();
        Article article = prepare(input);
        times.took("read", System.nanoTime() - readStart);
        String slug = Slugs.of(article.meta().title(), input.baseName());
        String inputSha = OutputFile.Hashes.sha256(input.bytes());
        try {
            String folder = store.folderFor(slug, input.fileName(), inputSha);
            List<OutputFile> files = new ArrayList<>();
            List<Notice> writerWarnings = new ArrayList<>();
            for (ArticleWriter writer : writers.values()) {
                if (formats.contains(writer.format())) {
                    long writeStart = System.nanoTime();
                    ArticleWriter.Rendering out = writer.render(article);
                    times.took(writer.format(), System.nanoTime() - writeStart);
                    files.add(new OutputFile(folder + "." + writer.extension(), writer.format(), out.bytes()));
                    writerWarnings.addAll(out.warnings());
                }
            }
            article = article.withNotices(writerWarnings);
            List<OutputFile> all = new ArrayList<>(files);
            all.add(new OutputFile(ManifestWriter.FILE_NAME, "manifest",
                    manifest.write(article, input.fileName(), inputSha, folder, files)));
            long storeStart = System.nanoTime();
            Path dir = store.commit(folder, all);
            times.took("store", System.nanoTime() - storeStart);
            return new Result(article, folder, dir, all);
        } catch (IOException e) {
            throw new PublishException("The outputs of " + input.fileName() + " could not be written into "
                    + store.root() + " (" + e + "). Check that the output folder exists, is writable and has "
                    + "free space, then drop the file again.", e);
        }
    }
}
