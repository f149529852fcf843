package org.republish.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.republish.clean.Cleaning;
import org.republish.inbox.Archive;
import org.republish.inbox.InputNames;
import org.republish.inbox.ReasonFiles;
import org.republish.license.Licenses;
import org.republish.model.PublishException;
import org.republish.read.FrontMatter;
import org.republish.write.ManifestWriter;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * What the desk's actions do on disk. Every file it touches is found by the desk itself (a held
 * input listed in {@code .hold/}, a published article's folder and the input recorded in its
 * manifest); a name from a request only selects among those. An input is never deleted or
 * overwritten: it is moved back into the input folder, or to {@code .error/} with its reason, or
 * copied back to be published again.
 */
final class Desk {

    /** An editor's decision about a held article; blank fields are left as the article says. */
    record Decision(String license, String profile, String title, List<String> authors, String source,
            String originalUrl) {
    }

    private static final int MAX_FIELD = 1000;

    private final Path input;
    private final InputFolder inputFolder;
    private final OutputFolder output;
    private final Set<String> profileIds;
    private final ObjectMapper json = new ObjectMapper();

    Desk(InputFolder inputFolder, OutputFolder output, Set<String> profileIds) {
        this.input = inputFolder.root().toAbsolutePath().normalize();
        this.inputFolder = inputFolder;
        this.output = output;
        this.profileIds = Set.copyOf(profileIds);
    }

    /** The held input of this name, if the desk lists it and it is still in {@code .hold/}. */
    Optional<Path> held(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Path hold = input.resolve(Archive.HOLD.folder());
        return inputFolder.refused(true, Integer.MAX_VALUE).stream()
                .map(InputFolder.Refused::name)
                .filter(name::equals)
                .map(hold::resolve)
                .filter(p -> p.getParent().equals(hold) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                .findFirst();
    }

    /**
     * Writes the editor's decision into the sidecar beside where the input will be ({@code input/NAME.yaml},
     * merged with one already there), then moves the held input back into the input folder, where the
     * service takes it again. Returns what was done, in words.
     */
    synchronized String publishHeld(String name, Decision d) throws Uploads.Refused, IOException {
        Path held = held(name).orElseThrow(() -> new Uploads.Refused(404, "No held article of that name."));
        Map<String, Object> values = new LinkedHashMap<>();
        if (!blank(d.license())) {
            String id = Licenses.byId(d.license()).orElseThrow(() -> new Uploads.Refused(400,
                    "Unknown licence \"" + clip(d.license()) + "\".")).spdxId();
            values.put("license", id);
        }
        if (!blank(d.profile())) {
            if (!profileIds.contains(d.profile())) {
                throw new Uploads.Refused(400, "Unknown source profile \"" + clip(d.profile()) + "\".");
            }
            values.put("profile", d.profile());
        }
        if (values.isEmpty()) {
            throw new Uploads.Refused(400, "Choose a licence or a source profile: without one the article would be "
                    + "held again.");
        }
        putText(values, "title", d.title());
        List<String> authors = d.authors() == null ? List.of()
                : d.authors().stream().map(String::strip).filter(a -> !a.isEmpty()).map(Desk::field).toList();
        if (!authors.isEmpty()) {
            values.put("authors", authors);
        }
        putText(values, "source", d.source());
        if (!blank(d.originalUrl())) {
            String url = field(d.originalUrl());
            if (!url.matches("(?i)https?://[^\\s]+")) {
                throw new Uploads.Refused(400, "The original address must be a web address (https://...).");
            }
            values.put("original_url", url);
        }
        Path target = input.resolve(name);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new Uploads.Refused(409, "A file named " + name + " is already waiting in the input folder; "
                    + "try again once it has been taken.");
        }
        Path sidecar = writeSidecar(name, values);
        Files.move(held, target, StandardCopyOption.ATOMIC_MOVE);
        return "Publishing " + name + " again with " + String.join(", ", values.keySet()) + " from the editor; "
                + "the decision is kept in input/" + sidecar.getFileName() + ".";
    }

