package org.republish.model;

import java.util.Objects;

/** The publication an article first appeared in, and its home page (a web address, see {@link WebAddress}, or null). */
public record Publication(String name, String homeUrl) {

    public Publication {
        Objects.requireNonNull(name, "publication name");
        homeUrl = WebAddress.webOrNull(homeUrl);
    }
}
