package org.republish.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The house stylesheets, loaded once: {@code screen} for the HTML page (with
 * its own print and dark-mode rules), {@code print} for the PDF, {@code epub}
 * for e-readers.
 */
public record Stylesheets(String screen, String print, String epub) {

    public static Stylesheets bundled() {
        return new Stylesheets(resource("css/screen.css"), resource("css/print.css"), resource("css/epub.css"));
    }

    static String resource(String name) {
        try (InputStream in = Stylesheets.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
