package org.lvzhi.domain.supervision;

import java.util.Objects;
import java.util.UUID;

public record SupervisionCaseId(UUID value) {

    public SupervisionCaseId {
        Objects.requireNonNull(value, "value");
    }

    public static SupervisionCaseId random() {
        return new SupervisionCaseId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
