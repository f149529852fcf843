package org.republish.camel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read lock claims a complete file before taking it, and gives every claim back. */
class HandOverClaimsTest {

    @TempDir
    Path folder;

    /** Records claims; {@code whileClaiming} runs inside the claim (another node's move, say). */
    private static final class RecordingClaims implements InputClaims {
        final List<String> events = new ArrayList<>();
        boolean grant = true;
        Runnable whileClaiming = () -> { };

        @Override
        public boolean claim(Path file) {
            events.add("claim " + file.getFileName());
            whileClaiming.run();
            return grant;
        }

        @Override
        public void release(Path file) {
            events.add("release " + file.getFileName());
        }

        @Override
        public void clearLeftovers(Path f) {
        }
    }

    private static GenericFile<File> generic(Path file) {
        GenericFile<File> g = new GenericFile<>();
        g.setAbsoluteFilePath(file.toString());
        g.setFile(file.toFile());
        return g;
    }

    private Path settled(String name) throws IOException {
        Path file = Files.writeString(folder.resolve(name), "# A\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(5)));
        return file;
    }

    @Test
    void aCompleteFileIsClaimedAndItsClaimGivenBackAfterCommit() throws Exception {
        RecordingClaims claims = new RecordingClaims();
        try (RenameWatch watch = RenameWatch.start(folder.resolve("unwatched"));
                DefaultCamelContext context = new DefaultCamelContext()) {
            HandOverReadLock lock = new HandOverReadLock(watch, 500, claims);
            Path file = settled("a.md");
            Exchange exchange = new DefaultExchange(context);
            assertTrue(lock.acquireExclusiveReadLock(null, generic(file), exchange));
            lock.releaseExclusiveReadLockOnCommit(null, generic(file), exchange);
            assertEquals(List.of("claim a.md", "release a.md"), claims.events);
        }
    }

    @Test
    void aFileClaimedElsewhereIsLeftAlone() throws Exception {
        RecordingClaims claims = new RecordingClaims();
        claims.grant = false;
        try (RenameWatch watch = RenameWatch.start(folder.resolve("unwatched"));
                DefaultCamelContext context = new DefaultCamelContext()) {
            HandOverReadLock lock = new HandOverReadLock(watch, 500, claims);
            assertFalse(lock.acquireExclusiveReadLock(null, generic(settled("b.md")), new DefaultExchange(context)));
            assertEquals(List.of("claim b.md"), claims.events);
        }
    }

    @Test
    void aFileAnotherNodeFinishedBetweenTheListingAndTheClaimIsNotTakenAgain() throws Exception {
        RecordingClaims claims = new RecordingClaims();
        Path file = settled("c.md");
        // the other node moves it to .done/ and gives up its claim just before this node's claim succeeds
        claims.whileClaiming = () -> {
            try {
                Files.createDirectories(folder.resolve(".done"));
                Files.move(file, folder.resolve(".done/c.md"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        try (RenameWatch watch = RenameWatch.start(folder.resolve("unwatched"));
                DefaultCamelContext context = new DefaultCamelContext()) {
            HandOverReadLock lock = new HandOverReadLock(watch, 500, claims);
            assertFalse(lock.acquireExclusiveReadLock(null, generic(file), new DefaultExchange(context)),
                    "gone from the folder: not taken");
            assertEquals(List.of("claim c.md", "release c.md"), claims.events, "and the claim given back");
        }
    }

    @Test
    void markerFilesKeepASecondConsumerAwayOnOneNode() throws Exception {
        MarkerFileClaims markers = new MarkerFileClaims();
        Path file = settled("d.md");
        assertTrue(markers.claim(file));
        assertFalse(markers.claim(file), "in hand");
        markers.release(file);
        assertTrue(markers.claim(file), "given back");
        markers.clearLeftovers(folder);
        assertFalse(Files.exists(MarkerFileClaims.markerFor(file)), "a forced stop's markers are cleared at start");
    }
}
