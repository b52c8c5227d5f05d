package org.lvzhi.application.report.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lvzhi.domain.compliance.DutyPoints;
import org.lvzhi.domain.compliance.QuotaVerdict;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.report.DutyReport;
import org.lvzhi.domain.report.RecordsByMonth;
import org.lvzhi.domain.report.ReportPeriod;
import org.lvzhi.domain.supervision.SupervisionCase;

/**
 * A deputy's duty report as shown, for a year (the annual duty report, 述职报告) or for the whole term (the term-end
 * summary, 任期履职总结): the figures drawn from the archive on {@code on} (the period's last day, or today while it
 * runs), the suggestions and joint proposals of the period with their outcomes; for a year also the due date, the
 * article it rests on, and the deputy's narrative and its state ({@code report}, empty for a term).
 */
public record DutyReportView(
        DeputyId deputy,
        String name,
        String congress,
        int termNumber,
        LocalDate termStartsOn,
        LocalDate termEndsOn,
        ReportPeriod period,
        LocalDate on,
        Optional<LocalDate> dueOn,
        Optional<String> dueArticle,
        List<QuotaVerdict> quotas,
        List<RecordsByMonth> months,
        Optional<DutyPoints> points,
        List<SupervisionCase> cases,
        List<SuggestionLine> suggestions,
        List<ProposalLine> proposals,
        Optional<DutyReport> report) {

    public DutyReportView {
        quotas = List.copyOf(quotas);
        months = List.copyOf(months);
        cases = List.copyOf(cases);
        suggestions = List.copyOf(suggestions);
        proposals = List.copyOf(proposals);
    }

    /** The report's year: the year reported on, or for a term the year it is judged in. */
    public int year() {
        return period.kind() == ReportPeriod.Kind.YEAR ? period.from().getYear() : on.getYear();
    }

    public boolean wholeTerm() {
        return period.kind() == ReportPeriod.Kind.TERM;
    }

    /** The chart's column labels: months of the year, or years of the term. */
    public List<String> columns() {
        return period.columns();
    }

    /** All counting records of the period, column by column (month by month, or year by year). */
    public List<Integer> monthTotals() {
        return RecordsByMonth.totals(months, columns().size());
    }
}
