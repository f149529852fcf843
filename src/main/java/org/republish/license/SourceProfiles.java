package org.republish.license;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.republish.model.ArticleMeta;
import org.republish.model.License;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The source profiles in use: those shipped in the jar (classpath
 * {@code profiles/}, listed in {@code profiles/index.txt} because a jar's
 * folders cannot be listed) and every {@code *.yaml} file in a user folder.
 * A user profile with the same id replaces the shipped one.
 *
 * <p>A profile that cannot be read is a configuration mistake and fails the
 * load with a message naming the file, rather than being skipped silently.
 * Immutable once loaded and safe to share across threads.
 */
public final class SourceProfiles {

    private static final String INDEX = "profiles/index.txt";

    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private final List<SourceProfile> profiles;

    private SourceProfiles(Collection<SourceProfile> profiles) {
        this.profiles = List.copyOf(profiles);
    }

    /** The profiles shipped with the application. */
    public static SourceProfiles shipped() {
        return load(null);
    }

    /** Shipped profiles, then those in {@code userDir} (may be null or absent), user ones overriding by id. */
    public static SourceProfiles load(Path userDir) {
        Map<String, SourceProfile> byId = new LinkedHashMap<>();
        for (String file : shippedFileNames()) {
            String resource = "profiles/" + file;
            try (InputStream in = SourceProfiles.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(INDEX + " lists " + file + " but there is no " + resource);
                }
                SourceProfile p = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
                byId.put(p.id(), p);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        if (userDir != null && Files.isDirectory(userDir)) {
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(userDir, "*.{yaml,yml}")) {
                dir.forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list source profiles in " + userDir, e);
            }
            files.sort(null); // a stable order, whatever the file system returns
            for (Path f : files) {
                try {
                    SourceProfile p = parse(Files.readString(f, StandardCharsets.UTF_8), f.toString());
                    byId.remove(p.id()); // an override goes after the shipped ones, so it wins ties too
                    byId.put(p.id(), p);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read source profile " + f, e);
                }
            }
        }
        return new SourceProfiles(byId.values());
    }

