package org.republish.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The one rule for which addresses may become links in any output: absolute
 * http and https addresses with a host. Anything else an input may carry
 * ({@code javascript:}, {@code data:}, {@code vbscript:}, {@code file:},
 * protocol-relative {@code //host/x}, a relative path) could run code or
 * reach outside the web when a reader clicks it, so the model never holds it.
 */
public final class WebAddress {

    private WebAddress() {
    }

    /** True for an absolute http(s) address with a host. */
    public static boolean isWeb(String address) {
        if (address == null) {
            return false;
        }
        String a = address.strip();
        if (a.isEmpty() || a.chars().anyMatch(c -> c < 0x20 || c == 0x7f || Character.isWhitespace(c))) {
            return false;
        }
        try {
            URI uri = new URI(a);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }

    /** The address stripped of surrounding space when it is a web address, else null. */
    public static String webOrNull(String address) {
        return isWeb(address) ? address.strip() : null;
    }

    /** The host of an address, lower case, without a leading "www."; "" when it has none. */
    public static String host(String address) {
        if (address == null) {
            return "";
        }
        try {
            String h = new URI(address.strip()).getHost();
            return h == null ? "" : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (URISyntaxException notAnAddress) {
            return "";
        }
    }
}
