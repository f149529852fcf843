package org.republish.read;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What a block's class and id say about it: sites name their article
 * containers "article", "content", "post-body"..., and their boilerplate
 * "comments", "share-bar", "sidebar", "newsletter-signup"...
 */
final class BlockHints {

    /** Boilerplate so likely that such a block is dropped before scoring (unless it also looks like content). */
    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header"
                    + "|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor"
                    + "|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie|newsletter",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MAYBE_CONTENT = Pattern.compile(
            "and|article|body|column|content|main|shadow", Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media"
                    + "|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping"
                    + "|tags|widget|social|subscribe|newsletter|cookie|breadcrumb",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SHARE = Pattern.compile("(\\b|_)(share|sharedaddy)(\\b|_)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile(
            "byline|author(?!i[sz]ation)|dateline|writtenby|p-author", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNLIKELY_ROLE = Pattern.compile(
            "^(menu|menubar|complementary|navigation|alert|alertdialog|dialog)$", Pattern.CASE_INSENSITIVE);

    /** A box about the author, set by the site beside or under the article ("author-bio", "post-author__bio"). */
    private static final Pattern AUTHOR_BOX = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:author[_-]{0,2}(?:box|bio|info|description|profile|details|card|about)"
                    + "|about[_-]?(?:the[_-]?)?author|autor(?:in|en)?[_-]{0,2}(?:box|info|bio|profil)|bio[_-]?box"
                    + "|saboxplugin-wrap|abh_box)(?:$|[\\s_-])");

    /** A modifier ("has-sharing", "site__main--no-sidebar") says what a box holds or lacks, not what it is. */
    private static final Pattern MODIFIER = Pattern.compile("(?i)(?:^|[-_])(?:has|is|no|with|without)[-_]");

    private BlockHints() {
    }

    /** Whether a class name is a modifier of its box rather than a name for it. */
    static boolean modifier(String className) {
        return MODIFIER.matcher(className).find();
    }

    static String classAndId(Element e) {
        return e.className() + " " + e.id();
    }

    static boolean unlikely(Element e) {
        String hints = classAndId(e);
        return (UNLIKELY.matcher(hints).find() && !MAYBE_CONTENT.matcher(hints).find())
                || UNLIKELY_ROLE.matcher(e.attr("role")).matches();
    }

    /** +25 for a content-like class, -25 for a boilerplate-like one, the same again for the id. */
    static int weight(Element e) {
        int w = 0;
        for (String hint : new String[] {e.className(), e.id()}) {
            if (hint.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(hint).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(hint).find()) {
                w += 25;
            }
        }
        return w;
    }

    static boolean share(Element e) {
        return SHARE.matcher(classAndId(e)).find();
    }

    static boolean authorBox(Element e) {
        return AUTHOR_BOX.matcher(classAndId(e)).find();
    }

    static boolean byline(Element e) {
        return "author".equalsIgnoreCase(e.attr("rel")) || e.attr("itemprop").toLowerCase().contains("author")
                || BYLINE.matcher(classAndId(e)).find();
    }
}
