package org.republish.write;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One finished output: its file name, format and bytes. */
public record OutputFile(String fileName, String format, byte[] bytes) {

    public String sha256() {
        return Hashes.sha256(bytes);
    }

    /** SHA-256 as lower-case hex. */
    public static final class Hashes {
        private Hashes() {
        }

        public static String sha256(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
        }
    }
}
