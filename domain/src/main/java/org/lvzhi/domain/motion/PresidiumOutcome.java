package org.lvzhi.domain.motion;

/** What the presidium decided on a proposal (BL-8: on the agenda, or first to a special committee). */
public enum PresidiumOutcome {
    PLACED_ON_AGENDA,
    REFERRED_TO_COMMITTEE,
    NOT_ACCEPTED;

    ProposalState state() {
        return ProposalState.valueOf(name());
    }
}
