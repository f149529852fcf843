package org.republish.testsupport;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the W3C's HTML validator) run in-process on a page.
 * Setting it up takes a while, so build one and check many pages with it.
 * Only for tests named *HtmlValidityTest, which run on their own classpath.
 */
public final class NuHtmlChecker {

    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /** One message: its level (error, warning), where, and what. */
    public record Message(String level, int line, int column, String text) {
        @Override
        public String toString() {
            return level + " at " + line + ":" + column + ": " + text;
        }
    }

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    public NuHtmlChecker() throws Exception {
        validator = new SimpleDocumentValidator(false, false, false);
        validator.setUpMainSchema(SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, false, false);
    }

    /** Every error and warning the checker reports for {@code html}. */
    public synchronized List<Message> check(byte[] html) throws Exception {
        collector.messages.clear();
        InputSource source = new InputSource(new ByteArrayInputStream(html));
        source.setEncoding("UTF-8");
        validator.checkHtmlInputSource(source);
        return List.copyOf(collector.messages);
    }

    public static List<Message> errors(List<Message> messages) {
        return messages.stream().filter(m -> !m.level().equals("warning")).toList();
    }

    private static final class Collector implements ErrorHandler {
        final List<Message> messages = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            messages.add(new Message("warning", e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }

        @Override
        public void error(SAXParseException e) {
            messages.add(new Message("error", e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }

        @Override
        public void fatalError(SAXParseException e) {
            messages.add(new Message("fatal", e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }
    }
}
