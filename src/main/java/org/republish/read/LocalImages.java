package org.republish.read;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.republish.model.Article;
import org.republish.model.Notice;

/**
 * Embeds the images an article links to by a relative path (photo.jpg,
 * images/chart.png) when the file sits beside the input: its bytes become a
 * {@code data:} URI in the model, so every output carries the picture and
 * none refers to a file. Only PNG, JPEG and GIF, told by their first bytes,
 * not their names; never a file outside the input's folder; never anything
 * fetched. An image that cannot be embedded keeps its path, and the layout
 * stands its alt text in for it, with a warning naming the file.
 */
final class LocalImages {

    /** Larger image files are left out: they would bloat every output, the EPUB and PDF most. */
    static final long MAX_BYTES = 5_000_000;

    /**
     * Images embedded in one article, all together: each output holds them
     * again (base64 in the HTML), and a worker must fit an article in its
     * share of the heap.
     */
    static final long MAX_TOTAL_BYTES = 8_000_000;

    /** A URL scheme (http:, data:, file:...) or a network path: not a local relative path. */
    private static final Pattern NOT_RELATIVE = Pattern.compile("^(?:[A-Za-z][A-Za-z0-9+.-]*:|//|/|\\\\).*", Pattern.DOTALL);

    private final Path folder;
    /** One data: URI per file, however often the article shows it. */
    private final Map<Path, String> embedded = new HashMap<>();
    private long totalBytes;

    private LocalImages(Path folder) {
        this.folder = folder;
    }

    static Article embed(Article article, InputDocument input) {
        LocalImages images = new LocalImages(input.folder());
        Article result = article;
        for (Element img : article.body().select("img[src]")) {
            String src = img.attr("src").strip();
            if (src.isEmpty() || NOT_RELATIVE.matcher(src).matches()) {
                continue;
            }
            String problem = images.embedOne(img, src);
            if (problem != null) {
                result = result.withNotice(Notice.warning("read.images", problem));
            }
        }
        return result;
    }

    /** Replaces the image's src with its bytes; returns why it could not, or null. */
    private String embedOne(Element img, String src) {
        String path = src.replaceAll("[?#].*$", "");
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "The image " + src + " has a malformed path; its alt text stands in for it.";
        }
        if (folder == null) {
            return "The image " + src + " is a local file, but the article was not read from a folder; its alt "
                    + "text stands in for it.";
        }
        Path file;
        try {
            Path root = folder.toRealPath();
            file = root.resolve(path).normalize();
            if (!file.startsWith(root)) {
                return "The image " + src + " points outside the article's folder, which is never read; its alt "
                        + "text stands in for it.";
            }
            if (!Files.isRegularFile(file)) {
                return "The image " + src + " was not found next to the article (in " + folder.getFileName()
                        + "/); its alt text stands in for it. Put the image file there and drop the article again.";
            }
            file = file.toRealPath();
            if (!file.startsWith(root)) {
                return "The image " + src + " links to a file outside the article's folder, which is never read; "
                        + "its alt text stands in for it.";
            }
            String known = embedded.get(file);
            if (known != null) {
                img.attr("src", known);
                return null;
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return "The image " + src + " is " + megabytes(size) + ", more than the " + megabytes(MAX_BYTES)
                        + " an embedded image may have; its alt text stands in for it. Save a smaller version.";
            }
            if (totalBytes + size > MAX_TOTAL_BYTES) {
                return "The image " + src + " was left out: with it, the article's images would come to more than "
                        + megabytes(MAX_TOTAL_BYTES) + "; its alt text stands in for it. Save smaller versions.";
            }
            byte[] bytes = Files.readAllBytes(file);
            String type = imageType(bytes);
            if (type == null) {
                return "The image " + src + " is not a PNG, JPEG or GIF file (the formats every output can carry); "
                        + "its alt text stands in for it. Save it as PNG or JPEG.";
            }
            if (!isComplete(bytes, type)) {
                return "The image " + src + " is cut short (it does not end as a " + type.substring(6).toUpperCase(
                        Locale.ROOT) + " file does: copied only in part?); its alt text stands in for it. Copy the "
                        + "image again, then drop the article again.";
            }
            String uri = "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
            embedded.put(file, uri);
            totalBytes += size;
            img.attr("src", uri);
            return null;
        } catch (IOException | InvalidPathException e) {
            return "The image " + src + " could not be read (" + e.getClass().getSimpleName() + "); its alt text "
                    + "stands in for it.";
        }
    }

    /**
     * True if the file ends as its format says a file must: PNG with its
     * IEND chunk, JPEG with the end-of-image marker (trailing padding
     * allowed), GIF with its trailer byte. A copy cut short fails this.
     */
    static boolean isComplete(byte[] b, String type) {
        int n = b.length;
        switch (type) {
            case "image/png":
                return n >= 12 && b[n - 8] == 'I' && b[n - 7] == 'E' && b[n - 6] == 'N' && b[n - 5] == 'D';
            case "image/jpeg":
                for (int i = n - 2; i >= Math.max(0, n - 64); i--) {
                    if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xD9) {
                        return true;
                    }
                }
                return false;
            case "image/gif":
                return n > 6 && b[n - 1] == 0x3B;
            default:
                return false;
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    /** The media type told by the file's first bytes, or null for anything but PNG, JPEG and GIF. */
    static String imageType(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 6 && new String(b, 0, 6, StandardCharsets.US_ASCII).toUpperCase(Locale.ROOT).matches("GIF8[79]A")) {
            return "image/gif";
        }
        return null;
    }
}
