package org.lvzhi.domain.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.lvzhi.domain.compliance.DutyFixtures.TERM;
import static org.lvzhi.domain.compliance.DutyFixtures.confirmed;
import static org.lvzhi.domain.compliance.DutyFixtures.pending;
import static org.lvzhi.domain.policy.ProfileFixtures.calendarYear;
import static org.lvzhi.domain.policy.ProfileFixtures.date;
import static org.lvzhi.domain.policy.ProfileFixtures.rolling;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.policy.PointsEntry;
import org.lvzhi.domain.policy.PointsScheme;
import org.lvzhi.domain.policy.Sourced;
import org.lvzhi.domain.policy.Window;

class PointsCalculatorTest {

    private static Sourced<PointsScheme> scheme(PointsEntry... entries) {
        return new Sourced<>(new PointsScheme("PT-1", "第二十条", List.of(entries)), "test", 1);
    }

    private static PointsEntry points(String type, int points) {
        return new PointsEntry(type, points, Optional.empty(), Optional.empty());
    }

    private static PointsEntry capped(String type, int points, int cap, Window window) {
        return new PointsEntry(type, points, Optional.of(cap), Optional.ofNullable(window));
    }

    private static DutyPoints score(Sourced<PointsScheme> scheme, String on, DutyRecord... records) {
        return PointsCalculator.score(scheme, List.of(records), TERM, date(on));
    }

    @Test
    @DisplayName("each confirmed record of a listed type scores its points, penalties included")
    void scoresAndPenalties() {
        var points = score(scheme(points("SESSION_SPEECH", 5), points("LATE_ARRIVAL", -2)), "2026-12-31",
                confirmed("SESSION_SPEECH", "2026-01-10"), confirmed("SESSION_SPEECH", "2026-01-11"), confirmed("LATE_ARRIVAL", "2026-03-01"),
                confirmed("TRAINING", "2026-04-01"));

        assertThat(points.total()).isEqualTo(8);
        assertThat(points.lines()).extracting(PointsLine::points).containsExactly(5, 5, -2);
        assertThat(points.rule()).isEqualTo("PT-1");
        assertThat(points.article()).isEqualTo("第二十条");
    }

    @Test
    @DisplayName("pending records, records outside the term and records after the date do not score")
    void onlyConfirmedRecordsOfTheTermUpToTheDate() {
        var points = score(scheme(points("INSPECTION", 3)), "2026-06-30",
                pending("INSPECTION", "2026-01-10"), confirmed("INSPECTION", "2022-12-31"), confirmed("INSPECTION", "2026-07-01"),
                confirmed("INSPECTION", "2026-06-30"));

        assertThat(points.total()).isEqualTo(3);
        assertThat(points.lines()).singleElement().extracting(PointsLine::date).isEqualTo(date("2026-06-30"));
    }

    @Test
    @DisplayName("beyond a yearly cap, the later records of the year score 0 and are marked capped; a new year starts afresh")
    void yearlyCap() {
        var points = score(scheme(capped("INSPECTION", 3, 2, calendarYear())), "2026-12-31",
                confirmed("INSPECTION", "2025-09-01"), confirmed("INSPECTION", "2025-03-01"), confirmed("INSPECTION", "2025-05-01"),
                confirmed("INSPECTION", "2026-01-05"));

        assertThat(points.lines()).extracting(PointsLine::date, PointsLine::points, PointsLine::capped).containsExactly(
                tuple(date("2025-03-01"), 3, false),
                tuple(date("2025-05-01"), 3, false),
                tuple(date("2025-09-01"), 0, true),
                tuple(date("2026-01-05"), 3, false));
        assertThat(points.total()).isEqualTo(9);
    }

    @Test
    @DisplayName("a cap without a window holds for the whole term")
    void capDefaultsToTheTerm() {
        var points = score(scheme(capped("LECTURE", 1, 2, null)), "2027-12-31",
                confirmed("LECTURE", "2023-05-01"), confirmed("LECTURE", "2025-05-01"), confirmed("LECTURE", "2027-05-01"));

        assertThat(points.total()).isEqualTo(2);
        assertThat(points.lines()).extracting(PointsLine::capped).containsExactly(false, false, true);
    }

    @Test
    @DisplayName("a rolling cap counts the records that scored in the period ending on each record's date")
    void rollingCap() {
        var points = score(scheme(capped("PUBLIC_CONTACT", 1, 1, rolling("P6M"))), "2026-12-31",
                confirmed("PUBLIC_CONTACT", "2026-01-10"), confirmed("PUBLIC_CONTACT", "2026-05-10"), confirmed("PUBLIC_CONTACT", "2026-07-10"));

        assertThat(points.lines()).extracting(PointsLine::capped).containsExactly(false, true, false);
    }
}
