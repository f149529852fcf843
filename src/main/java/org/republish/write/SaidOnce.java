package org.republish.write;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The EPUB says each thing once. Its title page already gives the byline,
 * where and when the article first appeared, the licence and the
 * attribution, and its navigation document is the table of contents; so the
 * chapter keeps only its title (and standfirst) at the top, loses the inline
 * contents box, and does not end with the attribution again. The HTML page
 * and the PDF, which have no title page, keep all of these.
 */
final class SaidOnce {

    private SaidOnce() {
    }

    static void trimChapter(Document chapter) {
        for (Element header : chapter.select("header.title-block")) {
            header.select("> p.byline, > p.dateline").remove();
        }
        chapter.select("nav.toc").remove();
        chapter.select("footer.attribution").remove();
    }
}
