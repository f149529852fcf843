package org.republish.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Small PNG pictures of a PDF's first page for the status page, rendered once
 * per file version (path and modification time) and kept for the most recent
 * {@value #CACHED} files.
 */
final class Thumbnails {

    static final int CACHED = 100;
    /**
     * Renderings at a time: the server has many threads (so slow clients cannot starve it), and a
     * status page asks for a thumbnail per article; a PDF loaded for rendering can take megabytes.
     */
    private final Semaphore rendering = new Semaphore(2);
    private static final float DPI = 24;

    private record Cached(FileTime modified, byte[] png) {
    }

    private final Map<Path, Cached> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Cached> eldest) {
            return size() > CACHED;
        }
    };

    /** The first page of {@code pdf} as PNG bytes. */
    byte[] firstPage(Path pdf) throws IOException {
        FileTime modified = Files.getLastModifiedTime(pdf);
        synchronized (cache) {
            Cached c = cache.get(pdf);
            if (c != null && c.modified().equals(modified)) {
                return c.png();
            }
        }
        byte[] png;
        try {
            rendering.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to render", e);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            if (doc.getNumberOfPages() == 0) {
                throw new IOException("the PDF has no pages");
            }
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            png = out.toByteArray();
        } finally {
            rendering.release();
        }
        synchronized (cache) {
            cache.put(pdf, new Cached(modified, png));
        }
        return png;
    }
}
