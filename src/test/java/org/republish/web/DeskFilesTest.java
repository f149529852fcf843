package org.republish.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.inbox.Archive;
import org.republish.inbox.ReasonFiles;

/** What the desk's actions do on disk, without a server: which files they touch, and which they refuse to. */
class DeskFilesTest {

    @TempDir
    Path dir;
    Path input;
    Desk desk;

    @BeforeEach
    void held() throws Exception {
        input = Files.createDirectories(dir.resolve("input"));
        Path hold = Files.createDirectories(input.resolve(Archive.HOLD.folder()));
        Files.writeString(hold.resolve("bridge.md"), "# The bridge\n");
        ReasonFiles.write(hold, "bridge.md", Archive.HOLD, "bridge.md", "no licence");
        Files.writeString(hold.resolve("unlisted.md"), "no reason file beside it");
        desk = new Desk(new InputFolder(input), new OutputFolder(Files.createDirectories(dir.resolve("output"))),
                Set.of("the-conversation"));
    }

    private static Desk.Decision licence(String id) {
        return new Desk.Decision(id, null, null, List.of(), null, null);
    }

    @Test
    void onlyHeldInputsTheDeskListsCanBeNamed() {
        assertTrue(desk.held("bridge.md").isPresent());
        for (String name : new String[] {"unlisted.md", "../.hold/bridge.md", "bridge.md.hold.txt", "", null}) {
            assertTrue(desk.held(name).isEmpty(), String.valueOf(name));
        }
    }

    @Test
    void theDecisionIsMergedIntoAnExistingSidecarReplacingTheKeysThatMeanTheSame() throws Exception {
        Files.writeString(input.resolve("bridge.yml"), "licence: CC-BY-SA-4.0\ntags: [roads, river]\n");
        desk.publishHeld("bridge.md", new Desk.Decision("cc-by-4.0", "the-conversation", null,
                List.of("Ada Writer", " Bo Reporter "), null, "https://example.org/bridge"));
        String sidecar = Files.readString(input.resolve("bridge.yml"));
        assertTrue(sidecar.contains("license: CC-BY-4.0"), sidecar);
        assertFalse(sidecar.contains("licence:"), "the old spelling of the same key is gone: " + sidecar);
        assertTrue(sidecar.contains("profile: the-conversation") && sidecar.contains("- Bo Reporter")
                && sidecar.contains("original_url: https://example.org/bridge") && sidecar.contains("- roads"), sidecar);
        assertFalse(Files.exists(input.resolve("bridge.yaml")), "the existing .yml is the one written");
        assertEquals("# The bridge\n", Files.readString(input.resolve("bridge.md")), "moved back, unchanged");
        assertFalse(Files.exists(input.resolve(".hold/bridge.md")));
    }

    @Test
    void nothingIsOverwrittenAndNothingMovesWhenTheDecisionCannotBeKept() throws Exception {
        assertEquals(400, assertThrows(Uploads.Refused.class, () -> desk.publishHeld("bridge.md", licence("CC-XYZ")))
                .status());
        assertEquals(400, assertThrows(Uploads.Refused.class, () -> desk.publishHeld("bridge.md",
                new Desk.Decision(null, "no-such-profile", null, List.of(), null, null))).status());
        assertEquals(400, assertThrows(Uploads.Refused.class, () -> desk.publishHeld("bridge.md", licence(""))).status(),
                "neither a licence nor a profile");
        assertEquals(400, assertThrows(Uploads.Refused.class, () -> desk.publishHeld("bridge.md",
                new Desk.Decision("CC-BY-4.0", null, null, List.of(), null, "javascript:alert(1)"))).status());

        Files.writeString(input.resolve("bridge.md"), "a newer copy, waiting");
        assertEquals(409, assertThrows(Uploads.Refused.class, () -> desk.publishHeld("bridge.md", licence("CC-BY-4.0")))
                .status());
        assertEquals("a newer copy, waiting", Files.readString(input.resolve("bridge.md")));
        Files.delete(input.resolve("bridge.md"));

        Path elsewhere = Files.writeString(dir.resolve("secret.yaml"), "title: secret\n");
        Files.createSymbolicLink(input.resolve("bridge.yaml"), elsewhere);
        assertEquals(409, assertThrows(Uploads.Refused.class, () -> desk.publishHeld("bridge.md", licence("CC-BY-4.0")))
                .status());
        assertEquals("title: secret\n", Files.readString(elsewhere), "a linked sidecar is neither read nor replaced");
        assertTrue(Files.exists(input.resolve(".hold/bridge.md")), "still held after every refusal");
    }

    @Test
    void refusingNeedsAReasonAndKeepsBothReasons() throws Exception {
        assertEquals(400, assertThrows(Uploads.Refused.class, () -> desk.refuseHeld("bridge.md", "  ")).status());
        Files.createDirectories(input.resolve(".error"));
        Files.writeString(input.resolve(".error/bridge.md"), "an earlier failure of the same name");
        desk.refuseHeld("bridge.md", "Withdrawn by the author.");
        assertEquals("an earlier failure of the same name", Files.readString(input.resolve(".error/bridge.md")));
        assertEquals("# The bridge\n", Files.readString(input.resolve(".error/bridge-2.md")));
        String reason = Files.readString(input.resolve(".error/bridge-2.md.error.txt"));
        assertTrue(reason.contains("Refused by the editor: Withdrawn by the author.") && reason.contains("no licence"),
                reason);
        assertFalse(Files.exists(input.resolve(".hold/bridge.md.hold.txt")));
    }
}
