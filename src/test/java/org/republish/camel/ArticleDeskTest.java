package org.republish.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.republish.Assembly;
import org.republish.license.Licensing;
import org.republish.license.PublishingPolicy;
import org.republish.license.SourceProfiles;
import org.republish.model.Article;
import org.republish.model.PublishException;
import org.republish.pipeline.Pipeline;
import org.republish.read.Reading;
import org.republish.write.ArticleWriter;
import org.republish.write.OutputFormat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.testsupport.ServiceFixture;
import org.republish.web.ServiceMetrics;
import org.republish.write.OutputStore;
import org.republish.write.Writing;

/** The reasons the desk writes beside a file it could not publish. */
class ArticleDeskTest {

    @TempDir
    Path work;

    /** A writer that, while it writes, does what a test says: changes the input while the article is in hand. */
    static final class MeddlingWriter implements ArticleWriter {
        private final ThrowingRunnable whileWriting;

        MeddlingWriter(ThrowingRunnable whileWriting) {
            this.whileWriting = whileWriting;
        }

        @Override
        public OutputFormat outputFormat() {
            return OutputFormat.HTML;
        }

        @Override
        public byte[] write(Article article) throws PublishException {
            try {
                whileWriting.run();
            } catch (PublishException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return article.meta().title().getBytes(StandardCharsets.UTF_8);
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    /**
     * Publishes {@code name} from input/ while {@code whileWriting} meddles with it; returns the refusal,
     * having checked that nothing reached output/, not even a temporary folder.
     */
    private PublishException refusalWhile(String name, ThrowingRunnable whileWriting) throws Exception {
        Path input = work.resolve("input");
        Path output = Files.createDirectories(work.resolve("output"));
        Pipeline pipeline = new Pipeline(new Reading(20_000),
                new Licensing(SourceProfiles.shipped(), null, new PublishingPolicy(false)), null,
                new Writing(List.of(new MeddlingWriter(whileWriting)), 2_000));
        ArticleDesk desk = new ArticleDesk(pipeline, new OutputStore(output), Set.of("html"), input, 1_000_000,
                new ServiceMetrics(input), new Progress(input, 0));
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getIn().setHeader(Exchange.FILE_NAME_ONLY, name);
            PublishException refused = assertThrows(PublishException.class, () -> desk.publish(exchange));
            try (Stream<Path> left = Files.list(output)) {
                assertEquals(List.of(), left.toList(), "no output folder, not even a temporary one");
            }
            return refused;
        }
    }

    @Test
    void aFileThatChangesWhileItIsPublishedIsRefusedAndNothingIsCommitted() throws Exception {
        Path file = Files.createDirectories(work.resolve("input")).resolve("growing.md");
        Files.writeString(file, ServiceFixture.LICENSED + "# Still being copied\n\nThe first part.\n");
        PublishException refused = refusalWhile("growing.md",
                () -> Files.writeString(file, "The rest of the article.\n", StandardOpenOption.APPEND));
        assertTrue(refused.getMessage().contains("changed while it was being published"), refused.getMessage());
    }

    @Test
    void aNewVersionRenamedOverTheFileInHandIsRefusedWithThatReason() throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));
        Path file = input.resolve("essay.md");
        Files.writeString(file, ServiceFixture.LICENSED + "# Essay\n\nFirst version.\n");
        PublishException refused = refusalWhile("essay.md", () -> {
            Path temp = input.resolve(".essay.md.tmp");
            Files.writeString(temp, ServiceFixture.LICENSED + "# Essay\n\nSecond version.\n");
            Files.setLastModifiedTime(temp, Files.getLastModifiedTime(file));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        });
        assertTrue(refused.getMessage().contains("A new version of essay.md"), refused.getMessage());
    }

    @Test
    void runningOutOfMemoryIsExplainedInWordsAnOperatorCanActOn() throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));
        ArticleDesk desk = new ArticleDesk(Assembly.pipeline(ServiceFixture.settings(work, Map.of())),
                new OutputStore(Files.createDirectories(work.resolve("output"))), Set.of("html"), input, 1_000_000,
                new ServiceMetrics(input), new Progress(input, 0));
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getIn().setHeader(Exchange.FILE_NAME_ONLY, "long.md");
            exchange.setProperty(Exchange.EXCEPTION_CAUGHT, new CamelExecutionException("failed", exchange,
                    new OutOfMemoryError("Java heap space")));
            desk.refuse(exchange);
            assertEquals(".error/long.md", exchange.getIn().getHeader(ArticleDesk.ARCHIVE_HEADER));
            String reason = Files.readString(input.resolve(".error/long.md.error.txt"));
            assertTrue(reason.contains("ran out of memory"), reason);
            assertTrue(reason.contains("split it into several articles"), reason);
        }
    }

    /**
     * Issue 14, item 11: the disk fills while a reason is written. The reason file's temporary is made a
     * link to /dev/full, where every write fails with "No space left on device", as on a full disk.
     */
    @Test
    void aReasonThatCannotBeWrittenLeavesNoTemporaryAndIsLogged() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "needs /dev/full");
        Path input = Files.createDirectories(work.resolve("input"));
        Path error = Files.createDirectories(input.resolve(".error"));
        Path temp = error.resolve(".full.md.error.txt.tmp");
        Files.createSymbolicLink(temp, Path.of("/dev/full"));
        ArticleDesk desk = new ArticleDesk(Assembly.pipeline(ServiceFixture.settings(work, Map.of())),
                new OutputStore(Files.createDirectories(work.resolve("output"))), Set.of("html"), input, 1_000_000,
                new ServiceMetrics(input), new Progress(input, 0));
        Logger log = (Logger) LoggerFactory.getLogger("republish.articles");
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        log.addAppender(logged);
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getIn().setHeader(Exchange.FILE_NAME_ONLY, "full.md");
            exchange.setProperty(Exchange.EXCEPTION_CAUGHT, new PublishException("The file full.md is unusual."));
            desk.refuse(exchange);
            assertEquals(".error/full.md", exchange.getIn().getHeader(ArticleDesk.ARCHIVE_HEADER),
                    "the input still goes to .error/");
        } finally {
            log.detachAppender(logged);
        }
        assertFalse(Files.exists(temp, java.nio.file.LinkOption.NOFOLLOW_LINKS), "the temporary is removed");
        assertFalse(Files.exists(error.resolve("full.md.error.txt")));
        assertTrue(logged.list.stream().anyMatch(e -> e.getLevel() == Level.ERROR
                && e.getFormattedMessage().contains("The file full.md is unusual.")
                && e.getFormattedMessage().contains("No space left")), "the reason is in the log: "
                + logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
    }

    /**
     * Issue 14, rough edge: a valid article being written in place when the service started was taken
     * mid-copy and held for "no licence" (its licence was in the part not yet copied). A file that
     * changes while in hand is never judged on what was read of it, whatever the judgement: here a
     * stage holds the article just after the copy went on (as the licence stage did), so the copy
     * surely falls within the publishing, however busy the machine.
     */
    @Test
    void aFileStillBeingCopiedIsNeverHeldForWhatItsFirstPartLacks() throws Exception {
        Path file = Files.createDirectories(work.resolve("input")).resolve("copying.md");
        Files.writeString(file, ServiceFixture.LICENSED + "# Being copied\n\nThe first part of the article.\n");
        PublishException refused = refusalWhile("copying.md", () -> {
            Files.writeString(file, "The part that says more.\n", StandardOpenOption.APPEND);
            throw PublishException.hold("Held: no licence could be established for this article.");
        });
        assertEquals(PublishException.Disposition.ERROR, refused.disposition(), refused.getMessage());
        assertTrue(refused.getMessage().contains("changed while it was being published"), refused.getMessage());
    }

    /** Without the copy going on, the same judgement stands: the hold above is the stage's, not the test's. */
    @Test
    void aFileThatStaysAsItWasKeepsTheJudgementOnIt() throws Exception {
        Path file = Files.createDirectories(work.resolve("input")).resolve("complete.md");
        Files.writeString(file, ServiceFixture.LICENSED + "# Complete\n\nThe whole article.\n");
        PublishException refused = refusalWhile("complete.md", () -> {
            throw PublishException.hold("Held: no licence could be established for this article.");
        });
        assertEquals(PublishException.Disposition.HOLD, refused.disposition(), refused.getMessage());
    }
}