    private static List<String> shippedFileNames() {
        try (InputStream in = SourceProfiles.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
    }

    public List<SourceProfile> all() {
        return profiles;
    }

    public Optional<SourceProfile> byId(String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** A profile that matched and why, e.g. "phrase \"republished from The Conversation\"". */
    public record ProfileMatch(SourceProfile profile, int score, List<String> reasons) {
        /** True when the article's metadata or sidecar named the profile ("profile: ID"). */
        public boolean named() {
            return score >= NAMED;
        }
    }

    private static final int NAMED = 100;

    /** The profile that best fits the article, or empty. */
    public Optional<SourceProfile> match(ArticleMeta meta, String fullText) {
        return findMatch(meta, fullText).map(ProfileMatch::profile);
    }

    /**
     * The best-fitting profile with the reasons. An explicit {@code profile: id}
     * in the front matter wins; then a phrase in the text counts most (it is what
     * the source itself writes), a matching URL or site name less. Ties go to the
     * profile loaded last, so a user's profile beats a shipped one.
     */
    public Optional<ProfileMatch> findMatch(ArticleMeta meta, String fullText) {
        String text = fullText == null ? "" : normaliseText(fullText);
        String explicit = meta.extra().get("profile");
        ProfileMatch best = null;
        for (SourceProfile p : profiles) {
            int score = 0;
            List<String> reasons = new ArrayList<>();
            if (explicit != null && explicit.strip().equals(p.id())) {
                score += NAMED;
                reasons.add("front matter profile: " + p.id());
            }
            for (String phrase : p.match().phrases()) {
                if (!phrase.isBlank() && text.contains(normaliseText(phrase))) {
                    score += 30;
                    reasons.add("phrase \"" + phrase + "\"");
                    break;
                }
            }
            for (String url : p.match().urls()) {
                String hit = urlMatches(url, meta.originalUrl()) ? meta.originalUrl()
                        : meta.source() != null && urlMatches(url, meta.source().homeUrl()) ? meta.source().homeUrl() : null;
                if (hit != null) {
                    score += 20;
                    reasons.add("URL " + hit);
                    break;
                }
            }
            if (meta.source() != null) {
                for (String site : p.match().sites()) {
                    if (sameSiteName(site, meta.source().name())) {
                        score += 20;
                        reasons.add("site name \"" + meta.source().name() + "\"");
                        break;
                    }
                }
            }
            if (score > 0 && (best == null || score >= best.score())) {
                best = new ProfileMatch(p, score, List.copyOf(reasons));
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Two names of one publication: "FEE" and "FEE.org", "the Cato Institute" and "Cato Institute",
     * "The Conversation — Technology" and "The Conversation" (a section after a dash).
     */
    static boolean sameSiteName(String a, String b) {
        String x = siteKey(a);
        String y = siteKey(b);
        return !x.isEmpty() && x.equals(y);
    }

    private static String siteKey(String name) {
        String s = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        s = s.replaceFirst("\\s+[—–|-]\\s+.*$", "");
        s = s.replaceFirst("^the\\s+", "").replaceFirst("^www\\.", "");
        s = s.replaceFirst("\\.(?:org|com|net|de|fr|es|co\\.uk|co|info|ch|at|eu)$", "");
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Host match ("theconversation.com" also matches "images.theconversation.com") or URL prefix. */
    static boolean urlMatches(String pattern, String url) {
        if (url == null || url.isBlank() || pattern == null || pattern.isBlank()) {
            return false;
        }
        String bare = stripScheme(url).toLowerCase(Locale.ROOT);
        String want = stripScheme(pattern).toLowerCase(Locale.ROOT);
        if (want.contains("/")) {
            return bare.startsWith(want) || bare.startsWith("www." + want);
        }
        String host;
        try {
            host = URI.create(url.contains("//") ? url.strip() : "https://" + url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.equals(want) || host.endsWith("." + want);
    }

    private static String stripScheme(String url) {
        return url.strip().replaceFirst("^(?i)[a-z][a-z0-9+.-]*:", "").replaceFirst("^//", "");
    }

    /** Text as compared with phrases: links reduced to their text, no tags, one space, lower case. */
    static String normaliseText(String s) {
        String t = MARKDOWN_LINK.matcher(s).replaceAll("$1");
        t = TAG.matcher(t).replaceAll(" ");
        return t.replace('’', '\'').replace('\u00A0', ' ').replaceAll("[*_]", "").replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    // ---- parsing ---------------------------------------------------------------------------

    static SourceProfile parse(String yaml, String where) {
        Object loaded;
        try {
            loaded = new Load(LoadSettings.builder().setLabel(where).build()).loadFromString(yaml);
        } catch (YamlEngineException e) {
            throw new IllegalArgumentException("source profile " + where + " is not valid YAML: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("source profile " + where + " must be a mapping of keys to values");
        }
        String id = string(map, "id", where, true);
        String name = string(map, "name", where, true);
        if (!id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new IllegalArgumentException("source profile " + where + ": id \"" + id
                    + "\" must be lower case letters, digits, '.', '_' or '-'");
        }
        SourceProfile.Match match = SourceProfile.Match.none();
        Object m = map.get("match");
        if (m instanceof Map<?, ?> mm) {
            match = new SourceProfile.Match(strings(mm, "sites", where), strings(mm, "urls", where),
                    strings(mm, "phrases", where));
        } else if (m != null) {
            throw new IllegalArgumentException("source profile " + where + ": match must hold sites, urls and phrases");
        }
        Map<String, AttributionTemplate> attributions = attributions(map.get("attribution"), where);
        return new SourceProfile(id, name, string(map, "home", where, false), match,
                license(map, "defaultLicense", where), license(map, "siteLicense", where), policy(map, where),
                attributions, string(map, "counter", where, false));
    }

    /** One wording for every language, or a mapping of language tags ("en", "fr") to wordings. */
    private static Map<String, AttributionTemplate> attributions(Object value, String where) {
        Map<String, AttributionTemplate> out = new LinkedHashMap<>();
        if (value == null) {
            return out;
        }
        try {
            if (value instanceof Map<?, ?> byLang) {
                for (Map.Entry<?, ?> e : byLang.entrySet()) {
                    String lang = String.valueOf(e.getKey()).strip().toLowerCase(Locale.ROOT).replace('_', '-');
                    if (!lang.matches("[a-z]{2,3}(-[a-z0-9]{2,8})*")) {
                        throw new IllegalArgumentException("attribution language \"" + e.getKey()
                                + "\" is not a language tag such as en or pt-br");
                    }
                    out.put(lang, new AttributionTemplate(String.valueOf(e.getValue())));
                }
            } else if (value instanceof List) {
                throw new IllegalArgumentException("attribution must be one wording or a mapping of languages to wordings");
            } else {
                out.put("", new AttributionTemplate(String.valueOf(value).strip()));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("source profile " + where + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static String policy(Map<?, ?> map, String where) {
        Object v = map.get("policy");
        if (v instanceof List<?> list) {
            return list.isEmpty() ? null : String.valueOf(list.get(0)).strip();
        }
        return string(map, "policy", where, false);
    }

    private static License license(Map<?, ?> map, String key, String where) {
        String id = string(map, key, where, false);
        if (id == null) {
            return null;
        }
        return Licenses.byId(id).orElseThrow(() -> new IllegalArgumentException("source profile " + where + ": "
                + key + " \"" + id + "\" is not a Creative Commons SPDX id such as CC-BY-4.0 or CC-BY-ND-4.0"));
    }

    private static String string(Map<?, ?> map, String key, String where, boolean required) {
        Object v = map.get(key);
        if (v == null || String.valueOf(v).isBlank()) {
            if (required) {
                throw new IllegalArgumentException("source profile " + where + " has no " + key);
            }
            return null;
        }
        if (v instanceof Map || v instanceof List) {
            throw new IllegalArgumentException("source profile " + where + ": " + key + " must be a single value");
        }
        return String.valueOf(v).strip();
    }

    private static List<String> strings(Map<?, ?> map, String key, String where) {
        Object v = map.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> list) {
            return list.stream().filter(x -> x != null).map(x -> String.valueOf(x).strip()).toList();
        }
        if (v instanceof Map) {
            throw new IllegalArgumentException("source profile " + where + ": match." + key + " must be a list");
        }
        return List.of(String.valueOf(v).strip());
    }
}
