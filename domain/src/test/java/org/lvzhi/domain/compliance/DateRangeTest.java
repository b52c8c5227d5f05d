package org.lvzhi.domain.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.policy.ProfileFixtures.date;
import static org.lvzhi.domain.shared.ViolationAssertions.violationOf;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.shared.Violation;

class DateRangeTest {

    private static final DateRange MARCH = new DateRange(date("2026-03-01"), date("2026-03-31"));

    @Test
    @DisplayName("a range contains both its first and its last day, and nothing outside them")
    void bothEndsInclusive() {
        assertThat(MARCH.contains(date("2026-03-01"))).isTrue();
        assertThat(MARCH.contains(date("2026-03-31"))).isTrue();
        assertThat(MARCH.contains(date("2026-02-28"))).isFalse();
        assertThat(MARCH.contains(date("2026-04-01"))).isFalse();
    }

    @Test
    @DisplayName("a range counts its days with both ends included")
    void daysIncludeBothEnds() {
        assertThat(MARCH.days()).isEqualTo(31);
        assertThat(new DateRange(date("2026-03-01"), date("2026-03-01")).days()).isEqualTo(1);
        assertThat(DateRange.year(2028).days()).isEqualTo(366);
    }

    @Test
    @DisplayName("two ranges intersect in the days they share, and not at all when they do not meet")
    void intersection() {
        assertThat(MARCH.intersect(new DateRange(date("2026-03-20"), date("2026-04-10"))))
                .contains(new DateRange(date("2026-03-20"), date("2026-03-31")));
        assertThat(MARCH.intersect(DateRange.year(2025))).isEmpty();
    }

    @Test
    @DisplayName("a range cannot end before it starts")
    void endBeforeStartIsRefused() {
        assertThat(violationOf(() -> new DateRange(date("2026-03-02"), date("2026-03-01"))))
                .isEqualTo(new Violation("to", "结束日期（2026-03-01）不能早于开始日期（2026-03-02）"));
    }
}
