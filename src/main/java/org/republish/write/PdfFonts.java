package org.republish.write;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The typefaces a PDF may use: DejaVu Serif, Sans and Sans Mono from the
 * jasperreports-fonts jar, each in the weights and styles it ships.
 *
 * <p>The font files are read from the classpath once, when the registry is
 * built, and kept as immutable byte arrays; every render gets fresh streams
 * over them, so one registry can be shared by any number of threads. PDF/A
 * forbids unembedded fonts and openhtmltopdf in PDF/A mode drops text it has
 * no registered font for, silently: every family the print stylesheet names
 * must be registered here.
 */
public final class PdfFonts {

    public static final String SERIF = "DejaVu Serif";
    public static final String SANS = "DejaVu Sans";
    public static final String MONO = "DejaVu Sans Mono";
    /** Monochrome outline emoji (Google's Noto Emoji, SIL Open Font License): colour emoji fonts are bitmaps,
     * which a PDF/A cannot embed. Last in every family list of the print stylesheet. */
    public static final String EMOJI = "Noto Emoji";
    private static final String EMOJI_FILE = "fonts/noto-emoji/NotoEmoji-Regular.ttf";

    /** Neither DejaVu nor Noto Emoji covers anything beyond the supplementary multilingual plane. */
    private static final int LAST_CHECKED_CODE_POINT = 0x1FFFF;

    private static final String FOLDER = "net/sf/jasperreports/fonts/dejavu/";

    /** One font file: the CSS family, weight and style it answers to. */
    public record Face(String family, int weight, FontStyle style, byte[] bytes) {
    }

    private final List<Face> faces;
    /** Which characters the regular serif or sans face can show, for coverage warnings. */
    private final BitSet shownCharacters;

    private PdfFonts(List<Face> faces) {
        this.faces = List.copyOf(faces);
        this.shownCharacters = new BitSet();
        for (Face face : faces) {
            if (face.weight() == 400 && face.style() == FontStyle.NORMAL && !face.family().equals(MONO)) {
                // serif, sans and emoji: the families every text falls back to
                shownCharacters.or(characterMap(face.bytes()));
            }
        }
    }

    /** Loads every DejaVu face from the classpath. Fails fast if the fonts jar is missing. */
    public static PdfFonts dejaVu() {
        return new PdfFonts(List.of(
                face(SERIF, 400, FontStyle.NORMAL, "DejaVuSerif.ttf"),
                face(SERIF, 700, FontStyle.NORMAL, "DejaVuSerif-Bold.ttf"),
                face(SERIF, 400, FontStyle.ITALIC, "DejaVuSerif-Italic.ttf"),
                face(SERIF, 700, FontStyle.ITALIC, "DejaVuSerif-BoldItalic.ttf"),
                face(SANS, 400, FontStyle.NORMAL, "DejaVuSans.ttf"),
                face(SANS, 700, FontStyle.NORMAL, "DejaVuSans-Bold.ttf"),
                face(SANS, 400, FontStyle.ITALIC, "DejaVuSans-Oblique.ttf"),
                face(SANS, 700, FontStyle.ITALIC, "DejaVuSans-BoldOblique.ttf"),
                face(MONO, 400, FontStyle.NORMAL, "DejaVuSansMono.ttf"),
                face(MONO, 700, FontStyle.NORMAL, "DejaVuSansMono-Bold.ttf"),
                face(MONO, 400, FontStyle.ITALIC, "DejaVuSansMono-Oblique.ttf"),
                face(MONO, 700, FontStyle.ITALIC, "DejaVuSansMono-BoldOblique.ttf"),
                // one design for every weight and style: bold or italic text around an emoji still finds it
                emoji(400, FontStyle.NORMAL), emoji(700, FontStyle.NORMAL),
                emoji(400, FontStyle.ITALIC), emoji(700, FontStyle.ITALIC)));
    }

    private static final byte[] EMOJI_BYTES = withoutGlyphSubstitution(resource(EMOJI_FILE));

    private static Face emoji(int weight, FontStyle style) {
        return new Face(EMOJI, weight, style, EMOJI_BYTES);
    }

