package org.republish.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.republish.Assembly;
import org.republish.config.Settings;
import org.republish.model.Article;
import org.republish.pipeline.Pipeline;
import org.republish.read.ArticleReaders;
import org.republish.read.InputDocument;
import org.republish.write.ArticleXhtml;
import org.republish.write.EpubWriter;
import org.republish.write.HtmlWriter;
import org.republish.write.PdfWriter;
import org.republish.write.Stylesheets;

/**
 * One benchmark per pipeline stage, on the sample article (its body repeated
 * {@code size} times): read (Markdown to the model), prepare (read, licence,
 * cleaning, attribution), and each writer on the prepared article.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StageBenchmarks {

    @Param({"1"})
    int size;

    private ArticleReaders readers;
    private Pipeline pipeline;
    private InputDocument input;
    private Article prepared;
    private HtmlWriter html;
    private PdfWriter pdf;
    private EpubWriter epub;

    @Setup
    public void setUp() throws Exception {
        Path shared = Path.of(System.getProperty("republish.sharedDir", "../shared"));
        String sample = Files.readString(shared.resolve("samples/conversation-essf-china-russia.md"));
        input = new InputDocument("sample.md", BenchArticles.repeatBody(sample, size).getBytes(StandardCharsets.UTF_8),
                null);
        readers = new ArticleReaders();
        pipeline = Assembly.pipeline(Settings.of(Map.of()));
        prepared = pipeline.prepare(input);
        ArticleXhtml layout = new ArticleXhtml();
        Stylesheets css = Stylesheets.bundled();
        html = new HtmlWriter(layout, css);
        pdf = new PdfWriter(layout, css, "A4");
        pdf.warmUp();
        epub = new EpubWriter(layout, css);
    }

    @Benchmark
    public Article read() throws Exception {
        return readers.read(input);
    }

    @Benchmark
    public Article prepare() throws Exception {
        return pipeline.prepare(input);
    }

    @Benchmark
    public byte[] html() throws Exception {
        return html.write(prepared);
    }

    @Benchmark
    public byte[] pdf() throws Exception {
        return pdf.write(prepared);
    }

    @Benchmark
    public byte[] epub() throws Exception {
        return epub.write(prepared);
    }
}
