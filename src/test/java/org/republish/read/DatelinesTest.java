package org.republish.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DatelinesTest {

    @Test
    void aLineOfNothingButADateOrTimeIsADateline() {
        for (String line : new String[] {"Aktualisiert: 11.04.2020, 10:27", "Posted on April 22, 2022", "16 marca 2021",
            "20:37", "Publicado el 03/05/2022 a las 22h03", "Published:Tuesday | April 26, 2022 | 9:52 PM",
            "postado em 04/05/2022 05:49 / atualizado em 04/05/2022 05:50", "Donnerstag, 4. November 2021",
            "2021-04-29 17:13:04.031886+02:00", "Article mis à jour le 7 janvier 2020."}) {
            assertTrue(Datelines.dateline(line), line);
        }
    }

    @Test
    void aTimeToldAsHowLongAgoOrWithItsZoneAndWeekdayIsADatelineToo() {
        for (String line : new String[] {"Published 3 hours ago", "Updated an hour ago", "vor 3 Stunden",
            "VOR EINER STUNDE", "hace 2 horas", "il y a 4 heures", "há 5 minutos", "2 godziny temu",
            "Updated: 10:42 AM ET, Tue March 3, 2021", "First published on Tue 3 Mar 2021 10.42 GMT",
            "Heute, 10:42 Uhr", "Hier, 14h32", "Originally published March 3, 2021",
            "Updated at 10:42 a.m. ET on March 3, 2021.", "Published March 3, 2021 at 4:05 p.m. ET"}) {
            assertTrue(Datelines.dateline(line), line);
        }
        for (String line : new String[] {"3 hours ago the council met", "Vor 3 Stunden begann die Sitzung",
            "Version 10.42 GMT", "Heute", "At 10:42 a.m. the council met"}) {
            assertFalse(Datelines.dateline(line), line);
        }
    }

    @Test
    void aPlaceANameASourceOrANumberKeepsTheLine() {
        for (String line : new String[] {"Hamburg, 2. November 2021", "Von Felix Eisenreich // 1. November 2023",
            "Deutschlandfunk, 02. November 2021", "Nr. 25 vom 20. Oktober 2021", "März", "Im Mai",
            "(OLG Oldenburg, Beschluss v. 3.1.2022, 2 Ss (OWi) 240/21)", "The council met on 3 May."}) {
            assertFalse(Datelines.dateline(line), line);
        }
    }

    @Test
    void onlyTheLinesAtTheEdgesOfTheContentLeave() {
        assertEquals("Der Rat tagte am Dienstag. 19.11.2021 Der Rat tagt wieder im März.",
                withoutEdgeDates("<div><p><time>19.11.2021</time></p><p>Der Rat tagte am Dienstag.</p><p>19.11.2021"
                        + "</p><p>Der Rat tagt wieder im März.</p><div><p>Stand: 25.01.2022</p></div></div>"));
    }

    @Test
    void aTimeSetBetweenTheParagraphsOfTheBoxIsALineOfItsOwn() {
        assertEquals("Der Rat tagte am Dienstag. Der Rat tagt wieder im März.",
                withoutEdgeDates("<div><article><p>Der Rat tagte am Dienstag.</p><p>Der Rat tagt wieder im März.</p>"
                        + "<time datetime=\"2020-04-03\">Publiziert: 03.04.2020, 12:35</time></article></div>"));

        // a time inside a line of text is judged with its line
        assertEquals("Der Rat tagte am Dienstag. Er tagte am 3. April 2020.",
                withoutEdgeDates("<div><p>Der Rat tagte am Dienstag.</p><p>Er tagte <time>am 3. April 2020</time>.</p>"
                        + "</div>"));
    }

    @Test
    void aLineThatIsOnlyTheTimeOfTheArticlesHeaderLeavesWhereverItStandsInTheHeader() {
        assertEquals("Do perfekcji opanowali umiejętność. Nie mogąc konkurować. Wieczorem, 16 marca 2021, o 20:37.",
                withoutEdgeDates("<div><header><p>Do perfekcji opanowali umiejętność.</p><p><time datetime="
                        + "\"2021-03-16\">16 marca 2021</time></p></header><p>Nie mogąc konkurować.</p>"
                        + "<p>Wieczorem, <time>16 marca 2021</time>, o 20:37.</p></div>"));
        // a time outside a header, between paragraphs, is judged by where it stands
        assertEquals("Der Rat tagte. 16.03.2021 Er tagt wieder.",
                withoutEdgeDates("<div><p>Der Rat tagte.</p><p><time>16.03.2021</time></p><p>Er tagt wieder.</p></div>"));
    }

    @Test
    void aDateSetInPartsSideBySideIsStillADate() {
        assertEquals("Der Rat tagte am Dienstag.",
                withoutEdgeDates("<div><p><span class=\"month\">Jun</span><span class=\"day\">12</span></p>"
                        + "<p>Der Rat tagte am Dienstag.</p></div>"));
    }

    /** The text of the box {@code html} once its edge date lines are gone. */
    private static String withoutEdgeDates(String html) {
        Element content = Jsoup.parseBodyFragment(html).body().child(0);
        Datelines.removeAtEdges(content);
        return content.text();
    }
}
