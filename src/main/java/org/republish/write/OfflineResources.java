package org.republish.write;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keeps the PDF renderer off the network and the disk. Articles come from
 * outside, so an {@code <img src>} or a stylesheet link must not make the
 * server fetch a URL (a tracking pixel, an internal address) or read a local
 * file. Only {@code data:} URIs, which are already in memory, may be loaded.
 *
 * <p>Three locks, because openhtmltopdf reaches resources by more than one
 * path: an access check before and after URI resolution, and stream
 * factories for every protocol that refuse to open anything. Link targets
 * are still resolved (as plain strings) so that links stay clickable.
 *
 * <p>One instance guards one render and records what it refused; it is not
 * shared between threads.
 */
final class OfflineResources {

    private static final String[] BLOCKED_PROTOCOLS = {"http", "https", "ftp", "file", "jar", "jrt"};

    private final List<String> refused = new ArrayList<>();

    private OfflineResources() {
    }

    /** Installs the locks on a builder and returns the guard that records refusals. */
    static OfflineResources install(PdfRendererBuilder builder) {
        OfflineResources guard = new OfflineResources();
        builder.useUriResolver(OfflineResources::resolve);
        builder.useExternalResourceAccessControl(guard::allow, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(guard::allow, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        FSStreamFactory refuseAll = guard::refuse;
        builder.useHttpStreamImplementation(refuseAll);
        builder.useProtocolsStreamImplementation(refuseAll, BLOCKED_PROTOCOLS);
        return guard;
    }

    /** The URIs the render asked for and did not get, in order, without repeats. */
    List<String> refused() {
        return refused.stream().distinct().toList();
    }

    /**
     * Resolution is string work only; nothing is opened here. Absolute URIs
     * stay as they are; relative ones have no safe base yet and are dropped.
     */
    private static String resolve(String baseUri, String uri) {
        if (uri == null || uri.isBlank()) {
            return null;
        }
        if (isData(uri)) {
            return uri;
        }
        try {
            URI parsed = new URI(uri.trim());
            return parsed.isAbsolute() ? parsed.toString() : null;
        } catch (URISyntaxException malformed) {
            return null;
        }
    }

    private boolean allow(String uri, ExternalResourceType type) {
        if (uri != null && isData(uri)) {
            return true;
        }
        refused.add(String.valueOf(uri));
        return false;
    }

    private FSStream refuse(String uri) {
        refused.add(uri);
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return null;
            }

            @Override
            public Reader getReader() {
                return null;
            }
        };
    }

    private static boolean isData(String uri) {
        return uri.trim().toLowerCase(Locale.ROOT).startsWith("data:");
    }
}
