package org.republish.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The republication notice as text with links, e.g. "This article is
 * republished from [The Conversation] under a Creative Commons license
 * ([CC BY-ND 4.0]). [Read the original article]." Writers lay it out; the
 * wording is decided once, by the attribution stage.
 */
public record Attribution(List<Span> spans) {

    /** A run of text, linked when {@code href} is not null. */
    public record Span(String text, String href) {
        public Span {
            href = WebAddress.webOrNull(href);
        }

        public static Span text(String text) {
            return new Span(text, null);
        }

        /** A link, or plain text when {@code href} is not a web address ({@link WebAddress}). */
        public static Span link(String text, String href) {
            return new Span(text, href);
        }
    }

    public Attribution {
        spans = List.copyOf(spans);
    }

    /** The notice as plain text, links dropped. */
    public String plainText() {
        return spans.stream().map(Span::text).collect(Collectors.joining());
    }
}
