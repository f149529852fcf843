package org.republish.license;

import java.util.Objects;
import org.republish.model.License;
import org.republish.model.PublishException;

/**
 * Whether an article may be published under its licence, and on what terms.
 * No licence: hold, and tell the editor how to supply one. A non-commercial
 * licence when this installation publishes commercially: hold. A
 * no-derivatives licence: publish, but the words must stay as they are
 * ("fidelity required"). Immutable.
 */
public final class PublishingPolicy {

    public enum Outcome { PUBLISH, HOLD }

    /**
     * @param fidelityRequired the licence forbids derivatives: cleaning may change markup and layout,
     *                         never the words
     * @param reason           for the editor: why held, or what to keep in mind when published
     */
    public record Decision(Outcome outcome, String reason, boolean fidelityRequired) {
        public boolean publish() {
            return outcome == Outcome.PUBLISH;
        }
    }

    private final boolean commercial;

    /** @param commercial true when this installation's publications are commercial (ads, sales) */
    public PublishingPolicy(boolean commercial) {
        this.commercial = commercial;
    }

    public boolean commercial() {
        return commercial;
    }

    /**
     * @param license       the resolved licence, or null
     * @param inputFileName the input's file name, to name its sidecar file in the advice; may be null
     */
    public Decision decide(License license, String inputFileName) {
        return decide(license, inputFileName, null);
    }

    /** As {@link #decide(License, String)}, quoting the resolver's explanation when no licence was found. */
    public Decision decide(LicenseResolver.Resolution resolution, String inputFileName) {
        Objects.requireNonNull(resolution, "resolution");
        return decide(resolution.license(), inputFileName, resolution.how());
    }

    private Decision decide(License license, String inputFileName, String whyMissing) {
        if (license == null) {
            String sidecar = sidecarName(inputFileName);
            String reason = "Held: no licence could be established for this article"
                    + (whyMissing == null || whyMissing.isBlank() ? "" : " (" + whyMissing + ")")
                    + ". Add the licence to the front matter, e.g. a line \"license: CC-BY-4.0\", or put a file "
                    + sidecar + " next to the input containing \"license: CC-BY-4.0\" (use the licence the original "
                    + "states: CC-BY-ND-4.0, CC-BY-SA-4.0, a deed URL...). Then drop the article in again (or convert it "
                    + "again).";
            return new Decision(Outcome.HOLD, reason, false);
        }
        if (license.nonCommercial() && commercial) {
            return new Decision(Outcome.HOLD, "Held: " + license.shortName() + " does not allow commercial use, "
                    + "and this installation is configured as commercial (commercial=true). Ask the author or "
                    + "publisher for permission, or publish it from a non-commercial installation.",
                    license.noDerivatives());
        }
        if (license.noDerivatives()) {
            return new Decision(Outcome.PUBLISH, "Fidelity required: " + license.shortName()
                    + " allows no derivatives; layout and markup may change, the words may not, and no "
                    + "translation or abridgement may be published.", true);
        }
        return new Decision(Outcome.PUBLISH, "Licensed under " + license.shortName() + ".", false);
    }

    /** Throws a HOLD exception carrying the reason when the decision is to hold. */
    public Decision require(License license, String inputFileName) throws PublishException {
        Decision d = decide(license, inputFileName);
        if (!d.publish()) {
            throw PublishException.hold(d.reason());
        }
        return d;
    }

    static String sidecarName(String inputFileName) {
        if (inputFileName == null || inputFileName.isBlank()) {
            return "<name>.yaml";
        }
        String name = inputFileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ".yaml";
    }
}
