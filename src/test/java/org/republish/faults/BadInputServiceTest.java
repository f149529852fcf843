package org.republish.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.republish.Service;
import org.republish.config.Settings;
import org.republish.testsupport.ServiceFixture;
import org.republish.testsupport.Poll;

/**
 * Every kind of bad input, dropped into the running service: each ends in
 * exactly one of input/.done/, .error/ (with a reason that names the problem)
 * or .hold/, and a published one has whole outputs.
 */
class BadInputServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String LICENSED = ServiceFixture.LICENSED;
    private static final long MAX_BYTES = 200_000;

    @TempDir
    static Path work;
    static Path input;
    static Path output;
    static Service service;

    @BeforeAll
    static void start() throws Exception {
        input = work.resolve("input");
        output = work.resolve("output");
        service = new Service(ServiceFixture.settings(work, Map.of(
                Settings.MAX_INPUT_BYTES, Long.toString(MAX_BYTES),
                // two workers even on one core, so that races between articles can happen here
                Settings.WORKERS, "2")));
        service.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void emptyAndWhitespaceOnlyFilesAreRefused() throws Exception {
        Files.write(input.resolve("empty.md"), new byte[0]);
        Files.writeString(input.resolve("blank.md"), " \n\t\r\n   \n");
        assertRefused("empty.md", "is empty (0 bytes)");
        assertRefused("blank.md", "only white space");
    }

    @Test
    void aStaleReasonWithoutItsFileIsReplacedNotKeptBesideANewName() throws Exception {
        // a reason written by a run killed before it moved the file, or one whose file the editor took back
        Files.createDirectories(input.resolve(".error"));
        Files.writeString(input.resolve(".error/retried.md.error.txt"), "an old reason");
        Files.write(input.resolve("retried.md"), new byte[0]);
        assertRefused("retried.md", "is empty");
        assertFalse(Files.exists(input.resolve(".error/retried-2.md")));
        assertFalse(Files.exists(input.resolve(".error/retried-2.md.error.txt")));
    }

    @Test
    void symbolicLinksAreNeverFollowed() throws Exception {
        Path secret = work.resolve("secret-notes.txt");
        Files.writeString(secret, LICENSED + "# Secret\n\nThe password is swordfish.\n");
        Files.createSymbolicLink(input.resolve("leak.md"), secret);
        assertRefused("leak.md", "symbolic link");

        Path metadata = work.resolve("secret.yaml");
        Files.writeString(metadata, "title: Secret title\nlicense: CC-BY-4.0\n");
        Files.createSymbolicLink(input.resolve("linked.yaml"), metadata);
        Files.writeString(input.resolve(".linked.md.tmp"), LICENSED + "# Linked\n\nWords.\n");
        Files.move(input.resolve(".linked.md.tmp"), input.resolve("linked.md"));
        assertRefused("linked.md", "symbolic link");
        assertTrue(Files.readString(secret).contains("swordfish"), "the linked file is left alone");
    }

    @Test
    void binaryDataWithATextExtensionIsRefused() throws Exception {
        byte[] png = new byte[4096];
        new java.util.Random(11).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, 0, png, 0, 12);
        Files.write(input.resolve("picture.md"), png);
        assertRefused("picture.md", "binary data");
    }

    @Test
    void truncatedUtf8IsRefusedAsTruncated() throws Exception {
        byte[] text = (LICENSED + "# Cut off\n\nThe last word is Zürich, Δελφοί and 文").getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(text, text.length - 1);
        Files.write(input.resolve("cut.md"), cut);
        assertRefused("cut.md", "truncated");
    }

    @Test
    void aNulCharacterInsideOtherwiseGoodTextIsRefused() throws Exception {
        // past the first 8 KB, where the binary sniffing does not look: the decoded text is checked too
        String text = LICENSED + "# With a NUL\n\n" + "Plain words here. ".repeat(600) + "\0" + " and more.\n";
        Files.writeString(input.resolve("nul.md"), text);
        assertRefused("nul.md", "NUL character");
    }

    @Test
    void utf16WithAByteOrderMarkIsPublished() throws Exception {
        String text = LICENSED + "# Sixteen bits\n\nΚαλημέρα, Привет and naïve café.\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Files.write(input.resolve("utf16.md"), withBom);
        Folders.Published p = assertPublished("utf16.md");
        assertEquals("Sixteen bits", p.manifest().path("article").path("title").asText());
        String html = Files.readString(p.folder().resolve(p.folder().getFileName() + ".html"));
        assertTrue(html.contains("Καλημέρα, Привет and naïve café."), "text decoded from UTF-16");
    }

    @Test
    void windows1252IsPublishedWithAWarning() throws Exception {
        String text = LICENSED + "# Smart quotes\n\n\u201cCaf\u00e9\u201d \u2013 na\u00efve r\u00e9sum\u00e9 for 5 \u20ac.\n";
        Files.write(input.resolve("cp1252.md"), text.getBytes(Charset.forName("windows-1252")));
        Folders.Published p = assertPublished("cp1252.md");
        List<String> rules = p.manifest().path("warnings").findValuesAsText("rule");
        assertTrue(rules.contains("read.encoding"), "manifest warns about the encoding: " + p.manifest().path("warnings"));
        String html = Files.readString(p.folder().resolve(p.folder().getFileName() + ".html"));
        assertTrue(html.contains("na\u00efve r\u00e9sum\u00e9 for 5 \u20ac"), "windows-1252 characters kept");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedNamingTheLimit() throws Exception {
        String text = LICENSED + "# Too big\n\n" + "A sentence of a long article. ".repeat((int) (MAX_BYTES / 25));
        Files.writeString(input.resolve("huge.md"), text);
        assertRefused("huge.md", "more than the limit of " + MAX_BYTES + " bytes (republish.max-input-bytes)");
    }

    @Test
    void anExtremelyLongLineIsPublished() throws Exception {
        String words = "word ".repeat(30_000);
        Files.writeString(input.resolve("long-line.md"), LICENSED + "# One long line\n\n" + words.strip() + "\n");
        Folders.Published p = assertPublished("long-line.md");
        assertTrue(Files.size(p.folder().resolve(p.folder().getFileName() + ".pdf")) > 10_000);
    }

    @Test
    void aVeryLongUnbreakableWordIsPublished() throws Exception {
        String token = "x".repeat(40_000);
        Files.writeString(input.resolve("long-word.md"), LICENSED + "# One long word\n\nBefore " + token + " after.\n");
        assertPublished("long-word.md");
    }

    @Test
    void awkwardFileNamesArePublishedAndArchivedUnderTheirOwnNames() throws Exception {
        List<String> names = List.of("with spaces.md", "R\u00e9sum\u00e9 \u00fcber \u6587\u7ae0.md", "-leading-dash.md",
                "--option-like.md", "notes..v2.md", "price $5 {draft}.md", "semi;colon & amp's.md");
        int i = 0;
        for (String name : names) {
            Files.writeString(input.resolve(name), LICENSED + "# Awkward name number " + (++i) + "\n\nText of " + name + ".\n");
        }
        for (String name : names) {
            Folders.Published p = assertPublished(name);
            assertTrue(p.folder().getParent().equals(output), name + " published inside output/: " + p.folder());
            assertTrue(p.folder().getFileName().toString().matches("awkward-name-number-\\d"), p.folder().toString());
        }
    }

    @Test
    void twoArticlesWhoseTitlesGiveTheSameSlugAreBothPublished() throws Exception {
        // dropped together, so that with two workers they are written at the same time
        Files.writeString(input.resolve("first-same.md"), LICENSED + "# Same Title, Twice!\n\nThe first article.\n");
        Files.writeString(input.resolve("second-same.md"), LICENSED + "# Same title twice\n\nThe second article.\n");
        Folders.Published first = assertPublished("first-same.md");
        Folders.Published second = assertPublished("second-same.md");
        Set<String> folders = Set.of(first.folder().getFileName().toString(), second.folder().getFileName().toString());
        assertEquals(Set.of("same-title-twice", "same-title-twice-2"), folders);
        assertTrue(Files.readString(first.folder().resolve(first.folder().getFileName() + ".html")).contains("The first article."));
        assertTrue(Files.readString(second.folder().resolve(second.folder().getFileName() + ".html")).contains("The second article."));
    }

    @Test
    void theSameFileDroppedTwiceIsPublishedOnce() throws Exception {
        String text = LICENSED + "# Dropped twice\n\nThe same bytes, two times.\n";
        Files.writeString(input.resolve("again.md"), text);
        Folders.Published first = assertPublished("again.md");
        byte[] html = Files.readAllBytes(first.folder().resolve(first.folder().getFileName() + ".html"));
        List<String> before = Folders.names(output);

        Files.writeString(input.resolve("again.md"), text);
        Poll.until(WAIT, () -> Files.exists(input.resolve(".done/again-2.md")), () -> "second again.md archived as again-2.md; "
                + Folders.tree(input));
        assertEquals(before, Folders.names(output), "no new article folder");
        List<Folders.Published> now = Folders.byInputName(output, "again.md");
        assertEquals(1, now.size());
        assertEquals(first.folder(), now.get(0).folder());
        assertTrue(java.util.Arrays.equals(html, Files.readAllBytes(first.folder().resolve(first.folder().getFileName() + ".html"))),
                "same HTML");
        assertEquals(List.of(), Folders.wholenessProblems(now.get(0)));
    }

    @Test
    void anArticleWithoutALicenceIsHeldWithANote() throws Exception {
        Files.writeString(input.resolve("nolicence.md"), "# No licence\n\nWords.\n");
        Path note = input.resolve(".hold/nolicence.md.hold.txt");
        Poll.until(WAIT, () -> Files.exists(note) && Files.exists(input.resolve(".hold/nolicence.md")),
                () -> "nolicence.md held; " + Folders.tree(input));
        assertTrue(Files.readString(note).contains("license: CC-BY-4.0"), Files.readString(note));
        assertFalse(Files.exists(input.resolve("nolicence.md")));
        assertEquals(List.of(), Folders.byInputName(output, "nolicence.md"));
    }

    private static void assertRefused(String name, String reasonFragment) throws IOException {
        Path reason = input.resolve(".error/" + name + ".error.txt");
        Poll.until(WAIT, () -> Files.exists(input.resolve(".error/" + name)) && Files.exists(reason),
                () -> name + " and its reason in input/.error/; input holds " + Folders.tree(input));
        String text = Files.readString(reason, StandardCharsets.UTF_8);
        assertTrue(text.contains(reasonFragment), "reason for " + name + " says '" + reasonFragment + "': " + text);
        assertFalse(Files.exists(input.resolve(name)), name + " left the input folder");
        assertFalse(Files.exists(input.resolve(".done/" + name)), name + " is not also in .done/");
        assertEquals(List.of(), Folders.byInputName(output, name), "nothing published for " + name);
    }

    private static Folders.Published assertPublished(String name) {
        Poll.until(WAIT, () -> Files.exists(input.resolve(".done/" + name)) || Files.exists(input.resolve(".error/" + name)),
                () -> name + " archived; input holds " + Folders.tree(input));
        assertTrue(Files.exists(input.resolve(".done/" + name)), () -> name + " published, but: " + reason(name));
        assertFalse(Files.exists(input.resolve(name)));
        List<Folders.Published> found = Folders.byInputName(output, name);
        assertEquals(1, found.size(), "one folder for " + name + ": " + Folders.names(output));
        assertEquals(List.of(), Folders.wholenessProblems(found.get(0)));
        return found.get(0);
    }

    private static String reason(String name) {
        try {
            Path r = input.resolve(".error/" + name + ".error.txt");
            return Files.exists(r) ? Files.readString(r) : "no reason file; " + Folders.tree(input);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
