package org.lvzhi.domain.motion;

/**
 * Where a joint proposal stands. Filed, then the presidium puts it on the agenda, refers it to a special committee
 * first, or does not accept it; withdrawn by all its sponsors with the presidium's consent it ends (WITHDRAWN); when
 * withdrawals leave fewer sponsors than the threshold it lapses (LAPSED).
 */
public enum ProposalState {
    FILED,
    REFERRED_TO_COMMITTEE,
    PLACED_ON_AGENDA,
    NOT_ACCEPTED,
    WITHDRAWN,
    LAPSED;

    /** Still before the presidium or the vote: sponsors may withdraw, the presidium may decide. */
    public boolean isOpen() {
        return this == FILED || this == REFERRED_TO_COMMITTEE || this == PLACED_ON_AGENDA;
    }
}
