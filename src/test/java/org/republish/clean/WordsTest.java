package org.republish.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.republish.testsupport.Samples;

/**
 * The word lists the fidelity check compares. {@link Words#of} reads text
 * with a hand-written scanner for speed; it must give exactly the words of
 * the plain regular-expression definition below, on real articles and on
 * generated text full of the awkward cases.
 */
class WordsTest {

    private static final Pattern WORD =
            Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:['\u2019\u02BC\u2018][\\p{L}\\p{N}\\p{M}]+)*");
    private static final Pattern ENTITY =
            Pattern.compile("&(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Cc}&&[^\\t\\n\\r]]");

    /** The definition: entities read, NFC, invisible characters dropped, then the WORD pattern. */
    private static List<String> reference(String text) {
        String t = text;
        for (int i = 0; i < 3 && ENTITY.matcher(t).find(); i++) {
            t = Parser.unescapeEntities(t, false);
        }
        t = INVISIBLE.matcher(Normalizer.normalize(t, Normalizer.Form.NFC)).replaceAll("");
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(t);
        while (m.find()) {
            words.add(m.group().replace('\u2019', '\'').replace('\u02BC', '\'').replace('\u2018', '\''));
        }
        return words;
    }

    @Test
    void typographicAndStraightQuotesAndDashesAreTheSamePunctuation() {
        String straight = "\"It's the 'best' -- or worst --- idea,\" O'Brien said... rock 'n' roll.";
        String typographic = "\u201CIt\u2019s the \u2018best\u2019 \u2013 or worst \u2014 idea,\u201D O\u2018Brien said\u2026 "
                + "rock \u2019n\u2019 roll.";
        String german = "\u201EIt\u02BCs the \u201Abest\u2018 \u2013 or\u00A0worst\u2060\u2014 idea,\u201C O\u2019Brien said\u2026 "
                + "rock \u2019n\u2019 roll.";
        List<String> expected = List.of("It's", "the", "best", "or", "worst", "idea", "O'Brien", "said", "rock", "n", "roll");
        assertEquals(expected, Words.of(straight));
        assertEquals(expected, Words.of(typographic));
        assertEquals(expected, Words.of(german));
        assertTrue(FidelityCheck.check(Jsoup.parseBodyFragment("<p>" + straight + "</p>").body(),
                Jsoup.parseBodyFragment("<p>" + german + "</p>").body(), List.of()).passed());
    }

    @Test
    void knownCases() {
        assertEquals(List.of("don't", "l'homme", "Müller", "42", "x"), Words.of("don\u2019t, l\u02BChomme; Mu\u0308ller 42 'x'"));
        assertEquals(List.of("zero", "width"), Words.of("zero\u200B width"));
        assertEquals(List.of("zerowidth"), Words.of("zero\u200Bwidth"));
        assertEquals(List.of("a", "b"), Words.of("a&nbsp;b"));
        assertEquals(List.of("AT", "T"), Words.of("AT&amp;amp;T"));
        assertEquals(List.of("北京", "𝐀𝐁"), Words.of("北京。𝐀𝐁"));
        assertEquals(List.of(), Words.of("' \u2019 -- ..."));
    }

    @Test
    void generatedTextGivesTheWordsOfTheDefinition() {
        String[] pieces = {"a", "Z", "é", "e\u0301", "\u0301", "7", "\u00BD", "\u2167", "'", "\u2019", "\u02BC",
            " ", "\t", "\n", "\u00A0", "\u200B", "\u200D", "\u00AD", "\u0007", "\uFEFF", "&amp;", "&#8217;",
            "&#x2019;", "&nbsp;", "&bogus;", "&", ";", "-", ".", "\u4E2D", "\uD835\uDC00", "\uDB40\uDC01",
            "\u0915\u094D", "\u0663", "_", "\u00B2"};
        Random random = new Random(20261129L);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            assertEquals(reference(t), Words.of(t), () -> "text: " + escaped(t));
        }
    }

    @Test
    void corpusTextsGiveTheWordsOfTheDefinition() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Samples.corpus("readability"))) {
            s.filter(p -> p.getFileName().toString().equals("expected.html")).forEach(files::add);
        }
        try (Stream<Path> s = Files.list(Samples.corpus("ropensci-blog"))) {
            s.filter(p -> p.toString().endsWith(".md")).forEach(files::add);
        }
        files.add(Samples.sampleArticle());
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertEquals(reference(text), Words.of(text), file::toString);
            if (file.toString().endsWith(".html")) {
                String bodyText = Words.textOf(Jsoup.parse(text).body());
                assertEquals(reference(bodyText), Words.of(bodyText), file::toString);
            }
        }
    }

    @Test
    void countsBeforeAgreeWithCountingThePrefix() {
        Element body = Jsoup.parseBodyFragment("<p>One two</p><div><p>three <b>four</b></p><ul><li>five six</li></ul>"
                + "</div><p>seven<span>eight</span> nine</p><aside>ten</aside>").body();
        List<Element> targets = body.select("div, ul, span, aside");
        Map<org.jsoup.nodes.Node, Integer> counts = Words.countsBefore(body, targets);
        assertEquals(2, counts.get(body.selectFirst("div")));
        assertEquals(4, counts.get(body.selectFirst("ul")));
        // the text before the span ends with "seven", which counts as a word there...
        assertEquals(7, counts.get(body.selectFirst("span")));
        // ...but "seven" and "eight" make one word: the span runs on within the line
        assertEquals(8, counts.get(body.selectFirst("aside")));
    }

    @Test
    void countsBeforeReadEntitiesAsTheWholeBodysWordListDoes() {
        // the later "&amp;amp;" makes the whole text take a second reading, which also turns the earlier "&amp" into "&"
        Element body = Jsoup.parseBodyFragment("<p>Tom &amp;amp Jerry</p><div>x</div><p>&amp;amp; y</p><aside>z</aside>")
                .body();
        Element aside = body.selectFirst("aside");
        List<String> all = Words.of(body);
        assertEquals(all.indexOf("z"), Words.countsBefore(body, List.of(aside)).get(aside), all.toString());
    }

    @Test
    void countsBeforeOnTheCorporaMatchTheWholeBodysWordList() throws IOException {
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Samples.corpus("readability"))) {
            s.filter(p -> p.getFileName().toString().equals("expected.html")).sorted().forEach(pages::add);
        }
        Random random = new Random(7L);
        for (Path page : pages) {
            Element body = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8)).body();
            List<Element> blocks = body.select("p, li, h2, h3, blockquote, figure, table");
            if (blocks.isEmpty()) {
                continue;
            }
            List<Element> targets = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Element t = blocks.get(random.nextInt(blocks.size()));
                if (targets.stream().noneMatch(o -> o == t || o.parents().contains(t) || t.parents().contains(o))) {
                    targets.add(t);
                }
            }
            Map<org.jsoup.nodes.Node, Integer> counts = Words.countsBefore(body, targets);
            List<String> all = Words.of(body);
            for (Element t : targets) {
                // the words before the block, then the block's own words, are the whole list's at that position
                List<String> own = Words.of(t);
                int at = counts.get(t);
                assertEquals(own, all.subList(at, Math.min(all.size(), at + own.size())), page + " at " + at);
            }
        }
    }

    private static String escaped(String t) {
        StringBuilder out = new StringBuilder();
        t.codePoints().forEach(cp -> out.append(cp < 0x7F && cp >= 0x20 ? String.valueOf((char) cp) : String.format("\\u{%X}", cp)));
        return out.toString();
    }
}
