package org.republish.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.republish.model.Article;

/** The one rule for which images the outputs carry, and the one stand-in for those they leave out. */
class CarriedImagesTest {

    private static Element img(String src) {
        return new Element("img").attr("src", src).attr("alt", "A chart");
    }

    @Test
    void onlyWholeBase64DataUrisOfRasterTypesAreCarried() {
        byte[] bytes = "not really a picture".getBytes(StandardCharsets.US_ASCII);
        String base64 = Base64.getEncoder().encodeToString(bytes);
        for (String type : List.of("png", "jpeg", "gif", "webp")) {
            assertTrue(CarriedImages.isCarried(img("data:image/" + type + ";base64," + base64)), type);
        }
        CarriedImages.Image jpeg = CarriedImages.of(img("data:image/jpeg;base64," + base64));
        assertEquals("image/jpeg", jpeg.mediaType());
        assertEquals("jpg", jpeg.extension());
        assertArrayEquals(bytes, jpeg.bytes());

        for (String src : List.of("https://example.org/chart.png", "chart.png", "data:image/svg+xml;base64," + base64,
                "data:image/png," + base64, "data:image/png;base64,", "data:image/png;base64,abc",
                "data:image/png;base64,ab=c", "data:image/png;base64,ab c", "data:image/png;base64,====")) {
            assertFalse(CarriedImages.isCarried(img(src)), src);
            assertNull(CarriedImages.of(img(src)), src);
        }
    }

    @Test
    void aLeftOutImageIsCountedAndItsAltTextStandsInForIt() {
        Element body = Article.newBody();
        body.appendElement("p").appendChild(img("https://example.org/chart.png"));
        body.appendElement("p").appendChild(img("photo.png").attr("alt", ""));
        body.appendElement("p").appendChild(img("data:image/png;base64,AAAA"));
        assertEquals(2, CarriedImages.leftOut(body));
        for (Element i : body.select("img")) {
            if (!CarriedImages.isCarried(i)) {
                CarriedImages.standIn(i, "Image not included");
            }
        }
        assertEquals(1, body.select("img").size(), "the carried image stays");
        assertEquals("A chart", body.selectFirst("span." + CarriedImages.STAND_IN_CLASS).text());
        List<String> placeholders = body.select("span." + CarriedImages.PLACEHOLDER_CLASS).eachText();
        assertEquals(List.of("Image not included: A chart", "Image not included: photo.png"), placeholders,
                "each left-out image is marked as such, even one without alt text (the text may say \"below\")");
    }

    @Test
    void aPicturesCreditTakenOffItsCaptionShowsBesideItsStandInOrBesideThePicture() {
        Element body = Article.newBody();
        body.appendElement("p").appendChild(img("https://example.org/chart.png").attr(Article.PICTURE_CREDIT,
                "Foto: Jane Doe/dpa"));
        body.appendElement("p").appendChild(img("https://example.org/map.png").attr("alt", "A map. Foto: John Roe")
                .attr(Article.PICTURE_CREDIT, "Foto: John Roe"));
        body.appendElement("p").appendChild(img("data:image/png;base64,AAAA").attr(Article.PICTURE_CREDIT, "Jane Doe"));
        for (Element i : body.select("img")) {
            if (CarriedImages.isCarried(i)) {
                CarriedImages.creditBeside(i);
            } else {
                CarriedImages.standIn(i, "Image not included");
            }
        }
        assertEquals(List.of("Image not included: A chart (Foto: Jane Doe/dpa)", "Image not included: A map. Foto: John Roe"),
                body.select("span." + CarriedImages.PLACEHOLDER_CLASS).eachText(),
                "the credit follows the alt text, unless the alt text says it already");
        assertEquals("(Jane Doe)", body.selectFirst("img + span." + CarriedImages.CREDIT_CLASS).text());
        assertTrue(body.select("[" + Article.PICTURE_CREDIT + "]").isEmpty(), "no output keeps the attribute");
    }

    @Test
    void everyBundledStylesheetStylesTheStandIn() {
        Stylesheets css = Stylesheets.bundled();
        for (String sheet : List.of(css.screen(), css.print(), css.epub())) {
            assertTrue(sheet.contains("." + CarriedImages.STAND_IN_CLASS + " {"), sheet.lines().findFirst().orElse(""));
            assertTrue(sheet.contains("." + CarriedImages.CREDIT_CLASS + " {"), sheet.lines().findFirst().orElse(""));
        }
    }
}
