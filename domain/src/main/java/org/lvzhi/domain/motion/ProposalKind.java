package org.lvzhi.domain.motion;

import java.util.Optional;

/**
 * The proposals deputies make jointly, each valid only with enough signatories: a motion (议案, BL-8), an inquiry
 * (质询案, BL-11), a recall motion (罢免案, BL-12) and a proposal for a special investigation committee (BL-14). The
 * profile's THRESHOLD rules name them by {@link #thresholdSubject()}.
 */
public enum ProposalKind {
    MOTION,
    INQUIRY,
    RECALL_MOTION,
    INVESTIGATION_PROPOSAL;

    /** The subject of the profile's THRESHOLD rule that says how many signatories this kind needs. */
    public String thresholdSubject() {
        return name();
    }

    /** The duty record filing one files in each signatory's archive, where the catalogue has one. */
    public Optional<String> recordType() {
        return this == MOTION ? Optional.of("MOTION") : Optional.empty();
    }

    /** A recall motion cannot be shelved: the presidium puts it to the vote (BL-12). */
    public boolean mayBeShelved() {
        return this != RECALL_MOTION;
    }
}