    public List<Face> faces() {
        return faces;
    }

    /** Registers every face, subset, on a builder (one builder per render). */
    /**
     * Parsed fonts, one set per thread: parsing a font file is a good part of
     * a PDF's cost, and a parsed TrueTypeFont may be used by one thread at a
     * time only. Each document still gets its own subset of each face it uses.
     */
    private final ThreadLocal<java.util.Map<Face, TrueTypeFont>> parsed =
            ThreadLocal.withInitial(java.util.HashMap::new);

    /** Registers every face on {@code builder} for {@code document}; a face is embedded only if the text uses it. */
    void registerOn(PdfRendererBuilder builder, org.apache.pdfbox.pdmodel.PDDocument document) {
        java.util.Map<Face, TrueTypeFont> cache = parsed.get();
        for (Face face : faces) {
            builder.useFont(new LazyFont(document, () -> cache.computeIfAbsent(face, PdfFonts::parse)),
                    face.family(), face.weight(), face.style(), true);
        }
    }

    private static TrueTypeFont parse(Face face) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse the font " + face.family(), e);
        }
    }

    /** Loads the face into the document the first time the layout asks for it. */
    private static final class LazyFont extends com.openhtmltopdf.pdfboxout.PDFontSupplier {
        private final org.apache.pdfbox.pdmodel.PDDocument document;
        private final java.util.function.Supplier<TrueTypeFont> font;
        private org.apache.pdfbox.pdmodel.font.PDFont loaded;

        LazyFont(org.apache.pdfbox.pdmodel.PDDocument document, java.util.function.Supplier<TrueTypeFont> font) {
            super(null);
            this.document = document;
            this.font = font;
        }

        @Override
        public org.apache.pdfbox.pdmodel.font.PDFont supply() {
            if (loaded == null) {
                try {
                    loaded = org.apache.pdfbox.pdmodel.font.PDType0Font.load(document, font.get(), true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return loaded;
        }
    }

    /**
     * True when the text faces have a glyph for the code point. The print
     * stylesheet lists serif and sans as fallbacks for each other, so either will do.
     */
    public boolean shows(int codePoint) {
        return codePoint >= 0 && shownCharacters.get(codePoint);
    }

    private static Face face(String family, int weight, FontStyle style, String file) {
        return new Face(family, weight, style, withoutGlyphSubstitution(resource(FOLDER + file)));
    }

    /**
     * The font with its GSUB (glyph substitution) table hidden from PDFBox,
     * by renaming the table's tag in the font's table directory. With GSUB
     * present, PDFBox 3 shapes every word of every line through regular
     * expressions it compiles on each call, which was a third of the time
     * of a PDF; DejaVu's substitutions for Latin text are only the fi/fl
     * ligatures, so the cost is plain "f" "i" glyphs (and text that every
     * PDF reader extracts exactly). The glyphs and metrics are unchanged.
     */
    static byte[] withoutGlyphSubstitution(byte[] ttf) {
        byte[] copy = ttf.clone();
        int tables = ((copy[4] & 0xFF) << 8) | (copy[5] & 0xFF);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (at + 4 <= copy.length && copy[at] == 'G' && copy[at + 1] == 'S' && copy[at + 2] == 'U'
                    && copy[at + 3] == 'B') {
                // an unknown tag: readers skip the table, the directory stays valid
                copy[at] = 'g';
                copy[at + 1] = 's';
                copy[at + 2] = 'u';
                copy[at + 3] = 'b';
            }
        }
        return copy;
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is not on the classpath;"
                        + " the jasperreports-fonts jar and republish's own fonts/ must ship with republish");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code points with a glyph, as a plain bit set: immutable once built, safe to share. */
    private static BitSet characterMap(byte[] ttf) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            BitSet shown = new BitSet();
            for (int cp = 0; cp <= LAST_CHECKED_CODE_POINT; cp++) {
                if (cmap.getGlyphId(cp) != 0) {
                    shown.set(cp);
                }
            }
            return shown;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the body font's character map", e);
        }
    }
}
