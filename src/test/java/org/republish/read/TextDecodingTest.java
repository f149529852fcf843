package org.republish.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.republish.model.PublishException;

class TextDecodingTest {

    @Test
    void utf8IsReadAsIs() throws Exception {
        var d = TextDecoding.decode("Publié: 8 mars".getBytes(StandardCharsets.UTF_8), "a.md");
        assertEquals("Publié: 8 mars", d.text());
        assertFalse(d.guessed());
    }

    @Test
    void byteOrderMarksDecideTheEncoding() throws Exception {
        byte[] utf16 = "\uFEFFÉté".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Été", TextDecoding.decode(utf16, "a.md").text());
        byte[] utf8bom = "\uFEFFÉté".getBytes(StandardCharsets.UTF_8);
        assertEquals("Été", TextDecoding.decode(utf8bom, "a.md").text());
    }

    @Test
    void windows1252IsReadNotRejected() throws Exception {
        byte[] cp1252 = "Caf\u00e9 \u201cquoted\u201d".getBytes(Charset.forName("windows-1252"));
        var d = TextDecoding.decode(cp1252, "a.md");
        assertEquals("Caf\u00e9 \u201cquoted\u201d", d.text());
        assertTrue(d.guessed());
    }

    @Test
    void utf8WithAStrayByteStaysUtf8AndMarksThePlace() throws Exception {
        byte[] good = "Sprzeciw wobec ataków na Fundację — żadnych zmian, się, są, łąka. ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length * 2 + 1];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC3; // a lead byte without its continuation
        System.arraycopy(good, 0, bytes, good.length + 1, good.length);
        var d = TextDecoding.decode(bytes, "a.md");
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertEquals(1, d.damaged());
        assertTrue(d.text().startsWith("Sprzeciw wobec ataków na Fundację"), d.text());
        assertEquals(1, d.text().chars().filter(c -> c == 0xFFFD).count());

        String page = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Fundacja</title></head><body><nav>Start"
                + "</nav><article><p>" + new String(good, StandardCharsets.UTF_8).repeat(8) + "</p></article></body></html>";
        byte[] html = page.getBytes(StandardCharsets.UTF_8);
        byte[] damaged = new byte[html.length + 1];
        int at = page.indexOf("<nav>");
        System.arraycopy(html, 0, damaged, 0, at);
        damaged[at] = (byte) 0xE9; // an é saved in windows-1252 into a UTF-8 page
        System.arraycopy(html, at, damaged, at + 1, html.length - at);
        var article = new ArticleReaders().read(new InputDocument("page.html", damaged, null));
        assertTrue(article.body().text().contains("Fundację — żadnych zmian"), article.body().text());
        assertTrue(article.notices().stream().anyMatch(n -> n.message().contains("not valid UTF-8")), article.notices().toString());
    }

    @Test
    void emptyWhitespaceBinaryAndTruncatedInputsAreRefusedWithAReason() {
        assertTrue(refusal(new byte[0]).contains("is empty"));
        assertTrue(refusal(" \n\t\n".getBytes(StandardCharsets.UTF_8)).contains("only white space"));
        assertTrue(refusal(new byte[] {'a', 0, 'b'}).contains("binary data"));
        byte[] cut = "Été".getBytes(StandardCharsets.UTF_8);
        byte[] truncated = java.util.Arrays.copyOf(cut, cut.length - 1);
        assertTrue(refusal(truncated).contains("truncated"), refusal(truncated));
    }

    private static String refusal(byte[] bytes) {
        return assertThrows(PublishException.class, () -> TextDecoding.decode(bytes, "x.md")).getMessage();
    }
}
