package org.republish.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void layersOverrideInOrderDefaultsFileEnvironmentOptions() throws Exception {
        Path file = dir.resolve("republish.properties");
        Files.writeString(file, "republish.output = from-file\nrepublish.input = from-file\nrepublish.pdf.page-size = Letter\n");
        Settings s = Settings.load(file,
                Map.of("REPUBLISH_INPUT", "from-env", "REPUBLISH_PDF_PAGE_SIZE", "A5", "PATH", "/bin"),
                Map.of(Settings.INPUT, "from-option"));
        assertEquals("from-option", s.get(Settings.INPUT));
        assertEquals("from-file", s.get(Settings.OUTPUT));
        assertEquals("A5", s.get(Settings.PAGE_SIZE), "env name maps onto the dashed key");
        assertEquals("routes", s.get(Settings.ROUTES), "bundled default");
        assertEquals(Set.of("html", "pdf", "epub"), s.formats());
    }

    @Test
    void aMissingConfigFileIsAnError() {
        assertThrows(java.io.IOException.class, () -> Settings.load(dir.resolve("nope"), Map.of(), Map.of()));
    }

    @Test
    void formatListsAreNormalised() {
        assertEquals(Set.of("html", "pdf"), Settings.parseFormats(" HTML, pdf ,,"));
    }
}
