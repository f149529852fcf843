package org.republish.write;

import java.util.Locale;
import java.util.Map;

/**
 * The few words the layout adds around an article, in the article's language:
 * the dateline ("First published 8 March 2023 by The Conversation"), the
 * EPUB's navigation and title page, the notes heading, the stand-in for a
 * missing image and the cue on a wide table. English, French, Spanish, German,
 * Portuguese, Indonesian and Italian, the languages of the large Creative
 * Commons newsrooms; other languages get English.
 */
record LayoutWords(String contents, String landmarks, String titlePage, String startOfArticle,
        String firstPublished, String by, String originalArticle, String licence,
        String notes, String backToText, String missingImage, String wideTable) {

    private static final Map<String, LayoutWords> BY_LANGUAGE = Map.of(
            "en", new LayoutWords("Contents", "Landmarks", "Title page", "Start of the article",
                    "First published", "by", "Original article", "Licence",
                    "Notes", "Back to the text", "Image not included", "Wide table: scroll sideways to see every column"),
            "fr", new LayoutWords("Sommaire", "Repères", "Page de titre", "Début de l\u2019article",
                    "Publié pour la première fois le", "par", "Article original", "Licence",
                    "Notes", "Retour au texte", "Image non reprise", "Tableau large : faites défiler pour voir toutes les colonnes"),
            "es", new LayoutWords("Índice", "Puntos de referencia", "Portada", "Inicio del artículo",
                    "Publicado originalmente el", "por", "Artículo original", "Licencia",
                    "Notas", "Volver al texto", "Imagen no incluida", "Tabla ancha: desplácese para ver todas las columnas"),
            "de", new LayoutWords("Inhalt", "Orientierungspunkte", "Titelseite", "Beginn des Artikels",
                    "Zuerst erschienen am", "bei", "Originalartikel", "Lizenz",
                    "Anmerkungen", "Zurück zum Text", "Bild nicht übernommen", "Breite Tabelle: seitlich scrollen, um alle Spalten zu sehen"),
            "pt", new LayoutWords("Sumário", "Pontos de referência", "Página de rosto", "Início do artigo",
                    "Publicado originalmente em", "por", "Artigo original", "Licença",
                    "Notas", "Voltar ao texto", "Imagem não incluída", "Tabela larga: role para o lado para ver todas as colunas"),
            "id", new LayoutWords("Daftar isi", "Penanda", "Halaman judul", "Awal artikel",
                    "Pertama kali terbit", "oleh", "Artikel asli", "Lisensi",
                    "Catatan", "Kembali ke teks", "Gambar tidak disertakan", "Tabel lebar: geser ke samping untuk melihat semua kolom"),
            "it", new LayoutWords("Indice", "Punti di riferimento", "Frontespizio", "Inizio dell\u2019articolo",
                    "Pubblicato per la prima volta il", "da", "Articolo originale", "Licenza",
                    "Note", "Torna al testo", "Immagine non inclusa", "Tabella larga: scorrere di lato per vedere tutte le colonne"));

    /** The words for a language tag ("pt-BR" reads as "pt"); English when the language is not known. */
    static LayoutWords of(String lang) {
        String l = lang == null ? "en" : lang.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return BY_LANGUAGE.getOrDefault(l, BY_LANGUAGE.get("en"));
    }
}
