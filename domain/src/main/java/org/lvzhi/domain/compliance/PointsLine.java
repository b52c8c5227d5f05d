package org.lvzhi.domain.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.domain.shared.Decimals;

/**
 * One line of a points breakdown: the fact it rests on (a record's or an absence's id; none for base points and
 * limits), its type, date and quantity, the points it earns or costs, and the rule and article that say so. A record
 * beyond its entry's count cap scores 0 and says so.
 */
public record PointsLine(
        PointsSource source,
        Optional<String> fact,
        String type,
        LocalDate date,
        BigDecimal quantity,
        BigDecimal points,
        boolean capped,
        String rule,
        String article) {

    public PointsLine {
        quantity = Decimals.canonical(quantity);
        points = Decimals.canonical(points);
    }
}
