package org.lvzhi.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.shared.InvariantViolation;

class DutyReportTest {

    private static final Optional<LocalDate> DUE = Optional.of(LocalDate.of(2026, 11, 30));

    @Test
    void submittedOnTheDueDayIsAccepted() {
        DutyReport report = DutyReport.blank(DeputyId.random(), 2026).withNarrative("  一年来认真履职。 ");

        DutyReport submitted = report.submit(LocalDate.of(2026, 11, 30), DUE);

        assertThat(submitted.state()).isEqualTo(ReportState.SUBMITTED);
        assertThat(submitted.narrative()).isEqualTo("一年来认真履职。");
        assertThat(submitted.submittedOn()).contains(LocalDate.of(2026, 11, 30));
    }

    @Test
    void afterTheDueDayOrWithoutNarrativeOrTwiceIsRefused() {
        DutyReport blank = DutyReport.blank(DeputyId.random(), 2026);
        DutyReport written = blank.withNarrative("正文");

        assertThatThrownBy(() -> written.submit(LocalDate.of(2026, 12, 1), DUE)).isInstanceOf(InvariantViolation.class)
                .hasMessageContaining("2026-11-30");
        assertThatThrownBy(() -> blank.submit(LocalDate.of(2026, 6, 1), DUE)).isInstanceOf(InvariantViolation.class);
        DutyReport submitted = written.submit(LocalDate.of(2026, 6, 1), DUE);
        assertThatThrownBy(() -> submitted.submit(LocalDate.of(2026, 6, 2), DUE)).isInstanceOf(InvariantViolation.class);
        assertThatThrownBy(() -> submitted.withNarrative("改写")).isInstanceOf(InvariantViolation.class);
        assertThat(written.submit(LocalDate.of(2030, 1, 1), Optional.empty()).state()).isEqualTo(ReportState.SUBMITTED);
    }
}
