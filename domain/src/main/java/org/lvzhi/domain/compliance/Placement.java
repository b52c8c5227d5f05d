package org.lvzhi.domain.compliance;

import java.math.BigDecimal;
import java.util.Optional;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.policy.RankScope;

/**
 * Where a deputy stands by points in a scope in a window, by competition ranking: {@code fromTop} is 1 + the number of
 * deputies of the scope who scored more, {@code fromBottom} 1 + those who scored less, so equal scores share a rank and
 * the next rank skips (1, 2, 2, 4); {@code of} is how many were ranked.
 */
public record Placement(DeputyId deputy, DateRange window, RankScope scope, int fromTop, int fromBottom, int of, BigDecimal score,
        Optional<String> band) {
}
