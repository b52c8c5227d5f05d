package org.lvzhi.domain.duty;

import java.util.Objects;
import java.util.UUID;

public record AbsenceId(UUID value) {

    public AbsenceId {
        Objects.requireNonNull(value, "value");
    }

    public static AbsenceId random() {
        return new AbsenceId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
