package org.republish.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.republish.model.PublishException;

/**
 * The text of an HTML file. A byte order mark decides; then valid UTF-8, or
 * UTF-8 with a few damaged bytes, is read as UTF-8 (pages saved by a browser are often re-encoded as UTF-8 while
 * keeping their old {@code <meta charset>}, and text in a legacy encoding is
 * practically never valid UTF-8 by accident); then the charset the page
 * declares ({@code <meta charset>} or {@code http-equiv}); then windows-1252.
 */
final class HtmlDecoding {

    private static final Pattern DECLARED = Pattern.compile(
            "(?i)<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");
    private static final int SNIFF_BYTES = 8192;

    /**
     * The text, whether its encoding was a guess nothing in the file supports, and how many damaged places
     * a mostly UTF-8 file has (each read as U+FFFD).
     */
    record PageText(String text, Charset charset, boolean guessed, int damaged) {
    }

    private HtmlDecoding() {
    }

    static PageText decode(byte[] bytes, String fileName) throws PublishException {
        TextDecoding.Decoded plain = TextDecoding.decode(bytes, fileName, true);
        if (!plain.guessed()) {
            return new PageText(plain.text(), plain.charset(), false, 0);
        }
        if (plain.damaged() > 0) {
            // mostly UTF-8 whatever it declares: a page re-encoded when saved, with a few broken bytes
            return new PageText(plain.text(), plain.charset(), false, plain.damaged());
        }
        Charset declared = declaredCharset(bytes);
        if (declared != null) {
            return new PageText(new String(bytes, declared).replace("\0", ""), declared, false, 0);
        }
        return new PageText(plain.text(), plain.charset(), true, 0);
    }

    /** The charset the page declares, if Java knows it and it is ASCII-compatible (a UTF-16 declaration cannot be true of a file we could read it in). */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1);
        try {
            Charset cs = Charset.forName(name);
            if (cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32") || cs.equals(StandardCharsets.UTF_8)) {
                return null;
            }
            // ISO-8859-1 and US-ASCII labels mean windows-1252 on the web
            if (cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII)) {
                return Charset.forName("windows-1252");
            }
            return cs;
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
