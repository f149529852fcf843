package org.republish.inbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names made from an input's name that must fit the file system: most allow
 * 255 bytes per name, and an input may already use all of them, so a lock
 * marker ({@code name.camelLock}), a reason file ({@code name.error.txt}) or
 * its temporary would not fit (issue 14, item 8: such inputs never left the
 * folder, or lost their reason). Too long a name is cut at a character
 * boundary and given a hash of the whole, so it stays the same for the same
 * input and differs between inputs that share their first 200-odd bytes.
 */
public final class ShortNames {

    /** Bytes in a file name on Linux's file systems (ext4, xfs, btrfs, tmpfs). */
    public static final int MAX_BYTES = 255;
    private static final int HASH_CHARS = 16;

    private ShortNames() {
    }

    /** {@code name + suffix}, or when that is longer than {@link #MAX_BYTES}, name cut + "~" + hash + suffix. */
    public static String fit(String name, String suffix) {
        String whole = name + suffix;
        if (bytes(whole) <= MAX_BYTES) {
            return whole;
        }
        String tail = "~" + hash(name) + suffix;
        return cut(name, MAX_BYTES - bytes(tail)) + tail;
    }

    /** True when {@code name} is a name {@link #fit} shortened (for the file it stands for, see the file). */
    public static boolean isShortened(String name, String suffix) {
        return bytes(name + suffix) > MAX_BYTES;
    }

    /** The longest start of {@code s} of at most {@code max} UTF-8 bytes that does not split a character. */
    public static String cut(String s, int max) {
        int used = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int n = bytes(new String(Character.toChars(cp)));
            if (used + n > max) {
                break;
            }
            used += n;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    public static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
