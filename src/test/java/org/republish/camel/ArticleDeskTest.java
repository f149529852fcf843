package org.republish.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.republish.Publisher;
import org.republish.testsupport.ServiceFixture;
import org.republish.web.ServiceMetrics;
import org.republish.write.OutputStore;

/** The reasons the desk writes beside a file it could not publish. */
class ArticleDeskTest {

    @TempDir
    Path work;

    @Test
    void runningOutOfMemoryIsExplainedInWordsAnOperatorCanActOn() throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));
        ArticleDesk desk = new ArticleDesk(Publisher.standard(ServiceFixture.settings(work, Map.of())),
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
}
