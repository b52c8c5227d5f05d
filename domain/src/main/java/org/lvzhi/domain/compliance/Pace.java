package org.lvzhi.domain.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where a date stands in a counting window of {@code length} days: how many of them have elapsed (the date
 * included) and whether the window is over or has less than a twelfth of it left — computed once per window,
 * so judging a count costs a multiplication.
 */
record Pace(long elapsed, long length, boolean late) {

    static Pace of(DateRange window, LocalDate on) {
        long length = window.days();
        long elapsed = on.isBefore(window.from()) ? 0 : Math.min(length, ChronoUnit.DAYS.between(window.from(), on) + 1);
        boolean ended = on.isAfter(window.to());
        long remaining = ended ? 0 : ChronoUnit.DAYS.between(on, window.to());
        return new Pace(elapsed, length, ended || remaining * 12 < length);
    }

    /** A sum of quantities is never rounded: half a day against a minimum of one day is not met. */
    QuotaStatus judge(BigDecimal count, int minimum) {
        if (count.compareTo(BigDecimal.valueOf(minimum)) >= 0) {
            return QuotaStatus.MET;
        }
        if (late) {
            return QuotaStatus.BEHIND;
        }
        return count.compareTo(BigDecimal.valueOf((long) minimum * elapsed / length)) < 0 ? QuotaStatus.AT_RISK : QuotaStatus.ON_TRACK;
    }
}
