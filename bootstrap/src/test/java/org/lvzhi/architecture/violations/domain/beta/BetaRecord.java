package org.lvzhi.architecture.violations.domain.beta;

import java.util.List;
import org.lvzhi.architecture.violations.domain.alpha.AlphaRecord;

/** The other half of the domain cycle. */
public record BetaRecord(List<AlphaRecord> others) {
}
