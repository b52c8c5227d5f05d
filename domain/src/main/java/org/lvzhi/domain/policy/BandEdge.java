package org.lvzhi.domain.policy;

import java.math.BigDecimal;

/** One edge of a score band: the score and whether a score equal to it belongs to the band (以上、以下 do; 不满、超过 do not). */
public record BandEdge(BigDecimal score, boolean inclusive) {
}
