package org.republish.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a {@code multipart/form-data} body (RFC 7578), enough for an
 * upload form: each part's field name, file name and bytes. The whole body is
 * in memory; the caller has capped its size.
 */
final class MultipartForm {

    /** One field of the form. {@code fileName} is null for a plain field. */
    record Part(String name, String fileName, byte[] bytes) {
    }

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]{1,200})\"|([^;\\s]{1,200}))");
    private static final Pattern PARAM = Pattern.compile("(?i);\\s*(name|filename)=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]*))");

    private MultipartForm() {
    }

    /** The boundary named in a Content-Type header, if it is multipart/form-data. */
    static Optional<String> boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        Matcher m = BOUNDARY.matcher(contentType);
        return m.find() ? Optional.of(m.group(1) != null ? m.group(1) : m.group(2)) : Optional.empty();
    }

    /** The parts of {@code body}; throws IllegalArgumentException when it is not well formed. */
    static List<Part> parse(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] nextDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int pos = indexOf(body, delimiter, 0);
        if (pos < 0) {
            throw new IllegalArgumentException("the form data has no part boundary");
        }
        List<Part> parts = new ArrayList<>();
        pos += delimiter.length;
        while (true) {
            if (startsWith(body, pos, "--")) {
                return parts; // closing delimiter
            }
            if (!startsWith(body, pos, "\r\n")) {
                throw new IllegalArgumentException("the form data is malformed after a boundary");
            }
            int headersStart = pos + 2;
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0) {
                throw new IllegalArgumentException("a part of the form data has no end of headers");
            }
            // header values are UTF-8 in practice (browsers send file names that way)
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            int contentStart = headersEnd + 4;
            int contentEnd = delimiterAt(body, nextDelimiter, contentStart);
            if (contentEnd < 0) {
                throw new IllegalArgumentException("the form data ends before its closing boundary");
            }
            byte[] content = java.util.Arrays.copyOfRange(body, contentStart, contentEnd);
            String name = null;
            String fileName = null;
            for (String line : headers.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
                    Matcher m = PARAM.matcher(line);
                    while (m.find()) {
                        String value = m.group(2) != null ? m.group(2).replaceAll("\\\\(.)", "$1") : m.group(3);
                        if (m.group(1).equalsIgnoreCase("name")) {
                            name = value;
                        } else {
                            fileName = value;
                        }
                    }
                }
            }
            parts.add(new Part(name, fileName, content));
            pos = contentEnd + nextDelimiter.length;
        }
    }

    /** The next delimiter that is one: followed by CRLF (another part) or "--" (the end), not by text. */
    private static int delimiterAt(byte[] body, byte[] delimiter, int from) {
        for (int at = indexOf(body, delimiter, from); at >= 0; at = indexOf(body, delimiter, at + 1)) {
            int after = at + delimiter.length;
            if (startsWith(body, after, "\r\n") || startsWith(body, after, "--")) {
                return at;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] body, int pos, String ascii) {
        if (pos + ascii.length() > body.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (body[pos + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
