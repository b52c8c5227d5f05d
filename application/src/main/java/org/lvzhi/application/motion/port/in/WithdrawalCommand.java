package org.lvzhi.application.motion.port.in;

import java.util.List;

import org.lvzhi.domain.deputy.DeputyId;

/** Sponsors withdrawing from a proposal; when it is all of them, whether the presidium consented (BL-8). */
public record WithdrawalCommand(List<DeputyId> signatories, boolean presidiumConsent) {

    public WithdrawalCommand {
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
    }
}
