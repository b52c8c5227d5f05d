package org.lvzhi.domain.compliance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.lvzhi.domain.shared.Decimals;

/**
 * A deputy's duty points (履职积分) under a scheme for one window: the total, the band it falls in (if the scheme
 * grades scores) and every line that makes it up, deductions and limits included.
 */
public record DutyPoints(String rule, String article, DateRange window, BigDecimal total, Optional<String> band,
        List<PointsLine> lines) {

    public DutyPoints {
        total = Decimals.canonical(total);
        lines = List.copyOf(lines);
    }
}
