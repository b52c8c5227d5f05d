package org.lvzhi.domain.congress;

import java.util.UUID;

public record TermId(UUID value) {

    public TermId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static TermId random() {
        return new TermId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
