package org.lvzhi.domain.policy;

import java.math.BigDecimal;
import java.util.Optional;

/** A grade of the points score (优秀、良好、一般、较差) between two edges; a band without a lower or upper edge is open. */
public record ScoreBand(String name, Optional<BandEdge> lower, Optional<BandEdge> upper) {

    public ScoreBand {
        lower = Absent.orEmpty(lower);
        upper = Absent.orEmpty(upper);
    }

    public boolean contains(BigDecimal score) {
        return lower.map(edge -> edge.inclusive() ? score.compareTo(edge.score()) >= 0 : score.compareTo(edge.score()) > 0).orElse(true)
                && upper.map(edge -> edge.inclusive() ? score.compareTo(edge.score()) <= 0 : score.compareTo(edge.score()) < 0).orElse(true);
    }
}
