package org.republish.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ArticleDeadlineTest {

    @Test
    void withoutADeadlineACheckDoesNothing() {
        assertDoesNotThrow(ArticleDeadline::check);
    }

    @Test
    void aCheckAfterTheTimeIsUpStopsTheArticleNamingItsStage() throws Exception {
        try (ArticleDeadline ignored = ArticleDeadline.start(Duration.ofMillis(20))) {
            ArticleDeadline.stage("writing the PDF");
            ArticleDeadline.check();
            Thread.sleep(60);
            ArticleDeadline.Exceeded stopped = assertThrows(ArticleDeadline.Exceeded.class, ArticleDeadline::check);
            assertEquals("writing the PDF", stopped.stage());
            assertEquals(Duration.ofMillis(20), stopped.budget());
            assertFalse(stopped.interrupted());
            // a library that swallowed the first stop meets the next
            assertThrows(ArticleDeadline.Exceeded.class, ArticleDeadline::check);
        }
        assertDoesNotThrow(ArticleDeadline::check, "closed: the thread carries no deadline any more");
    }

    @Test
    void anInterruptStopsTheArticleAndStaysSet() {
        try (ArticleDeadline ignored = ArticleDeadline.start(Duration.ofHours(1))) {
            Thread.currentThread().interrupt();
            ArticleDeadline.Exceeded stopped = assertThrows(ArticleDeadline.Exceeded.class, ArticleDeadline::check);
            assertTrue(stopped.interrupted());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is left for the caller to see");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void timeSpentWaitingForAnotherArticleIsNotCounted() throws Exception {
        try (ArticleDeadline ignored = ArticleDeadline.start(Duration.ofMillis(200))) {
            ArticleDeadline.notCounting(() -> Thread.sleep(400));
            assertDoesNotThrow(ArticleDeadline::check);
        }
    }

    @Test
    void aZeroBudgetMeansNoLimit() throws Exception {
        try (ArticleDeadline ignored = ArticleDeadline.start(Duration.ZERO)) {
            Thread.sleep(20);
            assertDoesNotThrow(ArticleDeadline::check);
        }
    }
}
