package org.lvzhi.domain.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.lvzhi.domain.compliance.DutyFixtures.TERM;
import static org.lvzhi.domain.compliance.DutyFixtures.approved;
import static org.lvzhi.domain.compliance.DutyFixtures.confirmed;
import static org.lvzhi.domain.compliance.DutyFixtures.measuring;
import static org.lvzhi.domain.compliance.DutyFixtures.pending;
import static org.lvzhi.domain.compliance.DutyFixtures.profileOf;
import static org.lvzhi.domain.compliance.DutyFixtures.unapproved;
import static org.lvzhi.domain.policy.ProfileFixtures.calendarYear;
import static org.lvzhi.domain.policy.ProfileFixtures.date;
import static org.lvzhi.domain.policy.ProfileFixtures.measured;
import static org.lvzhi.domain.policy.ProfileFixtures.rolling;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.policy.BandEdge;
import org.lvzhi.domain.policy.MeasureUnit;
import org.lvzhi.domain.policy.PointsDeduction;
import org.lvzhi.domain.policy.PointsEntry;
import org.lvzhi.domain.policy.PointsScheme;
import org.lvzhi.domain.policy.ScoreBand;
import org.lvzhi.domain.policy.Window;

class PointsCalculatorTest {

    private static final List<ScoreBand> GRADES = List.of(
            band("优秀", edge(90, true), null), band("良好", edge(80, true), edge(90, false)),
            band("一般", edge(60, true), edge(80, false)), band("较差", null, edge(60, false)));

    private static PointsScheme scheme(PointsEntry... entries) {
        return yearly(0, List.of(), Optional.empty(), List.of(), entries);
    }

    private static PointsScheme termScheme(PointsEntry... entries) {
        return new PointsScheme("PT-1", "第二十条", List.of(entries), Optional.empty(), 0, List.of(), Optional.empty(), List.of(), false, false);
    }

    private static PointsScheme yearly(int base, List<PointsDeduction> deductions, Optional<Integer> cap, List<ScoreBand> bands,
            PointsEntry... entries) {
        return new PointsScheme("PT-1", "第二十条", List.of(entries), Optional.of(calendarYear()), base, deductions, cap, bands, false, false);
    }

    private static PointsEntry points(String type, int points) {
        return entry(type, points, null, null, null, null);
    }

