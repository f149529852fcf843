package org.republish.model;

import java.util.Objects;

/**
 * A person credited for an article. Only the name is required; the rest is
 * filled in when the article or its metadata says it.
 */
public record Author(String name, String affiliation, String role, String bio) {

    public Author {
        Objects.requireNonNull(name, "author name");
    }

    public static Author named(String name) {
        return new Author(name, null, null, null);
    }

    public Author withAffiliation(String value) {
        return new Author(name, value, role, bio);
    }

    public Author withRole(String value) {
        return new Author(name, affiliation, value, bio);
    }

    public Author withBio(String value) {
        return new Author(name, affiliation, role, value);
    }

    /** "Name, Affiliation" as a byline shows it. */
    public String credit() {
        return affiliation == null || affiliation.isBlank() ? name : name + ", " + affiliation;
    }
}
