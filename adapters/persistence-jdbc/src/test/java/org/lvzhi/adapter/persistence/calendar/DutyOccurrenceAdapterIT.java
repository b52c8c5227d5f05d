package org.lvzhi.adapter.persistence.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TenantIT;
import org.lvzhi.application.calendar.port.out.DutyOccurrencePort;
import org.lvzhi.domain.calendar.DutyDate;
import org.lvzhi.domain.calendar.DutyKey;

class DutyOccurrenceAdapterIT extends TenantIT {

    private static final LocalDate DUE = LocalDate.of(2025, 12, 31);

    @Inject DutyOccurrencePort occurrences;

    @Test
    @DisplayName("an occurrence of a calendar duty is recorded once per congress, date and kind; a repeat says it was there")
    void recordedOnce() {
        DutyKey key = new DutyKey("QH-8.1", "年度履职报告");
        DutyDate reminder = new DutyDate(DUE.minusDays(30), DUE, DutyDate.Kind.REMINDER, 1, 1);
        DutyDate due = new DutyDate(DUE, DUE, DutyDate.Kind.DUE, 1, 1);

        boolean first = in(() -> occurrences.record(key, "第八条", reminder, 12));
        boolean again = in(() -> occurrences.record(key, "第八条", reminder, 12));
        boolean dueDay = in(() -> occurrences.record(key, "第八条", due, 12));
        boolean anotherDuty = in(() -> occurrences.record(new DutyKey("QH-8.1", "述职评议"), "第八条", reminder, 3));
        boolean anotherCongress = in(other, () -> occurrences.record(key, "第八条", reminder, 7));
        boolean nextYear = in(() -> occurrences.record(key, "第八条", new DutyDate(DUE.plusYears(1), DUE.plusYears(1), DutyDate.Kind.DUE, 1, 1), 12));

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(dueDay).isTrue();
        assertThat(anotherDuty).isTrue();
        assertThat(anotherCongress).isTrue();
        assertThat(nextYear).isTrue();
    }
}
