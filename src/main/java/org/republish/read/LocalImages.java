package org.republish.read;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
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
public final class LocalImages {

    /** Larger image files are left out: they would bloat every output, the EPUB and PDF most. */
    static final long MAX_BYTES = 10_000_000;

    /** A URL scheme (http:, data:, file:...) or a network path: not a local relative path. */
    private static final Pattern NOT_RELATIVE = Pattern.compile("^(?:[A-Za-z][A-Za-z0-9+.-]*:|//|/|\\\\).*", Pattern.DOTALL);

    private LocalImages() {
    }

    public static Article embed(Article article, InputDocument input) {
        List<String> problems = new ArrayList<>();
        for (Element img : article.body().select("img[src]")) {
            String src = img.attr("src").strip();
            if (src.isEmpty() || NOT_RELATIVE.matcher(src).matches()) {
                continue;
            }
            String problem = embedOne(img, src, input.folder());
            if (problem != null) {
                problems.add(problem);
            }
        }
        Article result = article;
        for (String problem : problems) {
            result = result.withNotice(Notice.warning("read.images", problem));
        }
        return result;
    }

    /** Replaces the image's src with its bytes; returns why it could not, or null. */
    private static String embedOne(Element img, String src, Path folder) {
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
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return "The image " + src + " is " + size / 1_000_000 + " MB, more than the " + MAX_BYTES / 1_000_000
                        + " MB an embedded image may have; its alt text stands in for it. Save a smaller version.";
            }
            byte[] bytes = Files.readAllBytes(file);
            String type = imageType(bytes);
            if (type == null) {
                return "The image " + src + " is not a PNG, JPEG or GIF file (the formats every output can carry); "
                        + "its alt text stands in for it. Save it as PNG or JPEG.";
            }
            img.attr("src", "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes));
            return null;
        } catch (IOException | InvalidPathException e) {
            return "The image " + src + " could not be read (" + e.getClass().getSimpleName() + "); its alt text "
                    + "stands in for it.";
        }
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
