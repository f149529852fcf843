package org.republish.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.republish.write.OutputFile;

/** Reads what the service left in input/ and output/, for the tests that account for every file. */
final class Folders {

    static final ObjectMapper JSON = new ObjectMapper();

    private Folders() {
    }

    /** One published article folder: its manifest and the folder it sits in. */
    record Published(Path folder, JsonNode manifest) {
        String inputName() {
            return manifest.path("input").path("name").asText();
        }

        String inputSha256() {
            return manifest.path("input").path("sha256").asText();
        }
    }

    /** Every folder in output/ that holds a manifest (hidden folders included, so leftovers show up). */
    static List<Published> published(Path output) {
        List<Published> all = new ArrayList<>();
        for (Path dir : list(output)) {
            Path m = dir.resolve("manifest.json");
            if (Files.isRegularFile(m)) {
                try {
                    all.add(new Published(dir, JSON.readTree(m.toFile())));
                } catch (IOException e) {
                    throw new UncheckedIOException("unreadable manifest " + m, e);
                }
            }
        }
        return all;
    }

    /** The folders whose manifest names this input (by name). */
    static List<Published> byInputName(Path output, String inputName) {
        return published(output).stream().filter(p -> p.inputName().equals(inputName)).toList();
    }

    /**
     * Problems with one published folder: every output listed in the manifest
     * exists with the recorded size and SHA-256, and nothing else is there.
     */
    static List<String> wholenessProblems(Published p) {
        List<String> problems = new ArrayList<>();
        List<String> expected = new ArrayList<>(List.of("manifest.json"));
        for (JsonNode out : p.manifest().path("outputs")) {
            String name = out.path("file").asText();
            expected.add(name);
            Path file = p.folder().resolve(name);
            if (!Files.isRegularFile(file)) {
                problems.add(p.folder().getFileName() + ": missing " + name);
                continue;
            }
            try {
                byte[] bytes = Files.readAllBytes(file);
                if (bytes.length != out.path("bytes").asLong()) {
                    problems.add(p.folder().getFileName() + ": " + name + " has " + bytes.length + " bytes, manifest says "
                            + out.path("bytes").asLong());
                } else if (!OutputFile.Hashes.sha256(bytes).equals(out.path("sha256").asText())) {
                    problems.add(p.folder().getFileName() + ": " + name + " SHA-256 differs from the manifest");
                }
            } catch (IOException e) {
                problems.add(p.folder().getFileName() + ": cannot read " + name + ": " + e);
            }
        }
        for (Path f : list(p.folder())) {
            if (!expected.contains(f.getFileName().toString())) {
                problems.add(p.folder().getFileName() + ": unexpected file " + f.getFileName());
            }
        }
        return problems;
    }

    static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> names(Path dir) {
        return list(dir).stream().map(p -> p.getFileName().toString()).toList();
    }

    /** Everything under dir, relative, for failure messages. */
    static String tree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(p -> dir.relativize(p).toString()).sorted().toList().toString();
        } catch (IOException e) {
            return e.toString();
        }
    }
}
