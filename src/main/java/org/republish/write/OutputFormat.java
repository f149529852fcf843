package org.republish.write;

/**
 * An output format: its name in settings and manifests, the extension of
 * its file, and its media type.
 *
 * @param name      as in {@code republish.formats}: "html", "pdf", "epub", "text"
 * @param extension of the output file, without the dot ("txt" for "text")
 * @param mediaType the IANA media type of the output
 */
public record OutputFormat(String name, String extension, String mediaType) {

    public static final OutputFormat HTML = new OutputFormat("html", "html", "text/html");
    public static final OutputFormat PDF = new OutputFormat("pdf", "pdf", "application/pdf");
    public static final OutputFormat EPUB = new OutputFormat("epub", "epub", "application/epub+zip");
    public static final OutputFormat TEXT = new OutputFormat("text", "txt", "text/plain");
}
