package org.republish.read;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An input file as it arrived: its name, its bytes and the folder it sits in
 * (for resolving local images). Readers never touch the file itself.
 */
public record InputDocument(String fileName, byte[] bytes, Path folder) {

    public InputDocument {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** The extension in lower case, without the dot; empty when there is none. */
    public String extension() {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** The file name without its extension. */
    public String baseName() {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }
}
