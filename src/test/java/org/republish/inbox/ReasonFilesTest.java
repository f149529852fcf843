package org.republish.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every refused input has its reason beside it, even one a forced stop moved without a word. */
class ReasonFilesTest {

    @TempDir
    Path input;

    @Test
    void anInputInErrorWithoutItsReasonIsGivenOneAndNothingElseIsTouched() throws Exception {
        Path error = Files.createDirectories(input.resolve(".error"));
        Files.writeString(error.resolve("stopped.md"), "# Stopped\n");
        Files.writeString(error.resolve("refused.md"), "# Refused\n");
        ReasonFiles.write(error, "refused.md", Archive.ERROR, "refused.md", "it was empty");
        String before = Files.readString(error.resolve("refused.md.error.txt"));
        Files.writeString(error.resolve(".half-written.tmp"), "x");

        assertEquals(1, ReasonFiles.explainUnexplained(input));

        String reason = Files.readString(error.resolve("stopped.md.error.txt"));
        assertTrue(reason.contains("stopped while it was publishing this file"), reason);
        assertEquals(before, Files.readString(error.resolve("refused.md.error.txt")), "an existing reason stays");
        assertEquals(0, ReasonFiles.explainUnexplained(input), "once is enough");
        assertEquals("# Stopped\n", Files.readString(error.resolve("stopped.md")), "the input itself unchanged");
    }

    @Test
    void noErrorFolderNothingToDo() throws Exception {
        assertEquals(0, ReasonFiles.explainUnexplained(input));
    }
}
