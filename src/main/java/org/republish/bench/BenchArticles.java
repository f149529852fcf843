package org.republish.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Distinct articles for a benchmark, made from the sample article and the
 * rOpenSci corpus. Each copy gets its own title (so its own slug and output
 * folder) and its own file name, so the service publishes every one of them
 * instead of replacing earlier outputs.
 */
final class BenchArticles {

    /** One generated input file. */
    record Article(String fileName, byte[] bytes) {
    }

    /** A source text the copies are made from. */
    private record Source(String baseName, String text) {
    }

    private final List<Source> sources;
    private final String sample;

    private BenchArticles(String sample, List<Source> sources) {
        this.sample = sample;
        this.sources = List.copyOf(sources);
    }

    /** The sample plus every Markdown post in {@code corpus} (which may be null or absent). */
    static BenchArticles load(Path sampleFile, Path corpus) throws IOException {
        String sample = Files.readString(sampleFile, StandardCharsets.UTF_8);
        List<Source> sources = new ArrayList<>();
        sources.add(new Source("sample", sample));
        if (corpus != null && Files.isDirectory(corpus)) {
            try (Stream<Path> files = Files.list(corpus)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    String name = f.getFileName().toString();
                    sources.add(new Source(name.substring(0, name.length() - 3),
                            Files.readString(f, StandardCharsets.UTF_8)));
                }
            }
        }
        return new BenchArticles(sample, sources);
    }

    int sourceCount() {
        return sources.size();
    }

    /** Copy number {@code n} (from 0), cycling through the sources; distinct for every n. */
    Article article(int n) {
        Source source = sources.get(n % sources.size());
        String text = retitled(source.text(), " (copy " + n + ")");
        return new Article(String.format("bench-%05d-%s.md", n, source.baseName()), bytes(text));
    }

    /** The sample with its body repeated {@code times} times, as copy {@code n}. */
    Article scaledSample(int times, int n) {
        String text = retitled(repeatBody(sample, times), " (x" + times + " copy " + n + ")");
        return new Article(String.format("bench-x%03d-%05d-sample.md", times, n), bytes(text));
    }

    /** The sample's text with its body repeated, for size-scaling runs and microbenchmarks. */
    static String repeatBody(String sample, int times) {
        if (times <= 1) {
            return sample;
        }
        // repeat the paragraphs between the title and the closing author notes, which the cleaning
        // stage recognises only at the end
        List<String> lines = sample.lines().toList();
        int title = indexOfTitle(lines);
        int end = Math.max(title + 1, lines.size() - 6);
        StringBuilder out = new StringBuilder();
        lines.subList(0, title + 1).forEach(l -> out.append(l).append('\n'));
        String body = String.join("\n", lines.subList(title + 1, end)) + "\n";
        for (int i = 0; i < times; i++) {
            out.append(body).append('\n');
        }
        lines.subList(end, lines.size()).forEach(l -> out.append(l).append('\n'));
        return out.toString();
    }

    /** Adds {@code suffix} to the title: the front matter's {@code title:} or else the first level-1 heading. */
    static String retitled(String text, String suffix) {
        Objects.requireNonNull(suffix);
        List<String> lines = new ArrayList<>(text.lines().toList());
        boolean frontMatter = !lines.isEmpty() && lines.get(0).strip().equals("---");
        if (frontMatter) {
            for (int i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
                String line = lines.get(i);
                if (line.startsWith("title:")) {
                    String value = line.substring("title:".length()).strip();
                    if (value.length() >= 2 && (value.startsWith("'") || value.startsWith("\""))
                            && value.endsWith(value.substring(0, 1))) {
                        value = value.substring(0, value.length() - 1) + suffix + value.charAt(0);
                    } else if (!value.isEmpty() && !value.startsWith(">") && !value.startsWith("|")) {
                        value = value + suffix;
                    } else {
                        break;
                    }
                    lines.set(i, "title: " + value);
                    return String.join("\n", lines) + "\n";
                }
            }
            lines.add(1, "title: \"Benchmark article" + suffix.replace("\"", "") + "\"");
            return String.join("\n", lines) + "\n";
        }
        int title = indexOfTitle(lines);
        if (title >= 0 && lines.get(title).startsWith("# ")) {
            lines.set(title, lines.get(title) + suffix);
        } else {
            lines.add(0, "# Benchmark article" + suffix);
            lines.add(1, "");
        }
        return String.join("\n", lines) + "\n";
    }

    private static int indexOfTitle(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("# ")) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
