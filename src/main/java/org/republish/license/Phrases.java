package org.republish.license;

import java.util.Locale;
import java.util.Map;

/**
 * The words of the generic attribution notice (the Creative Commons "TASL"
 * credit) in the languages of the large Creative Commons newsrooms: English,
 * French, Spanish, German, Portuguese, Indonesian and Italian. Other
 * languages get the English words.
 */
record Phrases(String thisArticle, String openQuote, String closeQuote, String by, String and,
        String firstPublishedIn, String licensedUnder, String publicDomain,
        String licenceUnknown, String changes, String defaultChanges, String licenceLabel) {

    private static final Map<String, Phrases> BY_LANGUAGE = Map.of(
            "en", new Phrases("This article", "“", "”", "by", "and", "first published in", "is licensed under",
                    "is dedicated to the public domain under", "is published under a licence not yet identified.",
                    "Changes:", "the layout and formatting were adapted for this edition.", "Licence:"),
            "fr", new Phrases("Cet article", "« ", " »", "de", "et", "publié initialement dans", "est sous licence",
                    "est placé dans le domaine public sous", "est publié sous une licence non encore identifiée.",
                    "Modifications :", "la mise en page et la présentation ont été adaptées pour cette édition.", "Licence :"),
            "es", new Phrases("Este artículo", "«", "»", "de", "y", "publicado originalmente en", "está bajo la licencia",
                    "se dedica al dominio público bajo", "se publica bajo una licencia aún no identificada.",
                    "Cambios:", "se adaptaron la maquetación y el formato para esta edición.", "Licencia:"),
            "de", new Phrases("Dieser Artikel", "„", "“", "von", "und", "zuerst erschienen bei", "steht unter der Lizenz",
                    "ist gemeinfrei nach", "steht unter einer noch nicht bestimmten Lizenz.",
                    "Änderungen:", "Layout und Formatierung wurden für diese Ausgabe angepasst.", "Lizenz:"),
            "pt", new Phrases("Este artigo", "“", "”", "de", "e", "publicado originalmente em", "está licenciado sob",
                    "é dedicado ao domínio público sob", "é publicado sob uma licença ainda não identificada.",
                    "Alterações:", "o layout e a formatação foram adaptados para esta edição.", "Licença:"),
            "id", new Phrases("Artikel ini", "“", "”", "oleh", "dan", "pertama kali terbit di", "dilisensikan di bawah",
                    "didedikasikan ke domain publik di bawah", "diterbitkan di bawah lisensi yang belum diketahui.",
                    "Perubahan:", "tata letak dan format disesuaikan untuk edisi ini.", "Lisensi:"),
            "it", new Phrases("Questo articolo", "«", "»", "di", "e", "pubblicato originariamente su",
                    "è distribuito con licenza", "è dedicato al pubblico dominio con",
                    "è pubblicato con una licenza non ancora identificata.",
                    "Modifiche:", "l'impaginazione e la formattazione sono state adattate per questa edizione.", "Licenza:"));

    /** The words for a BCP 47 language tag ("pt-BR" reads as "pt"); English when the language is not known. */
    static Phrases of(String lang) {
        String l = lang == null ? "en" : lang.strip().toLowerCase(Locale.ROOT);
        int dash = l.indexOf('-');
        if (dash > 0) {
            l = l.substring(0, dash);
        }
        return BY_LANGUAGE.getOrDefault(l, BY_LANGUAGE.get("en"));
    }

    String quoted(String title) {
        return openQuote + title + closeQuote;
    }
}
