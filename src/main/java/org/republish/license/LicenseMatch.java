package org.republish.license;

import java.util.Objects;
import org.republish.model.License;

/**
 * What a licence detector found and why.
 *
 * @param license  the licence, or null when the text only says "a Creative
 *                 Commons license" ({@link Kind#GENERIC}): a source profile's
 *                 default or the editor must then decide which one
 * @param kind     how sure the finding is
 * @param evidence the phrase, URL or markup that was matched, quoted as found
 * @param note     an explanation for the editor ("no version given; assumed
 *                 4.0"), or null
 * @param context  where it was said, which tells how surely it is the article's own licence
 */
public record LicenseMatch(License license, Kind kind, String evidence, String note, Context context) {

    public enum Kind {
        /** Type and version both stated (or a deed URL). */
        EXACT,
        /** Type stated ("CC BY-ND"), version missing: the newest (4.0) was assumed. */
        VERSION_ASSUMED,
        /** Only "a Creative Commons license": which one is not said. */
        GENERIC
    }

    /** Where a licence was found; in running text a licence may belong to a picture or a linked document. */
    public enum Context {
        /** A metadata value, a licence URL or licence markup: meant as a licence statement. */
        EXPLICIT,
        /** Text that says what it licenses is this work: "this article", "content on this site", "republished". */
        ABOUT_THIS_WORK,
        /** A licensing sentence ("licensed under", "available under") that does not say what it covers. */
        STATEMENT,
        /** A licence named in passing, e.g. in a list or a caption. */
        MENTION
    }

    public LicenseMatch(License license, Kind kind, String evidence, String note) {
        this(license, kind, evidence, note, Context.EXPLICIT);
    }

    public LicenseMatch {
        context = context == null ? Context.EXPLICIT : context;
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
        if ((license == null) != (kind == Kind.GENERIC)) {
            throw new IllegalArgumentException("a GENERIC match has no licence, any other has one");
        }
    }

    public static LicenseMatch exact(License license, String evidence) {
        return new LicenseMatch(license, Kind.EXACT, evidence, null);
    }

    public static LicenseMatch generic(String evidence) {
        return new LicenseMatch(null, Kind.GENERIC, evidence,
                "the text says only \"a Creative Commons license\", not which one");
    }

    public boolean isGeneric() {
        return kind == Kind.GENERIC;
    }

    /** The evidence and note in one line for a notice or log. */
    public String explanation() {
        return "\"" + evidence + "\"" + (note == null ? "" : " (" + note + ")");
    }

    LicenseMatch withNote(String more) {
        return new LicenseMatch(license, kind, evidence, note == null ? more : note + "; " + more, context);
    }

    LicenseMatch in(Context where) {
        return new LicenseMatch(license, kind, evidence, note, where);
    }
}
