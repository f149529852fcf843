package org.republish.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.republish.model.Attribution;
import org.republish.model.License;

class PdfRightsTest {

    private static final byte[] PACKET = ("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">A &amp; B</rdf:li></rdf:Alt></dc:title>"
            + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>").getBytes(StandardCharsets.UTF_8);

    @Test
    void ccLicenceIsMarkedWithDeedAndNotice() throws Exception {
        License by = new License("CC-BY-4.0", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/");
        Attribution notice = new Attribution(List.of(Attribution.Span.text("From <Source> & co, "),
                Attribution.Span.link("CC BY 4.0", by.url()), Attribution.Span.text(".")));
        byte[] xmp = PdfRights.withRights(PACKET, by, notice);
        String text = new String(xmp, StandardCharsets.UTF_8);
        assertEquals("True", PdfRights.firstText(xmp, PdfRights.XMP_RIGHTS, "Marked"));
        assertEquals(by.url(), PdfRights.firstText(xmp, PdfRights.XMP_RIGHTS, "WebStatement"));
        assertEquals("From <Source> & co, CC BY 4.0.", PdfRights.firstText(xmp, PdfRights.XMP_RIGHTS, "UsageTerms"));
        assertEquals("Licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).",
                PdfRights.firstText(xmp, PdfRights.DC, "rights"));
        assertEquals("A & B", PdfRights.firstText(xmp, PdfRights.DC, "title"), "existing properties are kept");
        assertTrue(text.startsWith("<?xpacket begin="), "the packet wrapper is kept: " + text);
        assertTrue(text.trim().endsWith("<?xpacket end=\"w\"?>"), text);
    }

    @Test
    void publicDomainIsNotRightsManaged() throws Exception {
        License cc0 = new License("CC0-1.0", "CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/");
        byte[] xmp = PdfRights.withRights(PACKET, cc0, null);
        assertEquals("False", PdfRights.firstText(xmp, PdfRights.XMP_RIGHTS, "Marked"));
        assertEquals("Dedicated to the public domain: CC0 1.0 (https://creativecommons.org/publicdomain/zero/1.0/).",
                PdfRights.firstText(xmp, PdfRights.XMP_RIGHTS, "UsageTerms"));
    }
}
