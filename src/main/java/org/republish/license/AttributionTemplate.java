package org.republish.license;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.republish.model.Attribution;
import org.republish.model.Attribution.Span;

/**
 * A small template language for attribution wording, as written in source
 * profiles:
 * <ul>
 * <li>{@code {name}} inserts a value: {@code title}, {@code authors},
 *     {@code source}, {@code home}, {@code originalUrl}, {@code license},
 *     {@code licenseUrl}, {@code published}, {@code id};</li>
 * <li>{@code [text](target)} makes a link; the text may hold placeholders and
 *     the target is a placeholder ({@code {originalUrl}}) or a literal URL.</li>
 * </ul>
 * Everything else is literal text. A link whose target has no value is
 * written as plain text. Unknown placeholder names are rejected when the
 * template is made, so a typo in a profile fails at start-up, not in print.
 * Immutable and safe to share.
 */
public final class AttributionTemplate {

    public static final Set<String> NAMES = Set.of(
            "title", "authors", "source", "home", "originalUrl", "license", "licenseUrl", "published", "id");

    private static final Pattern TOKEN = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]*)\\)|\\{(\\w+)\\}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)\\}");

    private final String source;

    public AttributionTemplate(String template) {
        if (template == null || template.isBlank()) {
            throw new IllegalArgumentException("an attribution template must not be empty");
        }
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!NAMES.contains(m.group(1))) {
                throw new IllegalArgumentException("unknown placeholder {" + m.group(1) + "} in attribution template; "
                        + "known: " + String.join(", ", NAMES.stream().sorted().toList()));
            }
        }
        this.source = template;
    }

    public String source() {
        return source;
    }

    /** Placeholder names the template uses, e.g. to warn when originalUrl is needed but missing. */
    public boolean uses(String name) {
        return source.contains("{" + name + "}");
    }

    /** The wording with values filled in; a missing value is written as nothing. */
    public Attribution render(Map<String, String> values) {
        List<Span> spans = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Matcher m = TOKEN.matcher(source);
        int last = 0;
        while (m.find()) {
            text.append(source, last, m.start());
            if (m.group(3) != null) {
                text.append(value(values, m.group(3)));
            } else {
                String linkText = fill(m.group(1), values);
                String target = fill(m.group(2), values);
                if (target.isBlank()) {
                    text.append(linkText);
                } else {
                    flush(text, spans);
                    spans.add(Span.link(linkText, target));
                }
            }
            last = m.end();
        }
        text.append(source.substring(last));
        flush(text, spans);
        return new Attribution(spans);
    }

    private static String fill(String s, Map<String, String> values) {
        return PLACEHOLDER.matcher(s).replaceAll(r -> Matcher.quoteReplacement(value(values, r.group(1))));
    }

    private static String value(Map<String, String> values, String name) {
        String v = values.get(name);
        return v == null ? "" : v;
    }

    private static void flush(StringBuilder text, List<Span> spans) {
        if (!text.isEmpty()) {
            spans.add(Span.text(text.toString()));
            text.setLength(0);
        }
    }
}
