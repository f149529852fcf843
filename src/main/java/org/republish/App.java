package org.republish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.republish.bench.BenchCommand;
import org.republish.config.InputLimit;
import org.republish.config.Settings;
import org.republish.web.WebServer;
import org.republish.model.PublishException;
import org.republish.pipeline.Pipeline;
import org.republish.read.InputDocument;
import org.republish.write.OutputStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Command-line entry: {@code serve} (the default) runs the service, {@code convert} publishes named files once. */
@Command(name = "republish", mixinStandardHelpOptions = true, version = "republish 0.1.0",
        description = "Republishes Creative Commons articles as HTML, PDF and EPUB with attribution.%n"
                + "With no command, runs 'serve'.",
        subcommands = {App.Serve.class, App.Convert.class})
public final class App implements Callable<Integer> {

    public static void main(String[] args) {
        // under a locale that cannot spell file names such as "ünï-日本.md", run again under C.UTF-8 (Linux)
        java.util.OptionalInt relaunched = Utf8Relaunch.relaunchIfNeeded(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        if (Utf8Relaunch.launcher().isPresent()) {
            args = Utf8Relaunch.originalArguments(args);
            Utf8Relaunch.followLauncher();
            Utf8Relaunch.logRelaunched();
        }
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new App()).addSubcommand(bench()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** The {@code bench} command, measuring this service and this pipeline. */
    public static BenchCommand bench() {
        return new BenchCommand(new BenchCommand.Subject() {
            @Override
            public Callable<AutoCloseable> service(Settings settings) throws Exception {
                Service service = new Service(settings);
                return () -> {
                    service.start();
                    return service;
                };
            }

            @Override
            public Pipeline pipeline(Settings settings) {
                Pipeline pipeline = Assembly.pipeline(settings);
                Assembly.warmUp(pipeline);
                return pipeline;
            }
        });
    }

    @Override
    public Integer call() throws Exception {
        return new Serve().call();
    }

    /** Options both commands share. */
    static class Common {
        @Option(names = "--config", paramLabel = "FILE",
                description = "Properties file overriding the defaults (also REPUBLISH_CONFIG).")
        Path config;

        Map<String, String> options = new HashMap<>();

        Settings settings() throws Exception {
            Path file = config;
            if (file == null && System.getenv("REPUBLISH_CONFIG") != null) {
                file = Path.of(System.getenv("REPUBLISH_CONFIG"));
            }
            return Settings.load(file, System.getenv(), options);
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Watch the input folder and publish every file dropped into it (runs until stopped).")
    static final class Serve extends Common implements Callable<Integer> {
        @Option(names = "--input", paramLabel = "DIR", description = "Folder to watch (default: input).")
        void input(String v) { options.put(Settings.INPUT, v); }

        @Option(names = "--output", paramLabel = "DIR", description = "Folder for outputs (default: output).")
        void output(String v) { options.put(Settings.OUTPUT, v); }

        @Option(names = "--routes", paramLabel = "DIR", description = "Folder of *.camel.yaml routes (default: routes).")
        void routes(String v) { options.put(Settings.ROUTES, v); }

        @Option(names = "--to", paramLabel = "FORMATS", description = "Formats to write, e.g. html,pdf,epub.")
        void formats(String v) { options.put(Settings.FORMATS, v); }

        @Option(names = "--port", paramLabel = "PORT",
                description = "Port of the status page, health and metrics (default: 8080; 0 picks a free one).")
        void port(String v) { options.put(WebServer.PORT, v); }

        @Option(names = "--host", paramLabel = "ADDRESS",
                description = "Address they listen on (default: 127.0.0.1, this machine only).")
        void host(String v) { options.put(WebServer.HOST, v); }

        @Override
        public Integer call() throws Exception {
            new Service(settings()).run();
            return 0;
        }
    }

    @Command(name = "convert", mixinStandardHelpOptions = true,
            description = "Publish the named files once, without watching a folder. "
                    + "Exit status 0 when every file was published, 1 when any was refused or held.")
    static final class Convert extends Common implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files (.md, .markdown, .txt, .html, .htm).")
        List<Path> files;

        @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder for outputs (default: output).")
        void output(String v) { options.put(Settings.OUTPUT, v); }

        @Option(names = "--to", paramLabel = "FORMATS", description = "Formats to write, e.g. html,pdf,epub (default: all).")
        void formats(String v) { options.put(Settings.FORMATS, v); }

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Settings settings = settings();
            Pipeline pipeline = Assembly.pipeline(settings);
            Set<String> formats = settings.formats();
            for (String f : formats) {
                if (!pipeline.formats().contains(f)) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "unknown format '" + f + "'; choose from " + pipeline.formats());
                }
            }
            OutputStore store = new OutputStore(settings.path(Settings.OUTPUT));
            // one article at a time here: the whole heap is its share
            InputLimit limit = InputLimit.of(settings, Runtime.getRuntime().maxMemory(), 1);
            int refused = 0;
            for (Path file : files) {
                try {
                    if (!Files.isRegularFile(file)) {
                        throw new PublishException("The file " + file + " does not exist or is not a regular file.");
                    }
                    if (Files.size(file) > limit.bytes()) {
                        throw new PublishException("The file " + file + " is larger than the limit of "
                                + limit.bytes() + " bytes (" + limit.why() + ").");
                    }
                    Path abs = file.toAbsolutePath();
                    InputDocument input = new InputDocument(abs.getFileName().toString(), Files.readAllBytes(abs),
                            abs.getParent());
                    Pipeline.Result result = pipeline.publish(input, formats, store);
                    System.out.println(file + " -> " + result.directory());
                    result.article().warnings().forEach(w -> System.out.println("  warning: " + w.message()));
                } catch (PublishException e) {
                    refused++;
                    String what = e.disposition() == PublishException.Disposition.HOLD ? "held" : "error";
                    System.err.println(what + ": " + file + ": " + e.getMessage());
                }
            }
            return refused == 0 ? 0 : 1;
        }
    }
}
