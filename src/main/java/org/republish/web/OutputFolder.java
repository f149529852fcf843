package org.republish.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.republish.write.ManifestWriter;

/**
 * The published articles, as their manifests in {@code output/<slug>/} say,
 * and the one way the web server reaches a file there: {@link #file(String)},
 * which accepts only {@code <folder>/<file>} names of plain characters and
 * never leaves the output folder, whatever the request path holds.
 */
final class OutputFolder {

    /** A published article, from its manifest. */
    record Published(String folder, String title, String source, String sourceUrl, String license,
            String licenseUrl, String inputName, Instant when, List<Output> outputs) {
    }

    /** One output file of an article. */
    record Output(String file, String format, long bytes) {
    }

    /** Slugs and output names: letters, digits, dot, dash, underscore; never starting with a dot. */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,254}");

    private final Path root;
    private final ObjectMapper json = new ObjectMapper();

    OutputFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The newest {@code limit} articles, newest first. A folder with an unreadable manifest is left out. */
    List<Published> recent(int limit) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> manifests;
        try (Stream<Path> dirs = Files.list(root)) {
            manifests = dirs.filter(d -> SAFE_NAME.matcher(d.getFileName().toString()).matches())
                    .map(d -> d.resolve(ManifestWriter.FILE_NAME))
                    .filter(Files::isRegularFile)
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
        List<Published> out = new ArrayList<>();
        for (Path m : manifests) {
            read(m).ifPresent(out::add);
        }
        out.sort(Comparator.comparing(Published::when).reversed());
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    private Optional<Published> read(Path manifest) {
        try {
            JsonNode root = json.readTree(Files.readString(manifest, StandardCharsets.UTF_8));
            JsonNode article = root.path("article");
            List<Output> outputs = new ArrayList<>();
            for (JsonNode o : root.path("outputs")) {
                outputs.add(new Output(o.path("file").asText(), o.path("format").asText(), o.path("bytes").asLong()));
            }
            outputs.add(new Output(ManifestWriter.FILE_NAME, "manifest", Files.size(manifest)));
            JsonNode license = article.path("license");
            return Optional.of(new Published(manifest.getParent().getFileName().toString(),
                    article.path("title").asText(""),
                    text(article.path("source").path("name")), text(article.path("source").path("url")),
                    license.isMissingNode() ? null : license.path("name").asText(license.path("id").asText()),
                    text(license.path("url")),
                    root.path("input").path("name").asText(""),
                    Files.getLastModifiedTime(manifest).toInstant(), outputs));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    /**
     * The file that {@code relative} ("slug/slug.pdf", already percent-decoded)
     * names in the output folder, if it is a regular file inside it. Anything
     * else (other separators, dot segments, hidden names, links leading out) is empty.
     */
    Optional<Path> file(String relative) {
        String[] parts = relative.split("/", -1);
        if (parts.length != 2 || !SAFE_NAME.matcher(parts[0]).matches() || !SAFE_NAME.matcher(parts[1]).matches()) {
            return Optional.empty();
        }
        Path candidate = root.resolve(parts[0]).resolve(parts[1]).normalize();
        if (!candidate.startsWith(root) || !Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            // the folder itself could be a link to elsewhere: compare real locations
            if (!candidate.toRealPath().startsWith(root.toRealPath())) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }
}
