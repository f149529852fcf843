package org.republish.testsupport;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import com.adobe.epubcheck.util.ReportingLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs EPUBCheck (the W3C's EPUB validator) in-process and returns what it
 * says as data. Usage and info messages are kept apart from errors and
 * warnings: a book is {@link Result#clean()} with no fatal error, error or
 * warning. EPUBCheck reads a file, so bytes are first written under
 * {@code target/epubcheck/} (relative to the working directory, which
 * surefire sets to the project root). Each call has its own report, so calls
 * are independent.
 */
public final class EpubChecker {

    /** The folder bytes are written to before checking; inside Maven's target/ so it is cleaned with it. */
    public static final Path WORK_DIR = Path.of("target", "epubcheck");

    /** One EPUBCheck message: severity, id (e.g. RSC-005), where, and its text. */
    public record Finding(Severity severity, String id, String location, String text) {
        @Override
        public String toString() {
            return severity + " " + id + " " + location + ": " + text;
        }
    }

    /** Everything EPUBCheck reported about one book. */
    public record Result(String book, List<Finding> findings) {

        public List<Finding> errors() {
            return at(Severity.FATAL, Severity.ERROR);
        }

        public List<Finding> warnings() {
            return at(Severity.WARNING);
        }

        public List<Finding> usages() {
            return at(Severity.USAGE);
        }

        /** No fatal error, no error, no warning (usage and info messages allowed). */
        public boolean clean() {
            return errors().isEmpty() && warnings().isEmpty();
        }

        /** The errors and warnings, one a line, for an assertion message. */
        public String problems() {
            List<Finding> problems = new ArrayList<>(errors());
            problems.addAll(warnings());
            return book + ": " + problems.size() + " problem(s)\n"
                    + problems.stream().map(Finding::toString).collect(Collectors.joining("\n"));
        }

        private List<Finding> at(Severity... severities) {
            List<Severity> wanted = List.of(severities);
            return findings.stream().filter(f -> wanted.contains(f.severity())).toList();
        }
    }

    private EpubChecker() {
    }

    /** Checks an EPUB given as bytes; {@code name} names the temporary file (no folders). */
    public static Result check(byte[] epub, String name) {
        String fileName = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (!fileName.endsWith(".epub")) {
            fileName += ".epub";
        }
        try {
            Files.createDirectories(WORK_DIR);
            Path file = WORK_DIR.resolve(fileName);
            Files.write(file, epub);
            return check(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks an EPUB file. */
    public static Result check(Path epub) {
        CollectingReport report = new CollectingReport(epub.getFileName().toString());
        new EpubCheck(epub.toFile(), report).doValidate();
        return new Result(epub.getFileName().toString(), List.copyOf(report.findings));
    }

    /** Keeps every message EPUBCheck reports, usage included. */
    private static final class CollectingReport extends MasterReport {
        final List<Finding> findings = new ArrayList<>();

        CollectingReport(String book) {
            setEpubFileName(book);
            setReportingLevel(ReportingLevel.Usage);
        }

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            String where = location == null ? "" : location.getPath()
                    + (location.getLine() > 0 ? ":" + location.getLine() + ":" + location.getColumn() : "");
            findings.add(new Finding(message.getSeverity(), message.getID().name().replace('_', '-'), where,
                    message.getMessage(args)));
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
            // feature reports (what the book uses) are not findings
        }

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {
            // nothing to set up
        }
    }
}
