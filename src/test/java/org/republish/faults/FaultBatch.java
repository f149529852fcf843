package org.republish.faults;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.republish.write.OutputFile;

/**
 * The 300 files the fault test drops: valid, invalid and hostile, each with
 * the folder it must end in (or ANY where more than one outcome is right).
 */
final class FaultBatch {

    enum Expect { DONE, ERROR, HOLD, ANY }

    /** One file to drop; {@code slow} files are written in chunks over 1 to 2 seconds. */
    record Drop(String name, byte[] bytes, Expect expect, boolean slow) {
        String sha256() {
            return OutputFile.Hashes.sha256(bytes);
        }
    }

    static final String SHARED_TITLE = "Shared headline for several articles";
    static final String SHARED_SLUG = "shared-headline-for-several-articles";
    static final long MAX_INPUT_BYTES = 200_000;
    static final int MAX_ELEMENTS = 2_000;
    private static final String LICENSED = "---\nlicense: CC-BY-4.0\n---\n";

    private FaultBatch() {
    }

    static List<Drop> build(long seed) {
        Random random = new Random(seed);
        List<Drop> drops = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            String title = i % 15 == 0 ? SHARED_TITLE : "Fault article number " + i;
            drops.add(md(String.format("valid-%03d.md", i), LICENSED + "# " + title + "\n\n" + prose(random, i), Expect.DONE));
        }
        for (int i = 1; i <= 30; i++) {
            drops.add(new Drop(String.format("page-%03d.html", i), utf8("<!DOCTYPE html><html lang=\"en\"><head>"
                    + "<meta charset=\"utf-8\"><title>Fault page " + i + "</title>"
                    + "<link rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/\"></head><body><article>"
                    + "<h1>Fault page " + i + "</h1><p>" + prose(random, 1000 + i).replace("\n\n", "</p><p>")
                    + "</p></article></body></html>"), Expect.DONE, false));
        }
        for (int i = 1; i <= 20; i++) {
            drops.add(new Drop(String.format("slow-%03d.md", i),
                    utf8(LICENSED + "# Slowly written article " + i + "\n\n" + prose(random, 2000 + i).repeat(4)),
                    Expect.DONE, true));
        }
        for (int i = 1; i <= 20; i++) {
            drops.add(md(String.format("unlicensed-%03d.md", i), "# Nobody said the licence " + i + "\n\n" + prose(random, 3000 + i),
                    Expect.HOLD));
        }
        addInvalid(drops, random);
        addHostile(drops);
        String[] awkward = {"with spaces %d.md", "-leading-dash-%d.md", "--double-dash-%d.md", "dots..inside-%d.md",
            "r\u00e9sum\u00e9 \u00fcber %d.md"};
        for (int i = 0; i < 10; i++) {
            drops.add(md(String.format(awkward[i % awkward.length], i), LICENSED + "# Awkward file name " + i + "\n\n"
                    + prose(random, 4000 + i), Expect.DONE));
        }
        for (int i = 1; i <= 4; i++) {
            drops.add(new Drop("cp1252-" + i + ".md", (LICENSED + "# Windows text " + i + "\n\n\u201cCaf\u00e9\u201d \u2013 "
                    + "na\u00efve r\u00e9sum\u00e9.\n").getBytes(Charset.forName("windows-1252")), Expect.DONE, false));
            byte[] body = (LICENSED + "# Sixteen bit text " + i + "\n\n\u039a\u03b1\u03bb\u03b7\u03bc\u03ad\u03c1\u03b1.\n")
                    .getBytes(StandardCharsets.UTF_16LE);
            byte[] bom = new byte[body.length + 2];
            bom[0] = (byte) 0xFF;
            bom[1] = (byte) 0xFE;
            System.arraycopy(body, 0, bom, 2, body.length);
            drops.add(new Drop("utf16-" + i + ".md", bom, Expect.DONE, false));
        }
        if (drops.size() != 300) {
            throw new IllegalStateException("batch has " + drops.size() + " files");
        }
        return drops;
    }

    private static void addInvalid(List<Drop> drops, Random random) {
        for (int i = 1; i <= 8; i++) {
            drops.add(new Drop("empty-" + i + ".md", new byte[0], Expect.ERROR, false));
            drops.add(md("blank-" + i + ".md", " \n\t\n".repeat(i), Expect.ERROR));
            byte[] binary = new byte[2048 * i];
            random.nextBytes(binary);
            binary[3] = 0;
            drops.add(new Drop("binary-" + i + ".md", binary, Expect.ERROR, false));
            byte[] text = utf8(LICENSED + "# Cut " + i + "\n\nEnds in \u6587");
            drops.add(new Drop("cut-" + i + ".md", Arrays.copyOf(text, text.length - 1), Expect.ERROR, false));
        }
        for (int i = 1; i <= 6; i++) {
            drops.add(md("nul-" + i + ".md", LICENSED + "# NUL " + i + "\n\n" + "words ".repeat(2000) + "\0\n", Expect.ERROR));
            drops.add(md("huge-" + i + ".md", LICENSED + "# Huge " + i + "\n\n"
                    + "A sentence that repeats. ".repeat((int) (MAX_INPUT_BYTES / 20)), Expect.ERROR));
            drops.add(md("document-" + i + ".docx", "PK not really a word file " + i, Expect.ERROR));
            drops.add(md("broken-yaml-" + i + ".md", "---\ntitle: [unclosed\nlicense: CC-BY-4.0\n---\n# Body\n\ntext\n",
                    Expect.ERROR));
            drops.add(md("many-elements-" + i + ".md", LICENSED + "# Many elements " + i + "\n\n"
                    + "- item\n".repeat(MAX_ELEMENTS + 100 * i), Expect.ERROR));
        }
    }

    private static void addHostile(List<Drop> drops) {
        for (int i = 1; i <= 3; i++) {
            drops.add(md("script-" + i + ".md", LICENSED + "# Script " + i + "\n\n<script>alert(1)</script>\n\n"
                    + "<iframe src=\"https://example.org\"></iframe>\n\n[click](javascript:alert(1)) "
                    + "<img src=x onerror=alert(1)> <a href=\"data:text/html,<script>x</script>\">d</a>\n\nText.\n", Expect.DONE));
            drops.add(new Drop("hostile-" + i + ".html", utf8("<html><head><meta http-equiv=refresh content=\"0;url=https://evil\">"
                    + "<base href=\"https://evil/\"><link rel=license href=\"https://creativecommons.org/licenses/by/4.0/\">"
                    + "<style>body{display:none}</style><title>Hostile page " + i + "</title></head><body onload=\"x()\">"
                    + "<article><h1>Hostile page " + i + "</h1><p onclick=\"x()\">Text <a href=\"javascript:x()\">a</a></p>"
                    + "<form action=\"https://evil\"><input name=p></form><object data=x></object><embed src=x>"
                    + "<svg onload=\"x()\"><script>x()</script></svg><math><mi xlink:href=\"javascript:x()\">m</mi></math>"
                    + "<p>More text.</p></article></body></html>"), Expect.DONE, false));
            drops.add(md("deep-quote-" + i + ".md", LICENSED + "# Deep quotes " + i + "\n\n" + ">".repeat(300 * i) + " deep\n",
                    Expect.ANY));
            drops.add(md("deep-list-" + i + ".md", LICENSED + "# Deep list " + i + "\n\n" + deepList(150 * i), Expect.ANY));
            drops.add(new Drop("deep-divs-" + i + ".html", utf8("<html><head><link rel=license href=\"https://creativecommons.org/"
                    + "licenses/by/4.0/\"><title>Deep divs " + i + "</title></head><body><article><h1>Deep divs " + i + "</h1>"
                    + "<div>".repeat(3000 * i) + "deep" + "</div>".repeat(3000 * i) + "</article></body></html>"), Expect.ANY, false));
            drops.add(new Drop("unclosed-bold-" + i + ".html", utf8("<html><head><link rel=license href=\"https://creativecommons.org/"
                    + "licenses/by/4.0/\"><title>Unclosed " + i + "</title></head><body><p>" + "<b><i>x".repeat(2000 * i)
                    + "</p></body></html>"), Expect.ANY, false));
            drops.add(md("alias-bomb-" + i + ".md", "---\nlicense: CC-BY-4.0\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                    + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
                    + "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n---\n# Alias bomb " + i + "\n\ntext\n",
                    Expect.ANY));
            drops.add(md("long-title-" + i + ".md", LICENSED + "# " + "Very long title ".repeat(700 * i) + "\n\nText.\n", Expect.ANY));
            drops.add(md("controls-" + i + ".md", LICENSED + "# Bidi \u202e and zero\u200bwidth " + i + "\n\n"
                    + "Z\u0335\u0336\u0337\u0338a\u0301\u0302\u0303\u0304l\u0305\u0306g\u0307o\u0308 \u202etext\u202c \ufeff\u2028x\n",
                    Expect.DONE));
            drops.add(md("emphasis-" + i + ".md", LICENSED + "# Emphasis storm " + i + "\n\n" + "*a **b _c __d [e ".repeat(3000 * i) + "\n",
                    Expect.ANY));
        }
    }

    private static String deepList(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int d = 0; d < depth; d++) {
            sb.append("  ".repeat(d)).append("- level ").append(d).append('\n');
        }
        return sb.toString();
    }

    private static String prose(Random random, int n) {
        String[] words = {"river", "council", "budget", "school", "harbour", "study", "climate", "vote", "market", "data",
            "bridge", "museum", "forest", "report", "village", "archive"};
        StringBuilder sb = new StringBuilder();
        int paragraphs = 2 + random.nextInt(6);
        for (int p = 0; p < paragraphs; p++) {
            sb.append("Paragraph ").append(p).append(" of article ").append(n).append(':');
            int count = 30 + random.nextInt(80);
            for (int w = 0; w < count; w++) {
                sb.append(' ').append(words[random.nextInt(words.length)]);
            }
            sb.append(".\n\n");
        }
        return sb.toString();
    }

    private static Drop md(String name, String text, Expect expect) {
        return new Drop(name, utf8(text), expect, false);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
