package org.lvzhi.domain.duty;

import java.util.Objects;
import java.util.UUID;

public record DutyRecordId(UUID value) {

    public DutyRecordId {
        Objects.requireNonNull(value, "value");
    }

    public static DutyRecordId random() {
        return new DutyRecordId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
