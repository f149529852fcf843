package org.republish.model;

import java.util.Objects;

/**
 * A licence as an SPDX identifier (CC-BY-ND-4.0), its human name
 * ("CC BY-ND 4.0") and the URL of its deed.
 */
public record License(String spdxId, String shortName, String url) {

    public License {
        Objects.requireNonNull(spdxId, "spdxId");
    }

    /** True when the licence forbids derivative works (ND): the words must not change. */
    public boolean noDerivatives() {
        return spdxId.contains("-ND-");
    }

    /** True when commercial use is not allowed (NC). */
    public boolean nonCommercial() {
        return spdxId.contains("-NC-") || spdxId.contains("-NC");
    }
}
