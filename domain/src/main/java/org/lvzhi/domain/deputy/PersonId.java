package org.lvzhi.domain.deputy;

import java.util.UUID;

public record PersonId(UUID value) {

    public PersonId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
