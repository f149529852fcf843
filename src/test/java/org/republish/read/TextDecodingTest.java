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
