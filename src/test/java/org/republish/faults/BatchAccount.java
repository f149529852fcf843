package org.republish.faults;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.republish.faults.FaultBatch.Drop;
import org.republish.faults.FaultBatch.Expect;
import org.republish.write.OutputFile;

/**
 * Accounts for a dropped batch after the service (one node or several) has
 * worked through it: every file in exactly one of input/.done/, .error/ (with
 * its reason) or .hold/ (with its note), one whole, readable output folder per
 * published input, nothing temporary left, no fault of republish logged.
 */
final class BatchAccount {

    static final Set<String> ARCHIVES = Set.of(".done", ".error", ".hold");

    private BatchAccount() {
    }

    /** Checks the whole promise; returns how many drops ended where. */
    static Map<Expect, Integer> account(List<Drop> drops, Path input, Path output, String log) throws IOException {
        List<String> problems = new ArrayList<>();

        // every archived input, by folder, with its content hash
        record Archived(String folder, String name, String sha) {
        }
        List<Archived> archived = new ArrayList<>();
        for (String folder : ARCHIVES) {
            for (Path p : Folders.list(input.resolve(folder))) {
                String n = p.getFileName().toString();
                if (Files.isRegularFile(p) && !isReason(folder, n)) {
                    archived.add(new Archived(folder, n, OutputFile.Hashes.sha256(Files.readAllBytes(p))));
                }
            }
        }
        // each drop matches exactly one archived file: its own name (or name-N.ext) and its own bytes
        List<Archived> unmatched = new ArrayList<>(archived);
        Map<Expect, Integer> outcome = new java.util.EnumMap<>(Expect.class);
        for (Drop d : drops) {
            Pattern name = archivedNamePattern(d.name());
            Archived match = unmatched.stream().filter(a -> a.sha().equals(d.sha256()) && name.matcher(a.name()).matches())
                    .findFirst().orElse(null);
            if (match == null) {
                problems.add("not archived anywhere: " + d.name());
                continue;
            }
            unmatched.remove(match);
            Expect where = switch (match.folder()) {
                case ".done" -> Expect.DONE;
                case ".error" -> Expect.ERROR;
                default -> Expect.HOLD;
            };
            outcome.merge(where, 1, Integer::sum);
            if (d.expect() != Expect.ANY && d.expect() != where) {
                problems.add(d.name() + " expected in " + d.expect() + " but is in " + match.folder() + reasonOf(input, match.folder(),
                        match.name()));
            }
        }
        unmatched.forEach(a -> problems.add("archived more than once or never dropped: " + a.folder() + "/" + a.name()));

        // reasons beside refused inputs, and no reason without its input
        for (String folder : List.of(".error", ".hold")) {
            String suffix = folder.equals(".error") ? ".error.txt" : ".hold.txt";
            Set<String> names = new TreeSet<>(Folders.names(input.resolve(folder)));
            for (String n : names) {
                if (n.endsWith(suffix)) {
                    String of = n.substring(0, n.length() - suffix.length());
                    if (!names.contains(of)) {
                        problems.add("reason without its input: " + folder + "/" + n);
                    } else if (Files.size(input.resolve(folder).resolve(n)) < 40) {
                        problems.add("reason too short: " + folder + "/" + n);
                    }
                } else if (!names.contains(n + suffix)) {
                    problems.add("refused input without its reason: " + folder + "/" + n);
                }
            }
        }

        // published articles: one whole folder per input, readable outputs, no duplicates
        List<Folders.Published> published = Folders.published(output);
        Map<String, List<Folders.Published>> bySha = published.stream().collect(Collectors.groupingBy(Folders.Published::inputSha256));
        Map<String, List<Folders.Published>> byName = published.stream().collect(Collectors.groupingBy(Folders.Published::inputName));
        bySha.forEach((sha, list) -> {
            if (list.size() > 1) {
                problems.add("one input published into several folders: " + list.stream().map(p -> p.folder().getFileName()).toList());
            }
        });
        byName.forEach((n, list) -> {
            if (list.size() > 1) {
                problems.add(n + " published into several folders: " + list.stream().map(p -> p.folder().getFileName()).toList());
            }
        });
        Set<String> doneShas = archived.stream().filter(a -> a.folder().equals(".done")).map(Archived::sha).collect(Collectors.toSet());
        if (!doneShas.equals(bySha.keySet())) {
            problems.add("published folders do not match .done/: " + doneShas.size() + " published inputs, "
                    + bySha.size() + " folders");
        }
        for (Folders.Published p : published) {
            problems.addAll(Folders.wholenessProblems(p));
            problems.addAll(readable(p));
        }
        long sharedSlugFolders = Folders.names(output).stream()
                .filter(n -> n.equals(FaultBatch.SHARED_SLUG) || n.matches(Pattern.quote(FaultBatch.SHARED_SLUG) + "-\\d+")).count();
        long sharedTitleInputs = drops.stream().filter(d -> d.name().startsWith("valid-")).map(Drop::sha256).distinct()
                .filter(sha -> new String(drops.stream().filter(d -> d.sha256().equals(sha)).findFirst().orElseThrow().bytes(),
                        java.nio.charset.StandardCharsets.UTF_8).contains("# " + FaultBatch.SHARED_TITLE))
                .count();
        if (sharedSlugFolders != sharedTitleInputs) {
            problems.add(sharedTitleInputs + " articles share a title but have " + sharedSlugFolders + " folders");
        }

        // nothing left behind
        List<String> pending = pending(input);
        if (!pending.isEmpty()) {
            problems.add("still in input/: " + pending);
        }
        List<String> leftovers = Leftovers.find(input.getParent());
        if (!leftovers.isEmpty()) {
            problems.add("temporary files left: " + leftovers);
        }
        if (log.contains("failed file=")) {
            problems.add("faults in republish itself were logged:\n" + log.lines().filter(l -> l.contains("failed file=")
                    || l.contains("Exception") || l.contains("Error:")).limit(40).collect(Collectors.joining("\n")));
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
        return outcome;
    }

    /** The PDF opens with PDFBox and has the title's first words; the EPUB is a zip with its mimetype first. */
    static List<String> readable(Folders.Published p) {
        List<String> problems = new ArrayList<>();
        String slug = p.folder().getFileName().toString();
        String title = p.manifest().path("article").path("title").asText();
        try (PDDocument pdf = Loader.loadPDF(p.folder().resolve(slug + ".pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            // the title's first word: bidi controls later in a title reorder the extracted text
            String start = title.strip().split("[\\s\\p{Cf}]+")[0];
            if (pdf.getNumberOfPages() < 1 || !text.contains(start)) {
                problems.add(slug + ".pdf lacks its title '" + start + "'");
            }
        } catch (IOException e) {
            problems.add(slug + ".pdf does not open: " + e);
        }
        try (ZipFile epub = new ZipFile(p.folder().resolve(slug + ".epub").toFile())) {
            if (!"mimetype".equals(epub.entries().nextElement().getName())) {
                problems.add(slug + ".epub does not start with its mimetype");
            }
        } catch (IOException e) {
            problems.add(slug + ".epub does not open: " + e);
        }
        try {
            String html = Files.readString(p.folder().resolve(slug + ".html"));
            if (!html.strip().endsWith("</html>")) {
                problems.add(slug + ".html is not complete");
            }
        } catch (IOException e) {
            problems.add(slug + ".html unreadable: " + e);
        }
        return problems;
    }

    static boolean isReason(String folder, String name) {
        return (folder.equals(".error") && name.endsWith(".error.txt")) || (folder.equals(".hold") && name.endsWith(".hold.txt"));
    }

    /** "name.ext" or "name-N.ext", the names an input may be archived under. */
    static Pattern archivedNamePattern(String name) {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        return Pattern.compile(Pattern.quote(base) + "(-\\d+)?" + Pattern.quote(ext));
    }

    static String reasonOf(Path input, String folder, String name) {
        Path r = input.resolve(folder).resolve(name + (folder.equals(".hold") ? ".hold.txt" : ".error.txt"));
        try {
            return Files.exists(r) ? ": " + Files.readString(r).lines().filter(l -> l.startsWith("Reason")).findFirst().orElse("") : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Inputs archived so far (reason files not counted). */
    static int archived(Path input) {
        int n = 0;
        for (String folder : ARCHIVES) {
            for (Path p : Folders.list(input.resolve(folder))) {
                if (Files.isRegularFile(p) && !isReason(folder, p.getFileName().toString())) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Visible files still in input/ (being written or waiting). */
    static List<String> pending(Path input) {
        return Folders.list(input).stream().filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
    }

    static void await(Duration timeout, java.util.function.BooleanSupplier condition,
            java.util.function.Supplier<String> what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + timeout.toSeconds() + " s: " + what.get());
            }
            Thread.sleep(100);
        }
    }

    static void writeSlowly(Path file, byte[] bytes, long pauseMs) throws IOException, InterruptedException {
        int chunks = 10;
        int size = Math.max(1, bytes.length / chunks);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int off = 0; off < bytes.length; off += size) {
                out.write(bytes, off, Math.min(size, bytes.length - off));
                out.flush();
                Thread.sleep(pauseMs);
            }
        }
    }


    /**
     * Drops {@code batch} into {@code input} in an order shuffled by {@code seed}, as editors do: each file written
     * under a hidden name and renamed in, except slow ones, written in place in chunks on {@code pool} (their
     * futures go to {@code writes}), with {@code pauseMs} between drops.
     */
    static void dropShuffled(List<Drop> batch, Path input, java.util.concurrent.ExecutorService pool, long seed,
            java.util.Random timing, List<java.util.concurrent.Future<?>> writes, long pauseMs)
            throws IOException, InterruptedException {
        List<Drop> order = new ArrayList<>(batch);
        java.util.Collections.shuffle(order, new java.util.Random(seed));
        for (Drop d : order) {
            if (d.slow()) {
                long pause = 60 + timing.nextInt(140);
                writes.add(pool.submit(() -> {
                    writeSlowly(input.resolve(d.name()), d.bytes(), pause);
                    return null;
                }));
            } else {
                dropWhole(input, d);
            }
            Thread.sleep(pauseMs);
        }
    }

    /** One file written under a hidden name, then renamed into {@code input} whole. */
    static void dropWhole(Path input, Drop d) throws IOException {
        Path temp = input.resolve("." + d.name() + ".writing");
        Files.write(temp, d.bytes());
        Files.move(temp, input.resolve(d.name()), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
