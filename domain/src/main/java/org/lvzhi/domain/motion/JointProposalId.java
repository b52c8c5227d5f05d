package org.lvzhi.domain.motion;

import java.util.Objects;
import java.util.UUID;

public record JointProposalId(UUID value) {

    public JointProposalId {
        Objects.requireNonNull(value, "value");
    }

    public static JointProposalId random() {
        return new JointProposalId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
