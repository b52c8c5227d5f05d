package org.lvzhi.domain.attendance;

import java.util.Objects;
import java.util.UUID;

public record LeaveRequestId(UUID value) {

    public LeaveRequestId {
        Objects.requireNonNull(value, "value");
    }

    public static LeaveRequestId random() {
        return new LeaveRequestId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
