package org.republish.write;

import java.util.Locale;
import java.util.Map;

/**
 * The few words the layout adds around an article, in the article's language:
 * the dateline ("First published 8 March 2023 by The Conversation") and the
 * EPUB's navigation and title page. English, French, Spanish, German,
 * Portuguese, Indonesian and Italian, the languages of the large Creative
 * Commons newsrooms; other languages get English.
 */
record LayoutWords(String contents, String landmarks, String titlePage, String startOfArticle,
        String firstPublished, String by, String originalArticle, String licence) {

    private static final Map<String, LayoutWords> BY_LANGUAGE = Map.of(
            "en", new LayoutWords("Contents", "Landmarks", "Title page", "Start of the article",
                    "First published", "by", "Original article", "Licence"),
            "fr", new LayoutWords("Sommaire", "Repères", "Page de titre", "Début de l\u2019article",
                    "Publié pour la première fois le", "par", "Article original", "Licence"),
            "es", new LayoutWords("Índice", "Puntos de referencia", "Portada", "Inicio del artículo",
                    "Publicado originalmente el", "por", "Artículo original", "Licencia"),
            "de", new LayoutWords("Inhalt", "Orientierungspunkte", "Titelseite", "Beginn des Artikels",
                    "Zuerst erschienen am", "bei", "Originalartikel", "Lizenz"),
            "pt", new LayoutWords("Sumário", "Pontos de referência", "Página de rosto", "Início do artigo",
                    "Publicado originalmente em", "por", "Artigo original", "Licença"),
            "id", new LayoutWords("Daftar isi", "Penanda", "Halaman judul", "Awal artikel",
                    "Pertama kali terbit", "oleh", "Artikel asli", "Lisensi"),
            "it", new LayoutWords("Indice", "Punti di riferimento", "Frontespizio", "Inizio dell\u2019articolo",
                    "Pubblicato per la prima volta il", "da", "Articolo originale", "Licenza"));

    /** The words for a language tag ("pt-BR" reads as "pt"); English when the language is not known. */
    static LayoutWords of(String lang) {
        String l = lang == null ? "en" : lang.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return BY_LANGUAGE.getOrDefault(l, BY_LANGUAGE.get("en"));
    }
}
