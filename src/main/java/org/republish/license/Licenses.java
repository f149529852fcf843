package org.republish.license;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.republish.model.License;

/**
 * The Creative Commons licences this project knows, by SPDX id: the six
 * licence types (BY, BY-SA, BY-ND, BY-NC, BY-NC-SA, BY-NC-ND) in versions
 * 4.0, 3.0, 2.5 and 2.0, and the CC0 1.0 public-domain dedication.
 *
 * <p>Other versions (1.0, 2.1) and national ports (".../by-sa/3.0/us/") are
 * made on demand by {@link #creativeCommons(String, String, String)}: a port
 * gets an id in SPDX's own pattern ("CC-BY-SA-3.0-US") and the port's deed
 * URL, because a port is a distinct licence text. SPDX lists only some ports.
 *
 * <p>Immutable and safe to share across threads.
 */
public final class Licenses {

    /** Licence types in SPDX/URL form, lower case, as in the deed URL path. */
    public static final Set<String> TYPES = Set.of("by", "by-sa", "by-nd", "by-nc", "by-nc-sa", "by-nc-nd");

    /** Versions Creative Commons published for its licence suite. */
    public static final Set<String> VERSIONS = Set.of("1.0", "2.0", "2.1", "2.5", "3.0", "4.0");

    /** The newest version, assumed when a text names a type but no version. */
    public static final String LATEST_VERSION = "4.0";

    public static final License CC0 = new License("CC0-1.0", "CC0 1.0",
            "https://creativecommons.org/publicdomain/zero/1.0/");

    private static final Map<String, License> CATALOGUE = buildCatalogue();

    private static final Pattern SPDX_PATTERN =
            Pattern.compile("CC-(BY(?:-NC)?(?:-SA|-ND)?)-(\\d\\.\\d)(?:-([A-Z]{2,8}))?");

    private Licenses() {
    }

    private static Map<String, License> buildCatalogue() {
        Map<String, License> all = new LinkedHashMap<>();
        for (String version : new String[] {"4.0", "3.0", "2.5", "2.0"}) {
            for (String type : new String[] {"by", "by-sa", "by-nd", "by-nc", "by-nc-sa", "by-nc-nd"}) {
                License l = make(type, version, null);
                all.put(l.spdxId(), l);
            }
        }
        all.put(CC0.spdxId(), CC0);
        return Collections.unmodifiableMap(all);
    }

    /** Every catalogued licence, newest version first, CC0 last. */
    public static Collection<License> all() {
        return CATALOGUE.values();
    }

    /** The licence with this SPDX id, ignoring case ("cc-by-nd-4.0" finds CC-BY-ND-4.0). */
    public static Optional<License> byId(String spdxId) {
        if (spdxId == null) {
            return Optional.empty();
        }
        String key = spdxId.strip().toUpperCase(Locale.ROOT);
        if (key.equals("CC0-1.0")) {
            return Optional.of(CC0);
        }
        License known = CATALOGUE.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        // Ids outside the catalogue that still follow the pattern (CC-BY-SA-1.0, CC-BY-3.0-US).
        Matcher m = SPDX_PATTERN.matcher(key);
        if (m.matches()) {
            return creativeCommons(m.group(1), m.group(2), m.group(3));
        }
        return Optional.empty();
    }

    /**
     * The licence of this type ("by-nc-sa"), version ("3.0") and optional
     * jurisdiction of a port ("us", or null for the international licence).
     * Empty when the type or version is not one Creative Commons published.
     */
    public static Optional<License> creativeCommons(String type, String version, String jurisdiction) {
        if (type == null || version == null) {
            return Optional.empty();
        }
        String t = normaliseType(type);
        if (!TYPES.contains(t) || !VERSIONS.contains(version)) {
            return Optional.empty();
        }
        String port = jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction.toLowerCase(Locale.ROOT);
        if (port == null) {
            License known = CATALOGUE.get(spdxId(t, version, null));
            if (known != null) {
                return Optional.of(known);
            }
        }
        if (version.equals("4.0") && port != null) {
            return Optional.empty(); // 4.0 has no ports
        }
        return Optional.of(make(t, version, port));
    }

    /** "BY-NC-SA", "by nc sa", "by-nd-nc" (the 1.0 order) all become "by-nc-sa"/"by-nc-nd". */
    static String normaliseType(String type) {
        String s = type.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
        List<String> parts = List.of(s.split("-"));
        boolean nc = parts.contains("nc");
        boolean sa = parts.contains("sa");
        boolean nd = parts.contains("nd");
        boolean onlyKnownParts = Set.of("by", "nc", "sa", "nd").containsAll(parts) && parts.size() == Set.copyOf(parts).size();
        if (!s.startsWith("by") || !onlyKnownParts || (sa && nd)) {
            return s; // not a type we know; the caller rejects it
        }
        return "by" + (nc ? "-nc" : "") + (sa ? "-sa" : "") + (nd ? "-nd" : "");
    }

    private static String spdxId(String type, String version, String port) {
        return "CC-" + type.toUpperCase(Locale.ROOT) + "-" + version
                + (port == null ? "" : "-" + port.toUpperCase(Locale.ROOT));
    }

    private static License make(String type, String version, String port) {
        String shortName = "CC " + type.toUpperCase(Locale.ROOT) + " " + version
                + (port == null ? "" : " " + port.toUpperCase(Locale.ROOT));
        String url = "https://creativecommons.org/licenses/" + type + "/" + version + "/"
                + (port == null ? "" : port + "/");
        return new License(spdxId(type, version, port), shortName, url);
    }
}
