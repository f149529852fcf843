package org.republish.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.republish.model.Article;
import org.republish.model.ArticleMeta;

class TextWriterTest {

    private static Article article(String title, String bodyHtml) {
        return new Article(new ArticleMeta.Builder().title(title).build(), Jsoup.parseBodyFragment(bodyHtml).body());
    }

    @Test
    void titleThenOneParagraphPerBlockWithBlankLinesBetween() throws Exception {
        Article a = article("The  headline", """
                <p>First   paragraph with <em>emphasis</em> and a <a href="https://x.org">link</a>.</p>
                <h2>A part</h2>
                <ul><li>one</li><li>two <b>bold</b></li></ul>
                <blockquote><p>Quoted.</p></blockquote>
                <figure><img src="a.jpg" alt="A cat"><figcaption>The cat, asleep.</figcaption></figure>
                <p>Line one<br>line two</p>
                <table><tr><th>Year</th><th>Count</th></tr><tr><td>2020</td><td>3</td></tr></table>
                """);
        String text = new String(new TextWriter().write(a), StandardCharsets.UTF_8);
        assertEquals("""
                The  headline

                First paragraph with emphasis and a link.

                A part

                - one

                - two bold

                Quoted.

                The cat, asleep.

                Line one
                line two

                Year | Count

                2020 | 3
                """, text);
    }

    @Test
    void preformattedTextKeepsItsLines() {
        Article a = article("T", "<pre>a = 1\nb = 2</pre><p>after</p>");
        assertEquals("a = 1\nb = 2\n\nafter\n", TextWriter.bodyText(a.body()));
    }

    @Test
    void isTheTextFormat() {
        assertEquals("text", new TextWriter().format());
        assertEquals("txt", new TextWriter().extension());
    }
}
