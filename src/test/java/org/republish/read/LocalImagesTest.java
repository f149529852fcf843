package org.republish.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
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
}
