package org.republish.write;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * An in-page link ({@code #anchor}) whose target is not in the article (the
 * author linked to an id the original site generated differently, or to a
 * part of the page that was not republished) is kept as its text: a link
 * that leads nowhere is worse than none, and the EPUB must not have it
 * either. Works on the layout it is given.
 */
final class InPageLinks {

    private InPageLinks() {
    }

    /** A fragment as a browser reads it: percent-escapes ("caf%C3%A9") decoded. */
    private static String decoded(String fragment) {
        try {
            return java.net.URLDecoder.decode(fragment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return fragment;
        }
    }

    /** Unwraps the dangling in-page links of {@code content}, whose targets are looked for in {@code document}. */
    static int unwrapDangling(Element content, Element document) {
        Set<String> ids = new HashSet<>();
        for (Element el : document.select("[id]")) {
            ids.add(el.id());
        }
        int unwrapped = 0;
        for (Element a : content.select("a[href^=#]")) {
            String target = a.attr("href").substring(1);
            if (!target.isEmpty() && !ids.contains(target) && !ids.contains(decoded(target))) {
                a.unwrap();
                unwrapped++;
            }
        }
        return unwrapped;
    }
}