    /**
     * Moves the held input to {@code .error/} with the editor's reason (and the reason it was held)
     * beside it; the hold's own reason file goes, as the input is no longer held.
     */
    synchronized String refuseHeld(String name, String editorsReason) throws Uploads.Refused, IOException {
        Path held = held(name).orElseThrow(() -> new Uploads.Refused(404, "No held article of that name."));
        if (blank(editorsReason)) {
            throw new Uploads.Refused(400, "Say why the article is refused: the reason is kept beside it.");
        }
        Path holdReason = held.resolveSibling(ReasonFiles.nameFor(name, Archive.HOLD.reasonSuffix()));
        String heldFor = Files.isRegularFile(holdReason) ? ReasonFiles.reasonIn(holdReason) : "(no reason recorded)";
        Path errors = Files.createDirectories(input.resolve(Archive.ERROR.folder()));
        String archived = Archive.freeName(errors, name);
        String why = editorsReason.replaceAll("[\\p{Cntrl}&&[^\\n]]", "").replaceAll("\\n\\s*\\n", "\n").strip();
        ReasonFiles.write(errors, archived, Archive.ERROR, name, "Refused by the editor: " + why
                + "\n\n(It had been held: " + heldFor + ")");
        Path errorReason = errors.resolve(ReasonFiles.nameFor(archived, Archive.ERROR.reasonSuffix()));
        try {
            Files.move(held, errors.resolve(archived), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(errorReason);
            throw e;
        }
        Files.deleteIfExists(holdReason);
        return "Refused " + name + ": it is in input/.error/ as " + archived + " with your reason.";
    }

    /**
     * Publishes a published article again with {@code rule} off for it alone: adds the rule to the
     * sidecar's {@code cleaning-off} list and copies the input (from {@code .done/}, the copy whose
     * SHA-256 the manifest records) back into the input folder under its name.
     */
    synchronized String republishWithout(String folder, String rule) throws Uploads.Refused, IOException {
        JsonNode manifest = manifest(folder).orElseThrow(() -> new Uploads.Refused(404, "No published article there."));
        String inputName = manifest.path("input").path("name").asText("");
        String sha = manifest.path("input").path("sha256").asText("");
        if (rule == null || !Cleaning.isKnown(rule) || !firedRules(manifest).contains(rule)) {
            throw new Uploads.Refused(400, "That is not a cleaning rule that changed this article.");
        }
        if (inputName.isEmpty() || inputName.contains("/") || inputName.contains("\\")
                || !InputNames.isTaken(inputName)) {
            throw new Uploads.Refused(409, "The manifest does not name an input the service would take.");
        }
        Path original = doneCopy(inputName, sha).orElseThrow(() -> new Uploads.Refused(409, "The input "
                + inputName + " is no longer in input/.done/, so it cannot be published again from here."));
        Path target = input.resolve(inputName);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new Uploads.Refused(409, "A file named " + inputName + " is already waiting in the input folder; "
                    + "try again once it has been taken.");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Set<String> off = new LinkedHashSet<>(existingOff(inputName));
        off.add(rule);
        values.put("cleaning-off", new ArrayList<>(off));
        Path sidecar = writeSidecar(inputName, values);
        Path temp = input.resolve(".desk-" + UUID.randomUUID() + ".tmp");
        try {
            Files.copy(original, temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return "Publishing " + inputName + " again with " + rule + " off for this article (input/"
                + sidecar.getFileName() + ", cleaning-off).";
    }

    /** The copy in {@code .done/} of the input a published article was made from, if it is still there. */
    Optional<Path> inputOf(JsonNode manifest) throws IOException {
        String inputName = manifest.path("input").path("name").asText("");
        if (inputName.isEmpty() || inputName.contains("/") || inputName.contains("\\")
                || !InputNames.isTaken(inputName)) {
            return Optional.empty();
        }
        return doneCopy(inputName, manifest.path("input").path("sha256").asText(""));
    }

    /** The manifest of a listed output folder. */
    Optional<JsonNode> manifest(String folder) {
        if (folder == null) {
            return Optional.empty();
        }
        return output.file(folder + "/" + ManifestWriter.FILE_NAME).flatMap(p -> {
            try {
                return Optional.of(json.readTree(Files.readString(p, StandardCharsets.UTF_8)));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    /** The cleaning rules that changed the article, by the manifest's change list. */
    static Set<String> firedRules(JsonNode manifest) {
        Set<String> rules = new LinkedHashSet<>();
        for (JsonNode c : manifest.path("changes")) {
            if (c.path("count").asInt(0) > 0 && Cleaning.isKnown(c.path("rule").asText(""))) {
                rules.add(c.path("rule").asText());
            }
        }
        return rules;
    }

    /** The input's copy in {@code .done/}: its own name or a numbered one ("name-2.md"), with the recorded content. */
    private Optional<Path> doneCopy(String inputName, String sha256) throws IOException {
        Path done = input.resolve(Archive.DONE.folder());
        if (!Files.isDirectory(done)) {
            return Optional.empty();
        }
        int dot = inputName.lastIndexOf('.');
        String base = dot > 0 ? inputName.substring(0, dot) : inputName;
        try (Stream<Path> files = Files.list(done)) {
            for (Path p : files.sorted().toList()) {
                String n = p.getFileName().toString();
                boolean named = n.equals(inputName) || n.startsWith(base + "-");
                if (named && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && sha256.equals(sha256(p))) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> existingOff(String inputName) throws Uploads.Refused, IOException {
        Object v = readSidecar(sidecarFor(inputName)).get("cleaning-off");
        if (v == null) {
            v = readSidecar(sidecarFor(inputName)).get("cleaning_off");
        }
        if (v instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return v == null ? List.of() : List.of(String.valueOf(v).split("[,\\s]+"));
    }

    /** The sidecar the reader will apply: {@code NAME.yaml}, or an existing {@code NAME.yml} when there is no .yaml. */
    private Path sidecarFor(String inputName) {
        int dot = inputName.lastIndexOf('.');
        String base = dot <= 0 ? inputName : inputName.substring(0, dot);
        Path yaml = input.resolve(base + ".yaml");
        Path yml = input.resolve(base + ".yml");
        return !Files.exists(yaml, LinkOption.NOFOLLOW_LINKS) && Files.isRegularFile(yml, LinkOption.NOFOLLOW_LINKS)
                ? yml : yaml;
    }

    /** Keys that mean the same to the reader: one the desk writes replaces the others. */
    private static final Map<String, Set<String>> SAME_KEY = Map.of(
            "license", Set.of("license", "licence", "license_url", "licence_url", "rights"),
            "title", Set.of("title"),
            "authors", Set.of("author", "authors", "creator", "creators"),
            "source", Set.of("source", "publication", "publisher", "source_name", "original_source"),
            "original_url", Set.of("url", "original_url", "canonical", "canonical_url", "source_url", "link",
                    "original", "originalurl"),
            "profile", Set.of("profile"),
            "cleaning-off", Set.of("cleaning_off"));

    /** Merges {@code values} into the sidecar of {@code inputName} and writes it whole. */
    private Path writeSidecar(String inputName, Map<String, Object> values) throws Uploads.Refused, IOException {
        Path sidecar = sidecarFor(inputName);
        Map<String, Object> merged = new LinkedHashMap<>(readSidecar(sidecar));
        for (String key : values.keySet()) {
            Set<String> same = SAME_KEY.getOrDefault(key, Set.of(key));
            merged.keySet().removeIf(k -> same.contains(String.valueOf(k).toLowerCase(Locale.ROOT).replace('-', '_')));
        }
        merged.putAll(values);
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).build();
        String yaml = "# written by the editor's desk; the service reads it whenever " + inputName + " is published\n"
                + new Dump(settings).dumpToString(merged);
        Path temp = sidecar.resolveSibling("." + sidecar.getFileName() + "-" + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(temp, yaml, StandardCharsets.UTF_8);
            Files.move(temp, sidecar, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        return sidecar;
    }

    private static Map<String, Object> readSidecar(Path sidecar) throws Uploads.Refused, IOException {
        if (Files.isSymbolicLink(sidecar)) {
            throw new Uploads.Refused(409, "input/" + sidecar.getFileName() + " is a symbolic link; the desk "
                    + "neither reads nor replaces it.");
        }
        if (!Files.isRegularFile(sidecar)) {
            return Map.of();
        }
        try {
            return FrontMatter.parseYaml(Files.readString(sidecar, StandardCharsets.UTF_8),
                    sidecar.getFileName().toString());
        } catch (PublishException e) {
            throw new Uploads.Refused(409, e.getMessage());
        }
    }

    private static void putText(Map<String, Object> values, String key, String text) {
        if (!blank(text)) {
            values.put(key, field(text));
        }
    }

    /** A form field as a metadata value: one line, no control characters, not too long. */
    private static String field(String text) {
        String one = text.replaceAll("\\R", " ").replaceAll("\\p{Cntrl}", "").strip();
        return one.length() > MAX_FIELD ? one.substring(0, MAX_FIELD) : one;
    }

    private static String clip(String text) {
        String t = text.replaceAll("\\p{Cntrl}", "");
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
