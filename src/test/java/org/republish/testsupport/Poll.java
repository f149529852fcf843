package org.republish.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition with a deadline instead of sleeping a fixed time. */
public final class Poll {

    private Poll() {
    }

    public static void until(Duration timeout, BooleanSupplier condition, Supplier<String> whatWasExpected) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for: " + whatWasExpected.get());
            }
        }
        if (!condition.getAsBoolean()) {
            fail("not reached within " + timeout.toMillis() + " ms: " + whatWasExpected.get());
        }
    }
}
