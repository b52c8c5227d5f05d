package org.lvzhi.domain.congress;

import java.util.UUID;

/** Id of an {@link OrganisationUnit}. */
public record UnitId(UUID value) {

    public UnitId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static UnitId random() {
        return new UnitId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
