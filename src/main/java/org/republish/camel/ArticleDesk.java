package org.republish.camel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import org.apache.camel.Exchange;
import org.republish.config.InputLimit;
import org.republish.inbox.Archive;
import org.republish.inbox.Outcomes;
import org.republish.inbox.ReasonFiles;
import org.republish.model.PublishException;
import org.republish.pipeline.Pipeline;
import org.republish.read.InputDocument;
import org.republish.write.OutputStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one bean the routes call. It hands each picked-up file to the
 * {@link Pipeline} and decides where the input goes afterwards: the route's
 * file consumer moves it to the folder named in the {@value #ARCHIVE_HEADER}
 * header ({@code .done/}, {@code .hold/} or {@code .error/}, under a name not
 * yet taken there), and a refused input gets its reason written beside it.
 */
public final class ArticleDesk {

    /** Header holding the input's destination, relative to the input folder. */
    public static final String ARCHIVE_HEADER = "republishArchive";

    private static final Logger LOG = LoggerFactory.getLogger("republish.articles");
    private static final String STARTED = "republishStarted";

    private final Pipeline pipeline;
    private final OutputStore store;
    private final Set<String> formats;
    private final Path inputDir;
    private final InputLimit limit;
    private final Outcomes outcomes;
    private final Progress progress;

    public ArticleDesk(Pipeline pipeline, OutputStore store, Set<String> formats, Path inputDir, long maxInputBytes) {
        this(pipeline, store, formats, inputDir, InputLimit.configured(maxInputBytes), Outcomes.NONE,
                new Progress(inputDir, 0));
    }

    public ArticleDesk(Pipeline pipeline, OutputStore store, Set<String> formats, Path inputDir, long maxInputBytes,
            Outcomes outcomes, Progress progress) {
        this(pipeline, store, formats, inputDir, InputLimit.configured(maxInputBytes), outcomes, progress);
    }

    /**
     * @param outcomes told of every outcome and stage time (metrics)
     * @param progress counts articles and logs a progress line while there is work
     */
    public ArticleDesk(Pipeline pipeline, OutputStore store, Set<String> formats, Path inputDir, InputLimit limit,
            Outcomes outcomes, Progress progress) {
        this.outcomes = outcomes;
        this.progress = progress;
        this.pipeline = pipeline;
        this.store = store;
        this.formats = Set.copyOf(formats);
        this.inputDir = inputDir;
        this.limit = limit;
    }

    /** Route step: publish the file in the exchange; on success it will go to .done/. */
    public void publish(Exchange exchange) throws PublishException, IOException {
        long started = System.nanoTime();
        exchange.setProperty(STARTED, started);
        progress.started();
        boolean published = false;
        try {
            publishStarted(exchange, started);
            published = true;
        } finally {
            progress.finished(published);
        }
    }

    private void publishStarted(Exchange exchange, long started) throws PublishException, IOException {
        String name = fileName(exchange);
        Path file = inputDir.resolve(name);
        exchange.getIn().setHeader(ARCHIVE_HEADER, Archive.DONE.folder() + "/" + name);
        if (Files.isSymbolicLink(file)) {
            throw new PublishException("The file " + name + " is a symbolic link. republish reads only files dropped "
                    + "into the input folder itself, never what a link points to (a link could expose any file the "
                    + "service can read). Copy the article itself into the input folder.");
        }
        long size = Files.size(file);
        if (size > limit.bytes()) {
            throw new PublishException("The file " + name + " is " + size + " bytes, more than the limit of "
                    + limit.bytes() + " bytes (" + limit.why() + "). An article is rarely over 1 MB: "
                    + "check that this is the right file, or raise the limit.");
        }
        BasicFileAttributes read = Files.readAttributes(file, BasicFileAttributes.class);
        InputDocument input = new InputDocument(name, Files.readAllBytes(file), inputDir);
        Pipeline.Result result;
        try {
            result = pipeline.publish(input, formats, store, quiet(outcomes),
                    () -> unchangedSince(file, read, input.bytes().length));
        } catch (PublishException | RuntimeException e) {
            // A refusal judges what was read: if the file changed meanwhile (a copy still going on), that
            // was part of it, and the judgement (held for no licence, say) is wrong. Say it changed instead.
            unchangedSince(file, read, input.bytes().length);
            throw e;
        }
        String archived = Archive.freeName(inputDir.resolve(Archive.DONE.folder()), name);
        exchange.getIn().setHeader(ARCHIVE_HEADER, Archive.DONE.folder() + "/" + archived);
        try {
            ReasonFiles.supersede(inputDir, name, result.folder());
        } catch (IOException e) {
            LOG.warn("the earlier reason for {} could not be marked as published: {}", name, e.toString());
        }
        LOG.info("published file=\"{}\" slug={} result=done ms={} warnings={}", name, result.folder(),
                millisSince(started), result.article().warnings().size());
        tell(() -> outcomes.published(name, result.article(), System.nanoTime() - started));
    }

    /**
     * A file written in place is taken once it has gone unmodified for the
     * settle time; a copy that paused longer and then went on would have been
     * read half-written. Such a file is refused rather than published cut
     * short: it goes to .error/ (where the copy completes) with the reason.
     */
    private static void unchangedSince(Path file, BasicFileAttributes read, long bytesRead) throws PublishException {
        String name = file.getFileName().toString();
        BasicFileAttributes now;
        try {
            now = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new PublishException("The file " + name + " disappeared while it was being published (" + e
                    + "). Nothing was published from it; drop it in again.", e);
        }
        Object readKey = read.fileKey();
        if (readKey != null && !readKey.equals(now.fileKey())) {
            throw new PublishException("A new version of " + name + " was put in its place while the previous one "
                    + "was being published. Nothing was published from either, and the new version is kept here: "
                    + "drop it in again.");
        }
        if (now.size() != bytesRead || !now.lastModifiedTime().equals(read.lastModifiedTime())) {
            throw new PublishException("The file " + name + " changed while it was being published: it was "
                    + "probably still being copied in. Nothing was published from it. Drop it in again once the "
                    + "copy is complete; copying it under a name ending in .tmp and renaming it when done makes "
                    + "sure it is taken whole.");
        }
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> kind) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Error handler: sends the input to .error/ (or .hold/ when the article
     * waits for something an editor can supply) with the reason beside it.
     * Expected refusals are logged in one line; anything else is a bug and is
     * logged with its stack trace.
     */
    public void refuse(Exchange exchange) throws IOException {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String name = fileName(exchange);
        boolean hold = cause instanceof PublishException pe && pe.disposition() == PublishException.Disposition.HOLD;
        Archive where = hold ? Archive.HOLD : Archive.ERROR;
        String reason;
        if (cause instanceof PublishException) {
            reason = cause.getMessage();
        } else if (causedBy(cause, OutOfMemoryError.class)) {
            reason = "republish ran out of memory publishing this file (the service may use at most "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB of heap). The article is probably "
                    + "very long: split it into several articles and drop them in, or have whoever runs the service "
                    + "give it more memory (java -Xmx...) or lower republish.large-elements so that long articles "
                    + "are laid out one at a time.";
        } else {
            reason = "republish failed while processing this file (" + cause + "). This is a fault in republish, "
                    + "not in the article: keep the file and report it to whoever runs the service.";
        }
        Path dir = inputDir.resolve(where.folder());
        Files.createDirectories(dir);
        String archived = Archive.freeName(dir, name);
        exchange.getIn().setHeader(ARCHIVE_HEADER, where.folder() + "/" + archived);
        try {
            ReasonFiles.write(dir, archived, where, name, reason);
        } catch (IOException e) {
            // a full disk, say: the input still moves (a rename needs no room), and the reason is not lost
            LOG.error("the reason file for file=\"{}\" could not be written into {} ({}); the reason was: {}", name,
                    where.folder(), e.toString(), reason);
        }

        Long started = exchange.getProperty(STARTED, Long.class);
        long ms = started == null ? 0 : millisSince(started);
        if (cause instanceof PublishException) {
            LOG.warn("refused file=\"{}\" result={} ms={} reason=\"{}\"", name, hold ? "hold" : "error", ms,
                    reason.replace('"', '\''));
        } else {
            LOG.error("failed file=\"{}\" result=error ms={}", name, ms, cause);
        }
        long nanos = started == null ? 0 : System.nanoTime() - started;
        tell(() -> outcomes.refused(name, hold, reason, nanos));
    }

    /** Monitoring must never change what happens to an article. */
    private static void tell(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("monitoring listener failed: {}", e.toString());
        }
    }

    private static Pipeline.StageTimes quiet(Outcomes outcomes) {
        return (stage, nanos) -> tell(() -> outcomes.took(stage, nanos));
    }

    private static String fileName(Exchange exchange) {
        return exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
    }

    private static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }
}
