package org.republish.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.republish.model.PublishException;

/**
 * Turns an input's bytes into text, refusing what is not text. A byte order
 * mark decides the encoding; otherwise valid UTF-8 is read as UTF-8, UTF-8
 * with a few damaged bytes as UTF-8 with U+FFFD in their place, and anything
 * else as windows-1252 (the usual encoding of text saved on Windows); the
 * caller is told about the last two.
 */
public final class TextDecoding {

    /**
     * Decoded text and the charset used.
     *
     * @param guessed the file did not say its encoding and was not clean UTF-8
     * @param damaged how many byte runs were not valid UTF-8 in a file read as UTF-8 nonetheless, each now U+FFFD
     */
    public record Decoded(String text, Charset charset, boolean guessed, int damaged) {
        Decoded(String text, Charset charset, boolean guessed) {
            this(text, charset, guessed, 0);
        }
    }

    /**
     * A file whose valid multi-byte UTF-8 characters outnumber its invalid runs this many times over is UTF-8
     * with a few damaged bytes (a page pasted together from several sources); text in windows-1252 has
     * practically no valid multi-byte UTF-8 characters.
     */
    private static final int MOSTLY_UTF8 = 4;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    public static Decoded decode(byte[] bytes, String fileName) throws PublishException {
        return decode(bytes, fileName, false);
    }

    /**
     * @param html the file is a web page: a stray NUL past its start is dropped, as browsers drop it,
     *             rather than taken for damage (saved pages carry them from broken scripts and ad code)
     */
    static Decoded decode(byte[] bytes, String fileName, boolean html) throws PublishException {
        if (bytes.length == 0) {
            throw new PublishException("The file " + fileName + " is empty (0 bytes). "
                    + "Save the article's text into it and drop it again.");
        }
        Decoded decoded = decodeByMark(bytes);
        if (decoded == null) {
            if (looksBinary(bytes, html)) {
                throw new PublishException("The file " + fileName + " holds binary data, not text "
                        + "(it has NUL or control bytes). It may be a word-processor or image file with a "
                        + "text extension: export the article as Markdown (.md) or HTML (.html) and drop that.");
            }
            decoded = decodeUtf8OrWindows1252(bytes, fileName);
        }
        if (decoded.text().strip().isEmpty()) {
            throw new PublishException("The file " + fileName + " holds only white space: there is no article "
                    + "in it. Save the article's text into it and drop it again.");
        }
        if (decoded.text().indexOf('\0') >= 0 && html) {
            decoded = new Decoded(decoded.text().replace("\0", ""), decoded.charset(), decoded.guessed(),
                    decoded.damaged());
        }
        if (decoded.text().indexOf('\0') >= 0) {
            throw new PublishException("The file " + fileName + " contains a NUL character, which no text "
                    + "article has: it is probably damaged or not a text file.");
        }
        return decoded;
    }

    private static Decoded decodeByMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, false);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, false);
        }
        return null;
    }

    static boolean looksBinary(byte[] b) {
        return looksBinary(b, false);
    }

    /**
     * NUL bytes (in a web page: many of them), or many control characters other than tab, newline,
     * form feed and carriage return.
     */
    static boolean looksBinary(byte[] b, boolean html) {
        int sample = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int c = b[i] & 0xFF;
            if (c == 0 && !html) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
                control++;
            }
        }
        return control > sample / 100 + 1;
    }

    private static Decoded decodeUtf8OrWindows1252(byte[] bytes, String fileName) throws PublishException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = utf8.decode(ByteBuffer.wrap(bytes));
            return new Decoded(chars.toString(), StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException notUtf8) {
            if (endsInCutUtf8Sequence(bytes)) {
                throw new PublishException("The file " + fileName + " ends in the middle of a UTF-8 character: "
                        + "it looks truncated (cut off while being copied or saved). Copy the whole file again.");
            }
            int[] counts = utf8Counts(bytes);
            if (counts[0] >= MOSTLY_UTF8 * counts[1]) {
                return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, true, counts[1]);
            }
            return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, true);
        }
    }

    /** What an editor is told about a UTF-8 file with damaged bytes. */
    static org.republish.model.Notice damagedNotice(int damaged) {
        return org.republish.model.Notice.warning("read.encoding", "The file is UTF-8 but " + damaged
                + (damaged == 1 ? " place in it is" : " places in it are") + " not valid UTF-8; each shows as \uFFFD. "
                + "Check the characters there against the original.");
    }

    /** The valid multi-byte UTF-8 characters in {@code b}, and the runs of bytes that are not UTF-8. */
    static int[] utf8Counts(byte[] b) {
        int valid = 0;
        int invalid = 0;
        boolean inInvalid = false;
        for (int i = 0; i < b.length; ) {
            int c = b[i] & 0xFF;
            int length = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            boolean ok = length > 0 && i + length <= b.length;
            for (int k = 1; ok && k < length; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid += length > 1 ? 1 : 0;
                inInvalid = false;
                i += length;
            } else {
                invalid += inInvalid ? 0 : 1;
                inInvalid = true;
                i++;
            }
        }
        return new int[] {valid, invalid};
    }

    /** Valid UTF-8 up to a lead byte near the end whose continuation bytes are missing. */
    private static boolean endsInCutUtf8Sequence(byte[] b) {
        int n = b.length;
        for (int back = 1; back <= Math.min(3, n); back++) {
            int c = b[n - back] & 0xFF;
            if ((c & 0xC0) == 0x80) {
                continue;
            }
            int needed = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
            if (needed <= back) {
                return false;
            }
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT);
            try {
                utf8.decode(ByteBuffer.wrap(b, 0, n - back));
                return true;
            } catch (CharacterCodingException e) {
                return false;
            }
        }
        return false;
    }
}
