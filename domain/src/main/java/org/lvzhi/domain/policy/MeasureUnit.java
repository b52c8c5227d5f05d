package org.lvzhi.domain.policy;

import java.math.BigDecimal;
import java.util.Optional;

/** The unit a record type measures its quantity in (天、半天、小时、人次), and the conversions between units. */
public enum MeasureUnit {
    DAY, HALF_DAY, HOUR, PERSON;

    private static final BigDecimal HALF_DAYS_PER_DAY = BigDecimal.valueOf(2);

    /**
     * How many of {@code unit} one of this unit is: 1 for the same unit, 2 half-days to a day, 0.5 days to a
     * half-day; empty where the two do not convert (an hour is not a share of a working day the regulations fix).
     */
    public Optional<BigDecimal> in(MeasureUnit unit) {
        if (unit == this) {
            return Optional.of(BigDecimal.ONE);
        }
        if (this == DAY && unit == HALF_DAY) {
            return Optional.of(HALF_DAYS_PER_DAY);
        }
        if (this == HALF_DAY && unit == DAY) {
            return Optional.of(new BigDecimal("0.5"));
        }
        return Optional.empty();
    }
}
