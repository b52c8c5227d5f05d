package org.lvzhi.application.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lvzhi.domain.compliance.DutyPoints;
import org.lvzhi.domain.compliance.QuotaVerdict;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.report.DutyReport;
import org.lvzhi.domain.report.RecordsByMonth;
import org.lvzhi.domain.supervision.SupervisionCase;

/**
 * A deputy's annual duty report as shown: the figures drawn from the archive on {@code on} (the year's last day, or
 * today while the year runs), the due date and the article it rests on, and the deputy's narrative and its state.
 */
public record DutyReportView(
        DeputyId deputy,
        String name,
        String congress,
        int termNumber,
        int year,
        LocalDate on,
        Optional<LocalDate> dueOn,
        Optional<String> dueArticle,
        List<QuotaVerdict> quotas,
        List<RecordsByMonth> months,
        Optional<DutyPoints> points,
        List<SupervisionCase> cases,
        DutyReport report) {

    public DutyReportView {
        quotas = List.copyOf(quotas);
        months = List.copyOf(months);
        cases = List.copyOf(cases);
    }

    /** All counting records of the year, month by month. */
    public List<Integer> monthTotals() {
        return RecordsByMonth.totals(months);
    }
}
