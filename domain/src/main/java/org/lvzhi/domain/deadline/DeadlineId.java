package org.lvzhi.domain.deadline;

import java.util.UUID;
import org.lvzhi.domain.shared.Checks;

public record DeadlineId(UUID value) {

    public DeadlineId {
        Checks.required("id", value);
    }

    public static DeadlineId random() {
        return new DeadlineId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
