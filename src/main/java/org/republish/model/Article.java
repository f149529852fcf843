package org.republish.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The one document model: metadata, a body, and the notices raised so far.
 *
 * <p>The body is an HTML element tree (a {@code <body>} element) holding the
 * article's blocks: paragraphs, headings, lists, quotes, tables, figures.
 * Every reader produces it, every transform maps it, every writer reads it.
 * An Article is never modified in place: {@link #body()} hands out the shared
 * tree for reading only, and a transform that changes it works on
 * {@link #bodyCopy()} and returns a new Article.
 */
public final class Article {

    /**
     * The attribute of an {@code <img>} in the body holding the picture's credit, taken off its caption when the
     * page was read ("Foto: Jane Doe/dpa"); the outputs show it beside the picture, or beside the alt text standing
     * in for a picture they leave out.
     */
    public static final String PICTURE_CREDIT = "data-credit";

    private final ArticleMeta meta;
    private final Element body;
    private final List<Notice> notices;

    public Article(ArticleMeta meta, Element body, List<Notice> notices) {
        this.meta = Objects.requireNonNull(meta, "meta");
        this.body = Objects.requireNonNull(body, "body");
        this.notices = List.copyOf(notices);
    }

    public Article(ArticleMeta meta, Element body) {
        this(meta, body, List.of());
    }

    /** An empty body element, ready to receive blocks. */
    public static Element newBody() {
        return Document.createShell("").body();
    }

    public ArticleMeta meta() {
        return meta;
    }

    /** The body for reading. Do not modify it: use {@link #bodyCopy()}. */
    public Element body() {
        return body;
    }

    /** A deep copy of the body that a transform may change freely. */
    public Element bodyCopy() {
        Document shell = Document.createShell("");
        Element copy = shell.body();
        for (var node : body.childNodes()) {
            copy.appendChild(node.clone());
        }
        return copy;
    }

    public List<Notice> notices() {
        return notices;
    }

    public Article withMeta(ArticleMeta newMeta) {
        return new Article(newMeta, body, notices);
    }

    public Article withBody(Element newBody) {
        return new Article(meta, newBody, notices);
    }

    public Article withNotice(Notice notice) {
        return withNotices(List.of(notice));
    }

    public Article withNotices(Collection<Notice> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Notice> all = new ArrayList<>(notices);
        all.addAll(more);
        return new Article(meta, body, all);
    }

    public List<Notice> warnings() {
        return notices.stream().filter(n -> n.level() == Notice.Level.WARNING).toList();
    }
}
