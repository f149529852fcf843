package org.republish.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Times pandoc on the same inputs, one process per output as a user would
 * run it, for a rough comparison. pandoc writes PDF only through a LaTeX or
 * HTML-to-PDF engine; without one on PATH its PDF is left out (and said so).
 */
final class PandocComparison {

    private static final List<String> PDF_ENGINES = List.of("weasyprint", "wkhtmltopdf", "xelatex", "pdflatex");

    /** pandoc's time per article by format, in milliseconds (median of the runs). */
    record Result(String version, String pdfEngine, double htmlMs, double epubMs, double pdfMs) {
        double totalMs() {
            return htmlMs + epubMs + (Double.isNaN(pdfMs) ? 0 : pdfMs);
        }
    }

    private PandocComparison() {
    }

    /** The pandoc version line, or null when pandoc is not on PATH. */
    static String version() {
        try {
            Process p = new ProcessBuilder("pandoc", "--version").redirectErrorStream(true).start();
            String first = new String(p.getInputStream().readAllBytes()).lines().findFirst().orElse("pandoc");
            return p.waitFor() == 0 ? first : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static Result run(List<BenchArticles.Article> articles, Path work) throws IOException, InterruptedException {
        String version = version();
        if (version == null) {
            return null;
        }
        String engine = PDF_ENGINES.stream().filter(PandocComparison::onPath).findFirst().orElse(null);
        Files.createDirectories(work);
        List<Double> html = new ArrayList<>();
        List<Double> epub = new ArrayList<>();
        List<Double> pdf = new ArrayList<>();
        for (BenchArticles.Article a : articles) {
            Path in = work.resolve(a.fileName());
            Files.write(in, a.bytes());
            html.add(time(List.of("pandoc", "-s", "--metadata", "pagetitle=x", in.toString(), "-o",
                    work.resolve(a.fileName() + ".html").toString())));
            epub.add(time(List.of("pandoc", in.toString(), "-o", work.resolve(a.fileName() + ".epub").toString())));
            if (engine != null) {
                pdf.add(time(List.of("pandoc", in.toString(), "--pdf-engine=" + engine, "-o",
                        work.resolve(a.fileName() + ".pdf").toString())));
            }
        }
        return new Result(version, engine, Latencies.of(html).percentile(50), Latencies.of(epub).percentile(50),
                pdf.isEmpty() ? Double.NaN : Latencies.of(pdf).percentile(50));
    }

    private static double time(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("pandoc took over 2 minutes: " + command);
        }
        if (p.exitValue() != 0) {
            throw new IOException("pandoc failed (" + p.exitValue() + "): " + command);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
