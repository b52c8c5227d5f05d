package org.lvzhi.domain.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.compliance.DutyFixtures.confirmed;
import static org.lvzhi.domain.compliance.DutyFixtures.pending;
import static org.lvzhi.domain.compliance.DutyFixtures.rejected;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecordTalliesTest {

    private static final Tally VISITS_2026 = Tally.of(Set.of("FIXED_CONTACT_VISIT"), DateRange.year(2026), Optional.empty());
    private static final Tally CONTACTS_2026 = Tally.of(Set.of("FIXED_CONTACT_VISIT"), DateRange.year(2026), Optional.of("FIXED_CONTACT"));

    @Test
    @DisplayName("a tally counts the confirmed records of its types dated in its range")
    void countsConfirmedInRange() {
        var tallies = RecordTallies.of(List.of(
                confirmed("FIXED_CONTACT_VISIT", "2026-01-01"),
                confirmed("FIXED_CONTACT_VISIT", "2026-12-31"),
                confirmed("FIXED_CONTACT_VISIT", "2025-12-31"),
                confirmed("STATION_RECEPTION", "2026-05-05")));

        assertThat(tallies.count(VISITS_2026)).isEqualByComparingTo("2");
    }

    @Test
    @DisplayName("pending and rejected records are never counted")
    void unconfirmedNeverCount() {
        var tallies = RecordTallies.of(List.of(pending("FIXED_CONTACT_VISIT", "2026-03-01"), rejected("FIXED_CONTACT_VISIT", "2026-03-02")));

        assertThat(tallies.count(VISITS_2026)).isZero();
    }

    @Test
    @DisplayName("a distinct tally counts counterparts: three visits to one contact are one contact")
    void distinctCountsCounterparts() {
        var tallies = RecordTallies.of(List.of(
                confirmed("FIXED_CONTACT_VISIT", "2026-02-01", "王大妈"),
                confirmed("FIXED_CONTACT_VISIT", "2026-06-01", "王大妈"),
                confirmed("FIXED_CONTACT_VISIT", "2026-09-01", "王大妈"),
                confirmed("FIXED_CONTACT_VISIT", "2026-10-01")));

        assertThat(tallies.count(CONTACTS_2026)).isEqualByComparingTo("1");
        assertThat(tallies.count(VISITS_2026)).isEqualByComparingTo("4");
    }

    @Test
    @DisplayName("counts a database returned are read by tally key, a missing key counting zero")
    void countsByKey() {
        TallyCounts counts = TallyCounts.of(java.util.Map.of(VISITS_2026.key(), java.math.BigDecimal.valueOf(3)));

        assertThat(counts.count(VISITS_2026)).isEqualByComparingTo("3");
        assertThat(counts.count(CONTACTS_2026)).isZero();
    }
}
