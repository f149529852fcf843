package org.republish.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;
import org.republish.model.Notice;
import org.junit.jupiter.api.Test;

/** Image files are recognised by their first bytes, whatever their names say. */
class LocalImagesTest {

    @Test
    void typesAreToldByContent() {
        assertEquals("image/png", LocalImages.imageType(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
        assertEquals("image/jpeg", LocalImages.imageType(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
        assertEquals("image/gif", LocalImages.imageType("GIF89a....".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("image/gif", LocalImages.imageType("GIF87a....".getBytes(StandardCharsets.US_ASCII)));
        assertNull(LocalImages.imageType("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8)));
        assertNull(LocalImages.imageType("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)));
        assertNull(LocalImages.imageType(new byte[0]));
    }

    @Test
    void aFileCutShortIsNotComplete() throws Exception {
        byte[] png = png();
        assertTrue(LocalImages.isComplete(png, "image/png"));
        assertFalse(LocalImages.isComplete(Arrays.copyOf(png, png.length / 2), "image/png"));
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, (byte) 0xFF, (byte) 0xD9, 0, 0};
        assertTrue(LocalImages.isComplete(jpeg, "image/jpeg"), "end marker followed by padding");
        assertFalse(LocalImages.isComplete(Arrays.copyOf(jpeg, 6), "image/jpeg"));
        assertTrue(LocalImages.isComplete("GIF89a\1\2;".getBytes(StandardCharsets.ISO_8859_1), "image/gif"));
        assertFalse(LocalImages.isComplete("GIF89a\1\2".getBytes(StandardCharsets.ISO_8859_1), "image/gif"));
    }

    @Test
    void imagesAreEmbeddedOnceEachAndWithinTheArticlesAllowance(@TempDir Path folder) throws Exception {
        byte[] small = png();
        Files.write(folder.resolve("small.png"), small);
        // two images of 4.5 MB each: together over the 8 MB an article may embed
        byte[] big = new byte[4_500_000];
        System.arraycopy(small, 0, big, 0, 16);
        System.arraycopy(small, small.length - 12, big, big.length - 12, 12);
        Files.write(folder.resolve("big1.png"), big);
        Files.write(folder.resolve("big2.png"), big);
        Files.write(folder.resolve("cut.png"), Arrays.copyOf(small, small.length - 20));
        Element body = Article.newBody();
        for (String name : List.of("small.png", "small.png", "big1.png", "big2.png", "cut.png", "%2e%2e/x.png",
                "..%2Fx.png")) {
            body.appendElement("p").appendElement("img").attr("src", name).attr("alt", name);
        }
        Article article = LocalImages.embed(new Article(new ArticleMeta.Builder().title("T").build(), body),
                new InputDocument("t.md", new byte[0], folder));
        List<String> sources = article.body().select("img").eachAttr("src");
        assertTrue(sources.get(0).startsWith("data:image/png;base64,"));
        assertSame(sources.get(0), sources.get(1), "the same file gives the same data: URI, held once");
        assertTrue(sources.get(2).startsWith("data:image/png;base64,"));
        assertEquals(List.of("big2.png", "cut.png", "%2e%2e/x.png", "..%2Fx.png"), sources.subList(3, 7));
        List<String> warnings = article.warnings().stream().map(Notice::message).toList();
        assertEquals(4, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("more than 8.0 MB"), warnings.get(0));
        assertTrue(warnings.get(1).contains("cut short"), warnings.get(1));
        assertTrue(warnings.get(2).contains("outside"), warnings.get(2));
    }

    private static byte[] png() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", out);
        return out.toByteArray();
    }
}