    private static PointsEntry entry(String type, int points, MeasureUnit perUnit, Integer cap, Window capWindow, Integer maxPoints) {
        return new PointsEntry(type, points, Optional.ofNullable(perUnit), Optional.ofNullable(cap), Optional.ofNullable(capWindow),
                Optional.ofNullable(maxPoints), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static PointsDeduction deduction(String from, Boolean approved, int points, Integer minPoints) {
        return new PointsDeduction(List.of(from), Optional.ofNullable(approved), points, Optional.ofNullable(minPoints), Optional.empty(),
                Optional.of("XC-9.2"), Optional.of("第九条第二款"));
    }

    private static ScoreBand band(String name, BandEdge lower, BandEdge upper) {
        return new ScoreBand(name, Optional.ofNullable(lower), Optional.ofNullable(upper));
    }

    private static BandEdge edge(int score, boolean inclusive) {
        return new BandEdge(BigDecimal.valueOf(score), inclusive);
    }

    private static DutyPoints score(PointsScheme scheme, String on, List<Absence> absences, DutyRecord... records) {
        var profile = profileOf(List.of(measured("TRAINING_DAYS", MeasureUnit.DAY)), Optional.of(scheme));
        return PointsCalculator.score(profile, List.of(records), absences, TERM, date(on)).orElseThrow();
    }

    private static DutyPoints score(PointsScheme scheme, String on, DutyRecord... records) {
        return score(scheme, on, List.of(), records);
    }

    @Test
    @DisplayName("each confirmed record of a listed type scores its points, penalties included, citing the scheme's rule")
    void scoresAndPenalties() {
        var points = score(scheme(points("SESSION_SPEECH", 5), points("LATE_ARRIVAL", -2)), "2026-12-31",
                confirmed("SESSION_SPEECH", "2026-01-10"), confirmed("SESSION_SPEECH", "2026-01-11"), confirmed("LATE_ARRIVAL", "2026-03-01"),
                confirmed("TRAINING", "2026-04-01"));

        assertThat(points.total()).isEqualByComparingTo("8");
        assertThat(points.lines()).extracting(line -> line.points().intValue(), PointsLine::rule, PointsLine::article)
                .containsExactly(tuple(5, "PT-1", "第二十条"), tuple(5, "PT-1", "第二十条"), tuple(-2, "PT-1", "第二十条"));
    }

    @Test
    @DisplayName("pending records, records outside the window and records after the date do not score")
    void onlyConfirmedRecordsOfTheWindowUpToTheDate() {
        var points = score(scheme(points("INSPECTION", 3)), "2026-06-30",
                pending("INSPECTION", "2026-01-10"), confirmed("INSPECTION", "2025-12-31"), confirmed("INSPECTION", "2026-07-01"),
                confirmed("INSPECTION", "2026-06-30"));

        assertThat(points.total()).isEqualByComparingTo("3");
        assertThat(points.window()).isEqualTo(new DateRange(date("2026-01-01"), date("2026-12-31")));
        assertThat(points.lines()).singleElement().extracting(PointsLine::date).isEqualTo(date("2026-06-30"));
    }

    @Test
    @DisplayName("beyond a count cap the later records of the cap window score 0, marked capped")
    void countCap() {
        var points = score(termScheme(entry("INSPECTION", 3, null, 2, calendarYear(), null)), "2026-12-31",
                confirmed("INSPECTION", "2025-09-01"), confirmed("INSPECTION", "2025-03-01"), confirmed("INSPECTION", "2025-05-01"),
                confirmed("INSPECTION", "2026-01-05"));

        assertThat(points.lines()).extracting(PointsLine::date, line -> line.points().intValue(), PointsLine::capped).containsExactly(
                tuple(date("2025-03-01"), 3, false), tuple(date("2025-05-01"), 3, false), tuple(date("2025-09-01"), 0, true),
                tuple(date("2026-01-05"), 3, false));
        assertThat(points.total()).isEqualByComparingTo("9");
    }

    @Test
    @DisplayName("a rolling count cap counts the records that scored in the period ending on each record's date")
    void rollingCap() {
        var points = score(termScheme(entry("PUBLIC_CONTACT", 1, null, 1, rolling("P6M"), null)), "2026-12-31",
                confirmed("PUBLIC_CONTACT", "2026-01-10"), confirmed("PUBLIC_CONTACT", "2026-05-10"), confirmed("PUBLIC_CONTACT", "2026-07-10"));

        assertThat(points.lines()).extracting(PointsLine::capped).containsExactly(false, true, false);
    }

    @Test
    @DisplayName("base points are owed for the window with no record at all")
    void basePoints() {
        var points = score(yearly(60, List.of(), Optional.empty(), List.of(), points("INSPECTION", 3)), "2026-06-30");

        assertThat(points.total()).isEqualByComparingTo("60");
        assertThat(points.lines()).singleElement().extracting(PointsLine::source, PointsLine::date)
                .containsExactly(PointsSource.BASE, date("2026-01-01"));
    }

    @Test
    @DisplayName("points per half-day of a day-measured type: 1.5 days of training are 3 half-days, 3 points")
    void pointsPerUnitOfQuantity() {
        var points = score(scheme(entry("TRAINING_DAYS", 1, MeasureUnit.HALF_DAY, null, null, null)), "2026-12-31",
                measuring("TRAINING_DAYS", "2026-03-01", "1.5"), measuring("TRAINING_DAYS", "2026-04-01", "0.5"));

        assertThat(points.lines()).extracting(line -> line.quantity().intValue(), line -> line.points().intValue())
                .containsExactly(tuple(3, 3), tuple(1, 1));
        assertThat(points.total()).isEqualByComparingTo("4");
    }

    @Test
    @DisplayName("XC-9.2: absences cost points, approved leave less than unapproved absence, with the deduction's own rule and article")
    void deductions() {
        var scheme = yearly(60, List.of(deduction("SESSION_MEETING", true, -1, null), deduction("SESSION_MEETING", false, -3, null)),
                Optional.empty(), List.of());
        var points = score(scheme, "2026-12-31", List.of(approved("SESSION_MEETING", "2026-01-10"), unapproved("SESSION_MEETING", "2026-01-11"),
                unapproved("INSPECTION", "2026-05-01")));

        assertThat(points.lines()).extracting(PointsLine::source, line -> line.points().intValue(), PointsLine::rule, PointsLine::article)
                .containsExactly(tuple(PointsSource.BASE, 60, "PT-1", "第二十条"),
                        tuple(PointsSource.ABSENCE, -1, "XC-9.2", "第九条第二款"),
                        tuple(PointsSource.ABSENCE, -3, "XC-9.2", "第九条第二款"));
        assertThat(points.total()).isEqualByComparingTo("56");
    }

    @Test
    @DisplayName("an entry's yearly maximum: exactly the maximum stands, beyond it a line takes the excess back")
    void entryMaximum() {
        var scheme = scheme(entry("INSPECTION", 5, null, null, null, 10));

        assertThat(score(scheme, "2026-12-31", confirmed("INSPECTION", "2026-02-01"), confirmed("INSPECTION", "2026-03-01"))
                .lines()).extracting(PointsLine::source).containsOnly(PointsSource.RECORD);
        var capped = score(scheme, "2026-12-31", confirmed("INSPECTION", "2026-02-01"), confirmed("INSPECTION", "2026-03-01"),
                confirmed("INSPECTION", "2026-04-01"));
        assertThat(capped.lines().getLast()).extracting(PointsLine::source, line -> line.points().intValue(), PointsLine::date)
                .containsExactly(PointsSource.ENTRY_LIMIT, -5, date("2026-04-01"));
        assertThat(capped.total()).isEqualByComparingTo("10");
    }

    @Test
    @DisplayName("a deduction's floor: three unapproved absences at -2 cost -5, not -6")
    void deductionFloor() {
        var scheme = yearly(0, List.of(deduction("INSPECTION", false, -2, -5)), Optional.empty(), List.of());
        var points = score(scheme, "2026-12-31", List.of(unapproved("INSPECTION", "2026-02-01"), unapproved("INSPECTION", "2026-03-01"),
                unapproved("INSPECTION", "2026-04-01")));

        assertThat(points.lines().getLast()).extracting(PointsLine::source, line -> line.points().intValue())
                .containsExactly(PointsSource.ENTRY_LIMIT, 1);
        assertThat(points.total()).isEqualByComparingTo("-5");
    }

    @Test
    @DisplayName("the overall cap: base 60 and 50 earned are held at 100")
    void overallCap() {
        var scheme = yearly(60, List.of(), Optional.of(100), List.of(), points("INSPECTION", 25));
        var points = score(scheme, "2026-06-30", confirmed("INSPECTION", "2026-02-01"), confirmed("INSPECTION", "2026-03-01"));

        assertThat(points.lines().getLast()).extracting(PointsLine::source, line -> line.points().intValue(), PointsLine::date)
                .containsExactly(PointsSource.TOTAL_CAP, -10, date("2026-06-30"));
        assertThat(points.total()).isEqualByComparingTo("100");
    }

    @Test
    @DisplayName("bands: 90 is 优秀 (90分以上), 89.5 良好, 80 良好, 60 一般, 59 较差 (不满60分)")
    void bandEdges() {
        var scheme = yearly(60, List.of(deduction("INSPECTION", false, -1, null)), Optional.empty(), GRADES,
                points("SPEECH", 10), entry("TRAINING_DAYS", 1, MeasureUnit.DAY, null, null, null));
        DutyRecord speech = confirmed("SPEECH", "2026-02-01");
        DutyRecord speech2 = confirmed("SPEECH", "2026-03-01");
        DutyRecord speech3 = confirmed("SPEECH", "2026-04-01");

        assertThat(score(scheme, "2026-12-31", speech, speech2, speech3).band()).contains("优秀");
        assertThat(score(scheme, "2026-12-31", List.of(unapproved("INSPECTION", "2026-05-01")), speech, speech2, speech3,
                measuring("TRAINING_DAYS", "2026-06-01", "0.5")).band()).contains("良好");
        assertThat(score(scheme, "2026-12-31", speech, speech2).band()).contains("良好");
        assertThat(score(scheme, "2026-12-31").band()).contains("一般");
        assertThat(score(scheme, "2026-12-31", List.of(unapproved("INSPECTION", "2026-05-01"))).band()).contains("较差");
    }
}
