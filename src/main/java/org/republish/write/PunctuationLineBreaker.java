package org.republish.write;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.Locale;
import org.republish.model.ArticleDeadline;

/**
 * Line-break opportunities for the PDF: openhtmltopdf's own (the JDK's line
 * iterator, made aware of web addresses) less two kinds the JDK allows and
 * a reader sees as errors. No break inside a word at a curly apostrophe
 * ("can’ / t": the JDK treats U+2019 as a closing quote, after which a line
 * may break), and no break before closing punctuation, so that a line never
 * starts with ")", "," or "." (which happened where a link or code span ends
 * and its text run starts with the punctuation). One instance per rendering:
 * it holds the text being broken.
 */
final class PunctuationLineBreaker implements FSTextBreaker {

    private final FSTextBreaker delegate;
    private String text = "";

    PunctuationLineBreaker(Locale locale) {
        this.delegate = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(locale));
    }

    @Override
    public void setText(String newText) {
        // called for every run of text laid out: the PDF layout's pulse
        ArticleDeadline.check();
        text = newText;
        delegate.setText(newText);
    }

    @Override
    public int next() {
        int at = delegate.next();
        while (at > 0 && at < text.length() && !allowed(text, at)) {
            at = delegate.next();
        }
        return at;
    }

    /** Whether a line may break before {@code text.charAt(at)}. */
    static boolean allowed(String text, int at) {
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        if (isApostrophe(before) && at >= 2 && Character.isLetter(text.charAt(at - 2)) && Character.isLetter(after)) {
            return false;
        }
        return !isClosing(after);
    }

    private static boolean isApostrophe(char c) {
        return c == '\u2019' || c == '\'' || c == '\u02BC';
    }

    static boolean isClosing(char c) {
        return switch (c) {
            case ')', ']', '}', ',', '.', ';', ':', '!', '?', '\u201D', '\u2019', '\u00BB', '\u203A', '\u2026' -> true;
            default -> false;
        };
    }
}
