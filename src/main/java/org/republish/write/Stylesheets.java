package org.republish.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The house stylesheets, loaded once: {@code screen} for the HTML page (with
 * its own print and dark-mode rules), {@code print} for the PDF, {@code epub}
 * for e-readers. An operator overrides any of them by putting a file of the
 * same name ({@code screen.css}, {@code print.css}, {@code epub.css}) in the
 * templates folder; no rebuild needed.
 */
public record Stylesheets(String screen, String print, String epub) {

    public static Stylesheets bundled() {
        return new Stylesheets(resource("css/screen.css"), resource("css/print.css"), resource("css/epub.css"));
    }

    /** The bundled stylesheets, each replaced by a file of the same name in {@code templates} if there is one. */
    public static Stylesheets from(Path templates) {
        return new Stylesheets(pick(templates, "screen.css"), pick(templates, "print.css"), pick(templates, "epub.css"));
    }

    private static String pick(Path templates, String name) {
        Path own = templates == null ? null : templates.resolve(name);
        if (own != null && Files.isRegularFile(own)) {
            try {
                return Files.readString(own, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the stylesheet " + own, e);
            }
        }
        return resource("css/" + name);
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
