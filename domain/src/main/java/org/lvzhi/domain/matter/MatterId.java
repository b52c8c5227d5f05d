package org.lvzhi.domain.matter;

import java.util.Objects;
import java.util.UUID;

public record MatterId(UUID value) {

    public MatterId {
        Objects.requireNonNull(value, "value");
    }

    public static MatterId random() {
        return new MatterId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
