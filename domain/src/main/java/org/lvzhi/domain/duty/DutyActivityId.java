package org.lvzhi.domain.duty;

import java.util.Objects;
import java.util.UUID;

public record DutyActivityId(UUID value) {

    public DutyActivityId {
        Objects.requireNonNull(value, "value");
    }

    public static DutyActivityId random() {
        return new DutyActivityId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
