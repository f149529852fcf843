package org.republish.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The status page at {@code /}: plain HTML, no script. Built with jsoup's
 * element API, so every name, title and reason (all of which come from
 * articles or file names, none of which are trusted) is escaped by
 * construction: nothing is ever pasted into markup as text.
 */
final class StatusPage {

    static final int RECENT = 25;
    static final int REFUSED = 50;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static final String CSS = """
            body{font:15px/1.45 system-ui,sans-serif;margin:1.5rem auto;max-width:75rem;padding:0 1rem;color:#222}
            h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc}
            table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;
            border-bottom:1px solid #eee}th{background:#f4f4f4}.empty{color:#777;font-style:italic}
            .reason{white-space:pre-wrap;max-width:50rem}.summary span{margin-right:1.5rem}
            .notice{padding:.6rem .8rem;border-radius:4px;background:#e8f5e9}.notice.bad{background:#fdecea}
            a.out{margin-right:.6rem}form.search .field{display:inline-block;margin:0 1rem .4rem 0}
            form.search label{display:block;font-size:.9rem;font-weight:600}
            form.search input,form.search select,form.search button{font:inherit;padding:.25rem}td.thumb img{border:1px solid #ccc;display:block}
            td{overflow-wrap:anywhere}
            @media (max-width:40rem){
            body{margin:.8rem auto;padding:0 .6rem}
            table,thead,tbody,tr,th,td{display:block}thead{position:absolute;left:-9999px}
            tr{border-bottom:1px solid #ccc;padding:.4rem 0}td{border:0;padding:.15rem 0}
            td[data-label]:not([data-label=""])::before{content:attr(data-label) ": ";font-weight:600}
            .reason{max-width:none}}""";

    private final InputFolder input;
    private final OutputFolder output;
    private final long maxInputBytes;
    private final ZoneId zone;
    /** The cluster this node belongs to; null when it runs alone. */
    private volatile java.util.function.Supplier<org.republish.cluster.ClusterSnapshot> cluster;

    StatusPage(InputFolder input, OutputFolder output, long maxInputBytes, ZoneId zone) {
        this.input = input;
        this.output = output;
        this.maxInputBytes = maxInputBytes;
        this.zone = zone;
    }

    void showCluster(java.util.function.Supplier<org.republish.cluster.ClusterSnapshot> cluster) {
        this.cluster = cluster;
    }

    /** The page, with an optional message at the top (the outcome of an upload). */
    String render(String message, boolean messageIsError, Map<String, Boolean> readiness) {
        return render(message, messageIsError, readiness, Filter.NONE);
    }

    /** States an article can be in, as the filter names them. */
    static final List<String> STATES = List.of("published", "waiting", "failed", "held");

    /**
     * What the lists are narrowed to (the search form at the top): words in the title, source, file
     * name or reason; a licence (published articles only have one); a state; a range of dates.
     * Every field may be empty; a malformed date is ignored, and said so.
     */
    record Filter(String text, String licence, String state, LocalDate from, LocalDate to, String problem) {
        static final Filter NONE = new Filter("", "", "", null, null, null);

        static Filter of(Map<String, String> query) {
            String problem = null;
            LocalDate from = null;
            LocalDate to = null;
            try {
                from = date(query.get("from"));
                to = date(query.get("to"));
            } catch (DateTimeParseException e) {
                problem = "A date could not be read (use YYYY-MM-DD); the dates are not applied.";
                from = null;
                to = null;
            }
            String state = query.getOrDefault("state", "").strip();
            return new Filter(query.getOrDefault("q", "").strip(), query.getOrDefault("licence", "").strip(),
                    STATES.contains(state) ? state : "", from, to, problem);
        }

        private static LocalDate date(String value) {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        }

        boolean any() {
            return !text.isEmpty() || !licence.isEmpty() || !state.isEmpty() || from != null || to != null;
        }

        boolean shows(String listState) {
            // a licence is known only of published articles: choosing one narrows the page to them
            return (state.isEmpty() || state.equals(listState)) && (licence.isEmpty() || listState.equals("published"));
        }

