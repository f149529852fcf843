package org.republish.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Hugo shortcodes ({@code {{< figure src="..." >}}}), which blog posts in
 * Markdown often carry, rewritten before Markdown parsing: figures and
 * image-with-text become HTML figures, quotes become block quotes with their
 * source, videos become links, galleries keep their caption. Unknown
 * shortcodes are removed and named, so the caller can warn. Fenced code is
 * left alone, and Hugo's escaped form (a shortcode written with comment
 * markers inside its braces) becomes the literal shortcode text. Stateless.
 */
final class HugoShortcodes {

    /** The rewritten Markdown and the names of the shortcodes that were not understood. */
    record Result(String markdown, Set<String> unknown) {
    }

    /** A space may stand between a closing shortcode's slash and its name ({@code {{</ imgtxt >}}}): Hugo reads it. */
    private static final Pattern SHORTCODE = Pattern.compile(
            "\\{\\{([<%])(/\\*)?\\s*(/?)\\s*([A-Za-z][\\w.-]*)((?:[^>%\"]|\"[^\"]*\")*?)\\s*(\\*/)?\\s*[>%]}}");
    private static final Pattern PARAM = Pattern.compile("([A-Za-z_][\\w-]*)\\s*=\\s*\"([^\"]*)\"|\"([^\"]*)\"");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(`{3,}|~{3,})");

    private HugoShortcodes() {
    }

    static Result rewrite(String markdown) {
        if (!markdown.contains("{{")) {
            return new Result(markdown, Set.of());
        }
        Set<String> unknown = new TreeSet<>();
        Deque<Map<String, String>> openQuotes = new ArrayDeque<>();
        StringBuilder out = new StringBuilder(markdown.length());
        String fence = null;
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            // a shortcode may run over several lines (a long caption): read it as one line
            for (int more = 0; fence == null && more < MAX_SHORTCODE_LINES && opensUnclosed(line) && i + 1 < lines.length;
                    more++) {
                line = line + " " + lines[++i];
            }
            Matcher f = FENCE.matcher(line);
            if (f.find()) {
                String marker = f.group(1);
                if (fence == null) {
                    fence = marker.substring(0, 3);
                } else if (marker.startsWith(fence)) {
                    fence = null;
                }
                out.append(line).append('\n');
                continue;
            }
            out.append(fence != null ? line : rewriteLine(line, unknown, openQuotes)).append('\n');
        }
        out.setLength(out.length() - 1);
        return new Result(out.toString(), unknown);
    }

    /** How many lines one shortcode may span: more is a stray "{{<" in prose, not a shortcode. */
    private static final int MAX_SHORTCODE_LINES = 8;

    private static boolean opensUnclosed(String line) {
        int open = Math.max(line.lastIndexOf("{{<"), line.lastIndexOf("{{%"));
        return open >= 0 && line.indexOf(">}}", open) < 0 && line.indexOf("%}}", open) < 0;
    }

    private static String rewriteLine(String line, Set<String> unknown, Deque<Map<String, String>> openQuotes) {
        Matcher m = SHORTCODE.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            // in a code span Markdown shows text as written: a shortcode there is an example, not markup
            boolean inCode = line.substring(0, m.start()).chars().filter(c -> c == '`').count() % 2 == 1;
            if (m.group(2) != null) {
                replacement = "{{" + m.group(1) + " " + m.group(3) + m.group(4) + m.group(5) + " " + m.group(1).replace('<', '>')
                        + "}}";
                if (!inCode) {
                    // quotes escaped so that typographic reading leaves the example exactly as Hugo prints it
                    replacement = replacement.replace("\"", "\\\"").replace("'", "\\'");
                }
            } else if (inCode) {
                replacement = m.group();
            } else {
                replacement = expand(m.group(3).equals("/"), m.group(4).toLowerCase(java.util.Locale.ROOT),
                        params(m.group(5)), unknown, openQuotes);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String expand(boolean closing, String name, Map<String, String> p, Set<String> unknown,
            Deque<Map<String, String>> openQuotes) {
        switch (name) {
            case "figure", "figureforgallery", "imgtxt" -> {
                if (closing) {
                    return "";
                }
                StringBuilder fig = new StringBuilder("\n\n<figure><img src=\"").append(attr(p.get("src")))
                        .append("\" alt=\"").append(attr(p.getOrDefault("alt", ""))).append("\">");
                String caption = p.getOrDefault("caption", p.get("title"));
                if (caption != null && !caption.isBlank()) {
                    fig.append("<figcaption>").append(inlineMarkdown(caption)).append("</figcaption>");
                }
                return fig.append("</figure>\n\n").toString();
            }
            case "quote" -> {
                if (!closing) {
                    openQuotes.push(p);
                    return "\n\n<blockquote>\n\n";
                }
                Map<String, String> open = openQuotes.isEmpty() ? Map.of() : openQuotes.pop();
                String source = open.get("footer");
                return (source == null || source.isBlank() ? "" : "\n\n— " + source) + "\n\n</blockquote>\n\n";
            }
            case "gallery" -> {
                String caption = closing ? null : p.get("caption");
                return caption == null || caption.isBlank() ? "" : "\n\n" + caption + "\n\n";
            }
            case "youtube", "vimeo" -> {
                String id = p.getOrDefault("id", p.get("0"));
                if (closing || id == null) {
                    return "";
                }
                String url = name.equals("youtube") ? "https://www.youtube.com/watch?v=" + id : "https://vimeo.com/" + id;
                return "<" + url + ">";
            }
            default -> {
                unknown.add(name);
                return "";
            }
        }
    }

    /** Captions are Markdown (Hugo renders them so): links, emphasis and code, HTML in them shown as text. */
    private static final com.vladsch.flexmark.util.data.DataHolder CAPTION_OPTIONS =
            new com.vladsch.flexmark.util.data.MutableDataSet().set(
                    com.vladsch.flexmark.html.HtmlRenderer.ESCAPE_HTML, true).toImmutable();
    private static final com.vladsch.flexmark.parser.Parser CAPTION_PARSER =
            com.vladsch.flexmark.parser.Parser.builder(CAPTION_OPTIONS).build();
    private static final com.vladsch.flexmark.html.HtmlRenderer CAPTION_RENDERER =
            com.vladsch.flexmark.html.HtmlRenderer.builder(CAPTION_OPTIONS).build();

    /** A caption's Markdown as inline HTML: one paragraph's content, without the paragraph. */
    static String inlineMarkdown(String caption) {
        String html = CAPTION_RENDERER.render(CAPTION_PARSER.parse(caption.strip())).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return Entities.escape(caption); // not a single paragraph (a heading, a list): shown as written
    }

    private static Map<String, String> params(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(text);
        int position = 0;
        while (m.find()) {
            if (m.group(1) != null) {
                out.put(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2));
            } else {
                out.put(Integer.toString(position++), m.group(3));
            }
        }
        for (String bare : text.strip().split("\\s+")) {
            if (!bare.isEmpty() && !bare.contains("=") && !bare.contains("\"") && !out.containsKey("0")) {
                out.put("0", bare);
            }
        }
        return out;
    }

    private static String attr(String value) {
        return value == null ? "" : value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
