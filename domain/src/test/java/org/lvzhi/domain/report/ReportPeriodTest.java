package org.lvzhi.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.DutyRecord;

class ReportPeriodTest {

    private final DeputyId deputy = DeputyId.random();

    private DutyRecord on(String date) {
        return DutyRecord.registered(deputy, "VISIT", LocalDate.parse(date), Optional.empty(), Optional.empty(), Optional.empty(),
                "staff");
    }

    @Test
    void aTermCountsItsRecordsPerYearUpToTheDayItIsJudgedOn() {
        ReportPeriod term = ReportPeriod.term(LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2026, 6, 30));
        List<DutyRecord> records = List.of(on("2021-12-31"), on("2022-03-01"), on("2024-05-01"), on("2024-06-01"),
                on("2026-06-30"), on("2026-07-01"), DutyRecord.selfRegistered(deputy, "VISIT", LocalDate.of(2023, 1, 1),
                        Optional.empty(), Optional.empty(), "deputy"));

        List<RecordsByMonth> lines = term.lines(records, type -> "走访");

        assertThat(term.columns()).containsExactly("2022年", "2023年", "2024年", "2025年", "2026年");
        assertThat(lines).singleElement().satisfies(line -> assertThat(line.months()).containsExactly(1, 0, 2, 0, 1));
        assertThat(RecordsByMonth.totals(lines, 5)).containsExactly(1, 0, 2, 0, 1);
    }

    @Test
    void aYearCountsPerMonthAndEndsOnItsLastDay() {
        ReportPeriod year = ReportPeriod.year(2025, LocalDate.of(2026, 3, 1));

        assertThat(year.to()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(year.columns()).hasSize(12).startsWith("1月");
        assertThat(year.lines(List.of(on("2025-02-03"), on("2026-02-03")), type -> "走访"))
                .singleElement().satisfies(line -> assertThat(line.months().get(1)).isEqualTo(1));
        assertThat(year.covers(LocalDate.of(2026, 1, 1))).isFalse();
    }
}
