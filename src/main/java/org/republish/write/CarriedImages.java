package org.republish.write;

import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.republish.model.Article;

/**
 * Which images the outputs carry: those whose bytes travel with the article,
 * as a base64 {@code data:} URI of a raster type every output can show (PNG,
 * JPEG, GIF, WebP). No output fetches anything or reads a file, so every
 * other image is left out of all of them alike, its alt text standing in for
 * it in an element of class {@value #STAND_IN_CLASS}. Stateless.
 */
final class CarriedImages {

    /** The class of the element holding a left-out image's alt text; every stylesheet styles it. */
    static final String STAND_IN_CLASS = "image-alt";

    /** A carried image's bytes, with its media type and the file extension that goes with it. */
    record Image(String mediaType, String extension, byte[] bytes) {
    }

    private static final Pattern DATA_URI = Pattern.compile("data:image/(png|jpeg|gif|webp);base64,");

    private static final Map<String, String> EXTENSIONS = Map.of("png", "png", "jpeg", "jpg", "gif", "gif",
            "webp", "webp");

    private CarriedImages() {
    }

    static boolean isCarried(Element img) {
        return carriedType(img.attr("src")) != null;
    }

    /** The image's bytes if the outputs carry it, else null. */
    static Image of(Element img) {
        String src = img.attr("src");
        String type = carriedType(src);
        if (type == null) {
            return null;
        }
        byte[] bytes = Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1));
        return new Image("image/" + type, EXTENSIONS.get(type), bytes);
    }

    /** How many images in {@code body} the outputs leave out. */
    static int leftOut(Element body) {
        return (int) body.select("img").stream().filter(img -> !isCarried(img)).count();
    }

    /** The class of a left-out image's credit in its placeholder. */
    static final String CREDIT_CLASS = "image-credit";

    /** The class of the marked placeholder that stands for a left-out image. */
    static final String PLACEHOLDER_CLASS = "image-missing";

    /**
     * Puts a marked placeholder where an image the outputs leave out stood:
     * {@code label} ("Image not included") and the image's alt text, or its
     * file name when it has no alt text, so that "the image below" still
     * points at something; then its credit, when reading left one.
     */
    static void standIn(Element img, String label) {
        String alt = img.attr("alt").strip();
        Element placeholder = new Element("span").addClass(PLACEHOLDER_CLASS);
        if (alt.isEmpty()) {
            String name = fileName(img.attr("src"));
            placeholder.appendElement("span").addClass("image-label").text(name.isEmpty() ? label : label + ": ");
            if (!name.isEmpty()) {
                placeholder.appendElement("span").addClass("image-file").text(name);
            }
        } else {
            placeholder.appendElement("span").addClass("image-label").text(label + ": ");
            placeholder.appendElement("span").addClass(STAND_IN_CLASS).text(alt);
        }
        String credit = img.attr(Article.PICTURE_CREDIT).strip();
        // an alt text that names the credit already says it
        if (!credit.isEmpty() && !alt.contains(credit)) {
            placeholder.appendText(" ");
            placeholder.appendElement("span").addClass(CREDIT_CLASS).text("(" + credit + ")");
        }
        img.replaceWith(placeholder);
    }

    /** A carried image shows the credit reading took off its caption right after it. */
    static void creditBeside(Element img) {
        String credit = img.attr(Article.PICTURE_CREDIT).strip();
        img.removeAttr(Article.PICTURE_CREDIT);
        if (!credit.isEmpty()) {
            img.after(new Element("span").addClass(CREDIT_CLASS).text("(" + credit + ")")).after(" ");
        }
    }

    /** The last path segment of an image address ("chart.png"); empty for data: URIs and bare hosts. */
    private static String fileName(String src) {
        if (src.startsWith("data:")) {
            return "";
        }
        String path = src.replaceFirst("[?#].*$", "");
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.length() > 80 ? name.substring(0, 80) + "\u2026" : name;
    }

    /**
     * "png", "jpeg", "gif" or "webp" when {@code src} is a data: URI of that
     * type holding whole base64 (no stray characters, padding only at the
     * end), so that its bytes always decode; else null.
     */
    private static String carriedType(String src) {
        Matcher header = DATA_URI.matcher(src);
        if (!header.lookingAt()) {
            return null;
        }
        int start = header.end();
        int length = src.length() - start;
        if (length == 0 || length % 4 != 0) {
            return null;
        }
        int end = src.length();
        for (int pad = 0; pad < 2 && src.charAt(end - 1) == '='; pad++) {
            end--;
        }
        for (int i = start; i < end; i++) {
            char c = src.charAt(i);
            boolean base64 = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
                    || c == '/';
            if (!base64) {
                return null;
            }
        }
        return header.group(1);
    }
}
