package org.lvzhi.architecture.violations.domain.alpha;

import org.lvzhi.architecture.violations.domain.beta.BetaRecord;

/** Deliberately breaks the domain context-cycle rule with {@link BetaRecord}. */
public record AlphaRecord(BetaRecord other) {
}