        boolean matches(Instant when, ZoneId zone, String... texts) {
            LocalDate day = when.atZone(zone).toLocalDate();
            if ((from != null && day.isBefore(from)) || (to != null && day.isAfter(to))) {
                return false;
            }
            if (text.isEmpty()) {
                return true;
            }
            String needle = text.toLowerCase(Locale.ROOT);
            for (String t : texts) {
                if (t != null && t.toLowerCase(Locale.ROOT).contains(needle)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** An empty page of the service's own (UTF-8, English, sized for phones) with its title and stylesheet. */
    static Document page(String title, String css) {
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(true);
        doc.selectFirst("html").attr("lang", "en");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title);
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(css));
        return doc;
    }

    /** At most this many matches of a search are listed. */
    static final int FOUND = 200;

    /** The page with its lists narrowed by {@code filter}. */
    String render(String message, boolean messageIsError, Map<String, Boolean> readiness, Filter filter) {
        Document doc = page("republish status", CSS);
        Element body = doc.body();
        body.appendElement("h1").text("republish status");

        if (message != null) {
            body.appendElement("p").addClass(messageIsError ? "notice bad" : "notice").attr("role", "status")
                    .text(message);
        }
        List<InputFolder.Waiting> waiting = input.waiting();
        int waitingCount = waiting.size();
        boolean filtering = filter.any();
        List<InputFolder.Refused> failed = input.refused(false, filtering ? Integer.MAX_VALUE : REFUSED);
        List<InputFolder.Refused> held = input.refused(true, filtering ? Integer.MAX_VALUE : REFUSED);
        List<OutputFolder.Published> recent = output.recent(filtering ? Integer.MAX_VALUE : RECENT);
        List<String> licences = recent.stream().map(OutputFolder.Published::license).filter(l -> l != null)
                .distinct().sorted().toList();
        if (filtering) {
            recent = recent.stream().filter(p -> filter.shows("published")
                    && (filter.licence().isEmpty() || filter.licence().equals(p.license()))
                    && filter.matches(p.when(), zone, p.title(), p.source(), p.inputName())).limit(FOUND).toList();
            waiting = waiting.stream().filter(w -> filter.shows("waiting") && filter.matches(w.modified(), zone, w.name()))
                    .limit(FOUND).toList();
            failed = failed.stream().filter(r -> filter.shows("failed") && filter.matches(r.when(), zone, r.name(),
                    r.reason())).limit(FOUND).toList();
            held = held.stream().filter(r -> filter.shows("held") && filter.matches(r.when(), zone, r.name(),
                    r.reason())).limit(FOUND).toList();
        }

        boolean ready = readiness.values().stream().allMatch(Boolean::booleanValue);
        Element summary = body.appendElement("p").addClass("summary");
        summary.appendElement("span").text("Service: " + (ready ? "ready" : "starting or stopping"));
        summary.appendElement("span").text("Waiting: " + waitingCount);
        summary.appendElement("span").text("Failed: " + input.refusedCount(false));
        summary.appendElement("span").text("Held: " + input.refusedCount(true));
        summary.appendElement("span").text("Page made " + TIME.format(Instant.now().atZone(zone)));

        upload(body);
        if (cluster != null) {
            ClusterSection.render(body, cluster.get(), zone);
        }
        search(body, filter, licences);
        if (filter.problem() != null) {
            body.appendElement("p").addClass("notice bad").attr("role", "status").text(filter.problem());
        }
        if (filter.shows("published")) {
            recent(body, recent, filtering);
        }
        if (filter.shows("waiting")) {
            waiting(body, waiting);
        }
        if (filter.shows("failed")) {
            refused(body, "failed", "Failed (input/.error/)", failed);
        }
        if (filter.shows("held")) {
            refused(body, "held", "Held for an editor (input/.hold/)", held);
        }
        labelCells(body);
        return "<!DOCTYPE html>\n" + doc.html();
    }

    private void upload(Element body) {
        body.appendElement("h2").text("Add an article");
        Element form = body.appendElement("form").attr("method", "post").attr("action", "/upload")
                .attr("enctype", "multipart/form-data");
        Element label = form.appendElement("label");
        label.appendText("Markdown or HTML file (.md, .markdown, .txt, .html, .htm; at most "
                + humanBytes(maxInputBytes) + "): ");
        label.appendElement("input").attr("type", "file").attr("name", "file").attr("required", "")
                .attr("accept", ".md,.markdown,.txt,.html,.htm");
        form.appendText(" ");
        form.appendElement("button").attr("type", "submit").text("Upload");
    }

    /** A plain GET form: the filter is in the address, so a search can be bookmarked or shared. */
    private void search(Element body, Filter filter, List<String> licences) {
        body.appendElement("h2").attr("id", "search").text("Find an article");
        Element form = body.appendElement("form").addClass("search").attr("method", "get").attr("action", "/")
                .attr("role", "search").attr("aria-labelledby", "search");
        field(form, "q", "Title, source or file name", "search", filter.text());
        Element licence = labelled(form, "licence", "Licence").appendElement("select").attr("id", "licence")
                .attr("name", "licence");
        option(licence, "", "any", filter.licence());
        licences.forEach(l -> option(licence, l, l, filter.licence()));
        Element state = labelled(form, "state", "State").appendElement("select").attr("id", "state")
                .attr("name", "state");
        option(state, "", "any", filter.state());
        STATES.forEach(st -> option(state, st, st, filter.state()));
        field(form, "from", "From", "date", filter.from() == null ? "" : filter.from().toString());
        field(form, "to", "To", "date", filter.to() == null ? "" : filter.to().toString());
        form.appendElement("button").attr("type", "submit").text("Find");
        if (filter.any()) {
            form.appendText(" ");
            form.appendElement("a").attr("href", "/").text("Show everything");
        }
    }

    private static Element labelled(Element form, String id, String label) {
        Element span = form.appendElement("span").addClass("field");
        span.appendElement("label").attr("for", id).text(label);
        return span;
    }

    private static void field(Element form, String id, String label, String type, String value) {
        labelled(form, id, label).appendElement("input").attr("type", type).attr("id", id).attr("name", id)
                .attr("value", value);
    }

    private static void option(Element select, String value, String text, String chosen) {
        Element o = select.appendElement("option").attr("value", value).text(text);
        if (value.equals(chosen)) {
            o.attr("selected", "");
        }
    }

    private void recent(Element body, List<OutputFolder.Published> recent, boolean filtering) {
        body.appendElement("h2").attr("id", "recent").text(filtering ? "Published, matching the search"
                : "Recently published");
        if (recent.isEmpty()) {
            body.appendElement("p").addClass("empty").text(filtering ? "None matches." : "Nothing published yet.");
            return;
        }
        Element table = table(body, "published", "", "Title", "Source", "Licence", "Published at", "Input", "Outputs");
        for (OutputFolder.Published p : recent) {
            Element row = table.appendElement("tr");
            Element preview = row.appendElement("td").addClass("thumb");
            p.outputs().stream().filter(o -> o.format().equals("pdf")).findFirst().ifPresent(pdf ->
                    preview.appendElement("a").attr("href", outputHref(p.folder(), pdf.file()))
                            .appendElement("img").attr("src", "/thumb/" + outputHref(p.folder(), pdf.file())
                                    .substring("/output/".length()))
                            .attr("alt", "First page of the PDF").attr("width", "56").attr("loading", "lazy"));
            // the article's own page at the desk: what cleaning did, and republishing with a rule off
            row.appendElement("td").addClass("title").appendElement("a")
                    .attr("href", "/desk/published?" + DeskPages.queryParameter("folder", p.folder())).text(p.title());
            link(row.appendElement("td"), p.source() == null ? "unknown" : p.source(), p.sourceUrl());
            link(row.appendElement("td"), p.license() == null ? "unknown" : p.license(), p.licenseUrl());
            row.appendElement("td").text(TIME.format(p.when().atZone(zone)));
            row.appendElement("td").text(p.inputName());
            Element outs = row.appendElement("td");
            for (OutputFolder.Output o : p.outputs()) {
                outs.appendElement("a").addClass("out").attr("href", outputHref(p.folder(), o.file()))
                        .attr("title", o.file() + ", " + humanBytes(o.bytes()))
                        .text(o.format().toUpperCase(java.util.Locale.ROOT));
            }
        }
    }

    private void waiting(Element body, List<InputFolder.Waiting> waiting) {
        body.appendElement("h2").attr("id", "waiting").text("Waiting in input/");
        if (waiting.isEmpty()) {
            body.appendElement("p").addClass("empty").text("No files waiting.");
            return;
        }
        Element table = table(body, "waiting", "File", "Size", "Since");
        for (InputFolder.Waiting w : waiting) {
            Element row = table.appendElement("tr");
            row.appendElement("td").text(w.name());
            row.appendElement("td").text(humanBytes(w.bytes()));
            row.appendElement("td").text(TIME.format(w.modified().atZone(zone)));
        }
    }

    private void refused(Element body, String id, String heading, List<InputFolder.Refused> refused) {
        body.appendElement("h2").attr("id", id).text(heading);
        if (refused.isEmpty()) {
            body.appendElement("p").addClass("empty").text("None.");
            return;
        }
        Element table = table(body, id, "File", "Reason", "When");
        for (InputFolder.Refused r : refused) {
            Element row = table.appendElement("tr");
            Element file = row.appendElement("td").addClass("file");
            if (id.equals("held")) {
                // the held article's page at the desk, with the form that resolves the hold
                file.appendElement("a").attr("href", "/desk/held?" + DeskPages.queryParameter("file", r.name())).text(r.name());
            } else {
                file.text(r.name());
            }
            row.appendElement("td").addClass("reason").text(r.reason());
            row.appendElement("td").text(TIME.format(r.when().atZone(zone)));
        }
    }

    /**
     * Each cell names its column ({@code data-label}): on a narrow screen (a phone) the rows are
     * stacked, one cell a line under its column's name, instead of a table wider than the screen.
     */
    static void labelCells(Element body) {
        for (Element table : body.select("table")) {
            // not eachText(), which leaves out the empty heading of the thumbnails' column
            List<String> headings = table.select("thead th").stream().map(Element::text).toList();
            for (Element row : table.select("tbody > tr")) {
                for (int i = 0; i < row.childrenSize() && i < headings.size(); i++) {
                    row.child(i).attr("data-label", headings.get(i));
                }
            }
        }
    }

    static Element table(Element body, String cssClass, String... headings) {
        Element table = body.appendElement("table").addClass(cssClass);
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : headings) {
            head.appendElement("th").attr("scope", "col").text(h);
        }
        return table.appendElement("tbody");
    }

    /** A link only for http(s) addresses; anything else (javascript:, data:) is shown as text. */
    private static void link(Element cell, String text, String url) {
        if (text == null || text.isBlank()) {
            cell.text("");
        } else if (url != null && (url.startsWith("https://") || url.startsWith("http://"))) {
            cell.appendElement("a").attr("href", url).attr("rel", "noopener noreferrer").text(text);
        } else {
            cell.text(text);
        }
    }

    static String outputHref(String folder, String file) {
        return "/output/" + encode(folder) + "/" + encode(file);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String humanBytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
