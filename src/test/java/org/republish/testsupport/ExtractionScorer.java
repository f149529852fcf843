package org.republish.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The shared extraction scorer ({@code ../shared/tools/score-extraction}), run as a process. */
public final class ExtractionScorer {

    public static final Path SCORER = Path.of("../shared/tools/score-extraction");

    /** What the scorer printed, and the F1 on its last line. */
    public record Score(String output, double f1) {
    }

    private ExtractionScorer() {
    }

    /** Runs the scorer with {@code arguments} (a mode, then its paths and options); fails when it prints no F1. */
    public static Score run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", SCORER.toString()));
        command.addAll(List.of(arguments));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        String last = output.strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.startsWith("F1 "), "the scorer printed no F1 line:\n" + output);
        return new Score(output, Double.parseDouble(last.substring(3).strip()));
    }
}
