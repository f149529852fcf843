package org.republish.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.republish.model.Article;
import org.republish.model.Notice;

/**
 * Leftovers of escaping done twice by a scraper or converter, in prose only
 * (code keeps its backslashes): backslashes before the characters Markdown
 * escapes ("US\$75", "\*", "\_", "\#"), and entity references that show as
 * text ("&amp;amp;" read once still says "&amp;"). Backslashes before
 * letters, digits or parentheses ("C:\Users", "\(x\)") are left alone.
 */
public final class ResolveEscapeArtefacts implements ArticleTransform {

    private static final Pattern ESCAPED = Pattern.compile("\\\\+([$*_#~|\\[\\]`&%!.,;:?\"'<>{}+=^@\\p{Sc}-])");
    private static final Pattern ENTITY = Pattern.compile("&(?:amp;)*(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    @Override
    public Article apply(Article article) {
        Element body = article.bodyCopy();
        int count = 0;
        String example = null;
        for (TextNode t : ProseText.nodes(body)) {
            String before = t.getWholeText();
            StringBuilder out = new StringBuilder();
            Matcher m = ESCAPED.matcher(before);
            int n = 0;
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group(1)));
                n++;
            }
            m.appendTail(out);
            String after = out.toString();
            Matcher e = ENTITY.matcher(after);
            StringBuilder decoded = new StringBuilder();
            while (e.find()) {
                String value = unescapeFully(e.group());
                if (!value.equals(e.group())) {
                    n++;
                }
                e.appendReplacement(decoded, Matcher.quoteReplacement(value));
            }
            e.appendTail(decoded);
            after = decoded.toString();
            if (n > 0) {
                if (example == null) {
                    example = ProseText.example(before) + " -> " + ProseText.example(after);
                }
                t.text(after);
                count += n;
            }
        }
        if (count == 0) {
            return article;
        }
        return article.withBody(body).withNotice(Notice.change(name(),
                "resolved escape artefacts (stray backslashes, entities shown as text)", count, example));
    }

    private static String unescapeFully(String s) {
        String t = s;
        for (int i = 0; i < 4; i++) {
            String u = Parser.unescapeEntities(t, false);
            if (u.equals(t)) {
                break;
            }
            t = u;
        }
        return t;
    }
}
