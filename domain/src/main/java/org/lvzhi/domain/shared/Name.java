package org.lvzhi.domain.shared;

/** A name of a person, congress or unit: 1 to 50 characters after trimming. */
public record Name(String value) {

    public static final int MAX_LENGTH = 50;

    public Name {
        value = Checks.text("name", value, MAX_LENGTH);
    }

    /** The same rule reported against another input field, e.g. {@code person.name}. */
    public static Name of(String field, String value) {
        return new Name(Checks.text(field, value, MAX_LENGTH));
    }

    @Override
    public String toString() {
        return value;
    }
}
