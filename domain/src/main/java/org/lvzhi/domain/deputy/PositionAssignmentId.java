package org.lvzhi.domain.deputy;

import java.util.UUID;

public record PositionAssignmentId(UUID value) {

    public PositionAssignmentId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static PositionAssignmentId random() {
        return new PositionAssignmentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
