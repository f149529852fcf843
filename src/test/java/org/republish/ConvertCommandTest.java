package org.republish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-shot {@code convert} command as scripts call it. */
class ConvertCommandTest {

    @TempDir
    Path dir;

    private int run(ByteArrayOutputStream err, String... args) {
        PrintStream oldErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return App.commandLine().execute(args);
        } finally {
            System.setErr(oldErr);
        }
    }

    @Test
    void convertsNamedFilesIntoTheOutputFolder() throws Exception {
        Path md = dir.resolve("note.md");
        Files.writeString(md, "---\nlicense: CC-BY-4.0\n---\n# A note\n\nSome text.\n");
        int code = run(new ByteArrayOutputStream(), "convert", md.toString(), "-o", dir.resolve("out").toString(),
                "--to", "html");
        assertEquals(0, code);
        Path html = dir.resolve("out/a-note/a-note.html");
        assertTrue(Files.readString(html).contains("Some text."));
        assertTrue(Files.exists(dir.resolve("out/a-note/manifest.json")));
        assertTrue(Files.exists(md), "convert never moves or deletes its input");
    }

    @Test
    void aBadFileGivesANonZeroExitAndAClearMessage() throws Exception {
        Path empty = dir.resolve("empty.md");
        Files.write(empty, new byte[0]);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(err, "convert", empty.toString(), "-o", dir.resolve("out").toString(), "--to", "html");
        assertEquals(1, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("is empty"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownFormatIsAUsageError() throws Exception {
        Path md = dir.resolve("n.md");
        Files.writeString(md, "# N\n\nx\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(err, "convert", md.toString(), "--to", "docx");
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown format 'docx'"));
    }

    @Test
    void helpIsPrintedForEachCommand() {
        assertEquals(0, App.commandLine().execute("convert", "--help"));
        assertEquals(0, App.commandLine().execute("serve", "--help"));
        assertEquals(0, App.commandLine().execute("--help"));
    }
}
