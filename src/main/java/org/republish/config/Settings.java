package org.republish.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The service's configuration, from four layers, each overriding the one
 * before: the defaults in the bundled {@code application.properties}, an
 * operator's properties file ({@code --config} or {@code REPUBLISH_CONFIG}),
 * environment variables ({@code REPUBLISH_OUTPUT} sets
 * {@code republish.output}; {@code REPUBLISH_PDF_PAGE_SIZE} sets
 * {@code republish.pdf.page-size}) and command-line options.
 */
public final class Settings {

    public static final String INPUT = "republish.input";
    public static final String OUTPUT = "republish.output";
    public static final String ROUTES = "republish.routes";
    public static final String FORMATS = "republish.formats";
    public static final String PAGE_SIZE = "republish.pdf.page-size";
    public static final String MAX_INPUT_BYTES = "republish.max-input-bytes";
    public static final String MAX_ELEMENTS = "republish.max-elements";
    public static final String LARGE_ELEMENTS = "republish.large-elements";
    /** The most time one article may take to publish, in seconds (0: no limit); past it the article is refused. */
    public static final String ARTICLE_SECONDS = "republish.article-seconds";
    public static final String WORKERS = "republish.workers";
    public static final String SETTLE_MS = "republish.settle-ms";
    public static final String PROFILES = "republish.profiles";
    public static final String PROFILE = "republish.profile";
    public static final String TEMPLATES = "republish.templates";
    public static final String COMMERCIAL = "republish.commercial";
    public static final String CLEAN = "republish.clean";
    public static final String TYPOGRAPHY = "republish.typography";
    public static final String PUBLISHER = "republish.publisher";

    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public static Settings load(Path configFile, Map<String, String> environment, Map<String, String> options)
            throws IOException {
        Map<String, String> merged = new TreeMap<>();
        try (InputStream in = Settings.class.getClassLoader().getResourceAsStream("application.properties")) {
            if (in != null) {
                merged.putAll(read(new java.io.InputStreamReader(in, StandardCharsets.UTF_8)));
            }
        }
        if (configFile != null) {
            if (!Files.isRegularFile(configFile)) {
                throw new IOException("configuration file " + configFile + " does not exist");
            }
            try (Reader r = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
                merged.putAll(read(r));
            }
        }
        for (Map.Entry<String, String> e : environment.entrySet()) {
            String key = e.getKey();
            if (key.startsWith("REPUBLISH_") && !key.equals("REPUBLISH_CONFIG")) {
                merged.put(propertyName(key, merged.keySet()), e.getValue());
            }
        }
        options.forEach((k, v) -> {
            if (v != null) {
                merged.put(k, v);
            }
        });
        return new Settings(merged);
    }

    /** Settings from the bundled defaults plus the given values, for tests and embedding. */
    public static Settings of(Map<String, String> overrides) {
        try {
            return load(null, Map.of(), overrides);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** REPUBLISH_PDF_PAGE_SIZE becomes republish.pdf.page-size when that key is known, else republish.pdf.page.size. */
    static String propertyName(String envName, Set<String> known) {
        String dotted = envName.toLowerCase(Locale.ROOT).replace('_', '.');
        for (String k : known) {
            if (k.replace('-', '.').equals(dotted)) {
                return k;
            }
        }
        return dotted;
    }

    private static Map<String, String> read(Reader reader) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        Map<String, String> out = new TreeMap<>();
        for (String name : p.stringPropertyNames()) {
            out.put(name, p.getProperty(name).strip());
        }
        return out;
    }

    public String get(String key) {
        return values.get(key);
    }

    public String get(String key, String fallback) {
        String v = values.get(key);
        return v == null || v.isBlank() ? fallback : v;
    }

    public Path path(String key) {
        return Path.of(get(key, ".")).toAbsolutePath().normalize();
    }

    public boolean flag(String key, boolean fallback) {
        String v = get(key);
        return v == null ? fallback : Boolean.parseBoolean(v);
    }

    public long number(String key, long fallback) {
        String v = get(key);
        try {
            return v == null ? fallback : Long.parseLong(v.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " must be a whole number, not '" + v + "'");
        }
    }

    public Set<String> formats() {
        return parseFormats(get(FORMATS, "html,pdf,epub"));
    }

    public static Set<String> parseFormats(String list) {
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(list.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .forEach(out::add);
        return out;
    }

    /** The values under {@code republish.PREFIX}, keyed as "PREFIX..." ("clean.Typography"). */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> out = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith("republish." + prefix)) {
                out.put(k.substring("republish.".length()), v);
            }
        });
        return out;
    }

    /** How many articles are published at once: the setting, or the number of cores when it is 0 or unset. */
    public int workers() {
        long n = number(WORKERS, 0);
        return n > 0 ? (int) n : Runtime.getRuntime().availableProcessors();
    }

    /** Every value, for handing to Camel as its highest-priority properties; the worker count resolved. */
    public Properties asProperties() {
        Properties p = new Properties();
        values.forEach(p::setProperty);
        p.setProperty(WORKERS, Integer.toString(workers()));
        return p;
    }
}
