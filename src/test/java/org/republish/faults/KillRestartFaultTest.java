package org.republish.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.republish.faults.FaultBatch.Drop;
import org.republish.faults.FaultBatch.Expect;

/**
 * The promise of issue 7, tested on the service as a separate process: 300
 * files (valid, invalid, hostile, some written slowly) are dropped while the
 * service is killed with SIGKILL twice mid-batch and restarted; afterwards
 * every file is in exactly one of input/.done/, .error/ (with its reason) or
 * .hold/ (with its note), every published article's outputs are whole, and
 * nothing temporary is left anywhere.
 */
@Tag("fault")
class KillRestartFaultTest {

    private static final long SEED = Long.getLong("fault.seed", 20240607L);
    private static final Duration READY = Duration.ofSeconds(90);
    private static final Duration DRAIN = Duration.ofSeconds(Long.getLong("fault.drain-seconds", 300));

    @TempDir
    Path work;

    @Test
    @Timeout(value = 480, unit = TimeUnit.SECONDS)
    void everyFileEndsInExactlyOneFolderThroughKillsAndRestarts() throws Exception {
        Path input = work.resolve("input");
        Path output = work.resolve("output");
        Files.createDirectories(input);
        List<Drop> batch = FaultBatch.build(SEED);
        long started = System.nanoTime();
        ExecutorService writers = Executors.newFixedThreadPool(6);
        try (ChildService service = new ChildService(work, Map.of(
                "republish.workers", "2",
                "republish.poll-ms", "100",
                "republish.settle-ms", "500",
                "republish.max-input-bytes", Long.toString(FaultBatch.MAX_INPUT_BYTES),
                "republish.max-elements", Integer.toString(FaultBatch.MAX_ELEMENTS),
                "camel.main.shutdown-timeout", "60"))) {
            System.out.println("fault test: service started as " + service.launchedAs() + ", seed " + SEED);
            service.start(READY);

            // drop everything in a shuffled order, slow files written in chunks alongside
            Random timing = new Random(SEED + 1);
            List<Future<?>> writes = new java.util.concurrent.CopyOnWriteArrayList<>();
            Future<?> dropper = writers.submit(() -> {
                BatchAccount.dropShuffled(batch, input, writers, SEED, timing, writes, 15);
                return null;
            });

            // two hard kills while the batch is being worked through, each followed by a restart
            int[] killAt = {35, 110};
            for (int k = 0; k < killAt.length; k++) {
                int target = killAt[k];
                BatchAccount.await(Duration.ofSeconds(180), () -> BatchAccount.archived(input) >= target, () -> target + " files archived; log:\n"
                        + service.tail(3000));
                Thread.sleep(timing.nextInt(400));
                int before = BatchAccount.archived(input);
                service.killHard();
                System.out.printf("fault test: kill -9 number %d after %d files archived (%d ms)%n", k + 1, before,
                        millisSince(started));
                Thread.sleep(300);
                service.start(READY);
            }
            dropper.get(120, TimeUnit.SECONDS);
            for (Future<?> w : writes) {
                w.get(60, TimeUnit.SECONDS);
            }
            BatchAccount.await(DRAIN, () -> BatchAccount.archived(input) >= batch.size() && BatchAccount.pending(input).isEmpty(),
                    () -> "all " + batch.size() + " files archived; " + BatchAccount.archived(input) + " are, still in input/: "
                            + BatchAccount.pending(input) + "; log:\n" + service.tail(4000));

            // the same files dropped a second time: archived again, republished into the same folders
            List<Drop> again = batch.stream().filter(d -> d.expect() == Expect.DONE && d.name().startsWith("valid-"))
                    .limit(10).toList();
            List<String> foldersBefore = Folders.names(output);
            for (Drop d : again) {
                Files.write(input.resolve(d.name()), d.bytes());
            }
            int total = batch.size() + again.size();
            BatchAccount.await(Duration.ofSeconds(120), () -> BatchAccount.archived(input) >= total && BatchAccount.pending(input).isEmpty(),
                    () -> "the re-dropped files archived; log:\n" + service.tail(3000));
            assertEquals(foldersBefore, Folders.names(output), "dropping the same files again made no new folders");

            long drainedMs = millisSince(started);
            int status = service.terminate(Duration.ofSeconds(90));
            assertEquals(0, status, "exit status after SIGTERM");

            List<Drop> all = new ArrayList<>(batch);
            all.addAll(again);
            Map<Expect, Integer> outcome = BatchAccount.account(all, input, output, service.log());
            System.out.printf("fault test: %d files (+%d dropped again) accounted for in %d ms: %s; %d article folders%n",
                    batch.size(), again.size(), drainedMs, outcome, Folders.published(output).size());
        } finally {
            writers.shutdownNow();
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
