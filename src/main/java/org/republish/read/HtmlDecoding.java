package org.republish.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.republish.model.PublishException;

/**
 * The text of an HTML file. A byte order mark decides; then valid UTF-8 is
 * read as UTF-8 (pages saved by a browser are often re-encoded as UTF-8 while
 * keeping their old {@code <meta charset>}, and text in a legacy encoding is
 * practically never valid UTF-8 by accident); then the charset the page
 * declares ({@code <meta charset>} or {@code http-equiv}); then windows-1252.
 */
final class HtmlDecoding {

    private static final Pattern DECLARED = Pattern.compile(
            "(?i)<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");
    private static final int SNIFF_BYTES = 8192;

    /** The text, and whether its encoding was a guess nothing in the file supports. */
    record PageText(String text, Charset charset, boolean guessed) {
    }

    private HtmlDecoding() {
    }

    static PageText decode(byte[] bytes, String fileName) throws PublishException {
        TextDecoding.Decoded plain = TextDecoding.decode(bytes, fileName, true);
        if (!plain.guessed()) {
            return new PageText(plain.text(), plain.charset(), false);
        }
        Charset declared = declaredCharset(bytes);
        if (declared != null) {
            return new PageText(new String(bytes, declared).replace("\0", ""), declared, false);
        }
        return new PageText(plain.text(), plain.charset(), true);
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
