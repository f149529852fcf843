package org.republish.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.republish.model.Article;

class HugoShortcodesTest {

    private Article read(String md) throws Exception {
        return new ArticleReaders().read(new InputDocument("p.md", md.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void figuresBecomeFiguresWithAltAndCaption() throws Exception {
        Article a = read("# T\n\nBefore.\n\n{{< figure src = \"/img/a.png\" width = \"300\" caption = \"A map\" alt = \"map of sites\" >}}\n\nAfter.\n");
        assertEquals("/img/a.png", a.body().selectFirst("figure img").attr("src"));
        assertEquals("map of sites", a.body().selectFirst("figure img").attr("alt"));
        assertEquals("A map", a.body().selectFirst("figcaption").text());
        assertFalse(a.body().text().contains("{{"));
    }

    @Test
    void quotesKeepTheirTextAndSource() throws Exception {
        Article a = read("# T\n\n{{< quote footer=\"Beatriz Milz\" >}}\nData is **fun**.\n{{< /quote >}}\n\nNext.\n");
        assertEquals("Data is fun. — Beatriz Milz", a.body().selectFirst("blockquote").text());
        assertEquals("Next.", a.body().select("p").last().text());
    }

    @Test
    void videosBecomeLinksAndGalleriesKeepCaptions() throws Exception {
        Article a = read("# T\n\n{{< youtube \"iUcm5COsKJo\" >}}\n\n{{< gallery caption=\"Two scans\" >}}\n"
                + "{{< figureforgallery src=\"a.png\" alt=\"scan A\" >}}\n{{< /gallery >}}\n");
        assertEquals("https://www.youtube.com/watch?v=iUcm5COsKJo", a.body().selectFirst("a").attr("href"));
        assertTrue(a.body().text().contains("Two scans"));
        assertEquals("scan A", a.body().selectFirst("img").attr("alt"));
    }

    @Test
    void unknownShortcodesAreRemovedWithAWarningAndCodeIsLeftAlone() throws Exception {
        Article a = read("# T\n\n{{< tweet 12345 >}}\n\nText.\n\n```\n{{< figure src=\"x\" >}}\n```\n\n"
                + "Write {{</* figure src=\"y\" */>}} in Hugo.\n");
        assertTrue(a.warnings().stream().anyMatch(n -> n.message().contains("tweet")), a.notices().toString());
        assertEquals("{{< figure src=\"x\" >}}", a.body().selectFirst("pre code").text().strip());
        assertTrue(a.body().text().contains("Write {{< figure src=\"y\" >}} in Hugo."), a.body().text());
        assertEquals(Set.of("tweet"), HugoShortcodes.rewrite("{{< tweet 1 >}}").unknown());
    }

    @Test
    void aClosingShortcodeWithASpaceAfterItsSlashIsUnderstood() throws Exception {
        Article a = read("# T\n\n{{< imgtxt src=\"logo.png\" alt=\"logo\" >}}\nText beside it.\n{{</ imgtxt >}}\n\nNext.\n");
        assertFalse(a.body().text().contains("{{"), a.body().html());
        assertEquals("logo", a.body().selectFirst("img").attr("alt"));
    }

    @Test
    void aShortcodeOverSeveralLinesIsReadAsOne() throws Exception {
        Article a = read("# T\n\n{{< figure src=\"a.png\" width=\"600\"\ncaption=\"Bullet scans\" >}}\n\nNext.\n");
        assertFalse(a.body().text().contains("{{"), a.body().html());
        assertEquals("Bullet scans", a.body().selectFirst("figcaption").text());
        assertEquals("Next.", a.body().select("p").last().text());
    }

    @Test
    void captionsAreMarkdownAsHugoRendersThem() throws Exception {
        Article a = read("# T\n\n{{< figure src=\"a.png\" caption=\"Photo by [Ana](https://example.org/ana), *CC BY 4.0*, "
                + "from `scans/` <b>not bold</b>\" >}}\n\nNext.\n");
        org.jsoup.nodes.Element caption = a.body().selectFirst("figcaption");
        assertEquals("Photo by Ana, CC BY 4.0, from scans/ <b>not bold</b>", caption.text());
        assertEquals("https://example.org/ana", caption.selectFirst("a").attr("href"));
        assertEquals("CC BY 4.0", caption.selectFirst("em").text());
        assertEquals("scans/", caption.selectFirst("code").text());
        assertEquals(null, caption.selectFirst("b"), "HTML in a caption is shown as text");
    }
}
