package org.lvzhi.domain.deputy;

import java.util.UUID;

public record DeputyId(UUID value) {

    public DeputyId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static DeputyId random() {
        return new DeputyId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
