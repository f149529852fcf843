package org.republish.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.ObjLongConsumer;
import org.republish.model.Article;
import org.republish.model.ArticleDeadline;
import org.republish.model.Notice;
import org.republish.model.PublishException;

/**
 * The writing stage: an article ready to publish becomes the files of the
 * requested formats and its manifest, in memory. What the outputs leave out
 * is added to the article's warnings, and so to the manifest: the images no
 * output carries, and whatever a writer could not render. Thread-safe; build
 * once and share.
 */
public final class Writing {

    /**
     * Default for {@code republish.large-elements}: about twenty times a long
     * news article. Laying out a document of thousands of blocks takes tens
     * of megabytes of heap, and two at once could exhaust what the service runs with.
     */
    public static final int DEFAULT_LARGE_ELEMENTS = 2_000;

    /** Embedded images (as data: URI characters) above which an article is also written alone: about 1.5 MB of image. */
    static final long LARGE_IMAGE_CHARS = 2_000_000;

    /**
     * What writing one article produced.
     *
     * @param article the article with the warnings of its outputs added
     * @param files   one file per format, named after the output folder, then {@code manifest.json}
     */
    public record Written(Article article, List<OutputFile> files) {
        public Written {
            files = List.copyOf(files);
        }
    }

    private final Map<String, ArticleWriter> writers;
    private final int largeElements;
    /** Articles are written side by side under the read lock; a large one takes the write lock and is written alone. */
    private final ReentrantReadWriteLock turns = new ReentrantReadWriteLock(true);
    private final ManifestWriter manifest = new ManifestWriter();

    /**
     * @param writers       one per format, in the order outputs are written and listed
     * @param largeElements articles with more HTML elements than this are written alone
     */
    public Writing(List<ArticleWriter> writers, int largeElements) {
        Map<String, ArticleWriter> byFormat = new LinkedHashMap<>();
        for (ArticleWriter w : writers) {
            byFormat.put(w.format(), w);
        }
        this.writers = byFormat;
        this.largeElements = largeElements;
    }

    /** The names of the formats this stage can write, in the order it writes them. */
    public Set<String> formats() {
        return writers.keySet();
    }

    /** Does the slow first-time work of the writers (class loading, fonts) now rather than on the first article. */
    public void warmUp() {
        for (ArticleWriter w : writers.values()) {
            if (w instanceof PdfWriter pdf) {
                pdf.warmUp();
            }
        }
    }

    /**
     * Writes {@code article} in each of {@code formats} (names from {@link #formats()}), then its manifest.
     *
     * @param folder the output folder's name, which the files are named after ("slug.html")
     * @param took   told how long each format took, by its name
     */
    public Written write(Article article, Set<String> formats, String inputName, String inputSha256, String folder,
            ObjLongConsumer<String> took) throws PublishException {
        int images = CarriedImages.leftOut(article.body());
        if (images > 0) {
            article = article.withNotice(Notice.warning("write.images", images + " image(s) left out of the "
                    + "outputs, their alt text shown instead: remote images are never fetched, and local ones are "
                    + "embedded only when found beside the article as PNG, JPEG or GIF."));
        }
        List<OutputFile> files = new ArrayList<>();
        List<Notice> writerWarnings = new ArrayList<>();
        Lock turn = isLarge(article) ? turns.writeLock() : turns.readLock();
        try {
            // waiting for a large article to be written is not this article's time
            ArticleDeadline.notCounting(turn::lockInterruptibly);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ArticleDeadline.check();
            throw new PublishException("Writing the outputs was interrupted (the service is stopping); "
                    + "drop the file in again.", e);
        }
        try {
            for (ArticleWriter writer : writers.values()) {
                if (formats.contains(writer.format())) {
                    ArticleDeadline.stage("writing the " + writer.format().toUpperCase(java.util.Locale.ROOT));
                    ArticleDeadline.check();
                    long start = System.nanoTime();
                    ArticleWriter.Rendering out = writer.render(article);
                    took.accept(writer.format(), System.nanoTime() - start);
                    files.add(new OutputFile(folder + "." + writer.extension(), writer.format(), out.bytes()));
                    writerWarnings.addAll(out.warnings());
                }
            }
        } finally {
            turn.unlock();
        }
        article = article.withNotices(writerWarnings);
        byte[] manifestBytes = manifest.write(article, inputName, inputSha256, folder, files);
        files.add(new OutputFile(ManifestWriter.FILE_NAME, "manifest", manifestBytes));
        return new Written(article, files);
    }

    private boolean isLarge(Article article) {
        long imageChars = article.body().select("img[src^=data:]").stream()
                .mapToLong(img -> img.attr("src").length()).sum();
        return article.body().getAllElements().size() - 1 > largeElements || imageChars > LARGE_IMAGE_CHARS;
    }
}
