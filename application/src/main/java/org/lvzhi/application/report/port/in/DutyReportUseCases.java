package org.lvzhi.application.report.port.in;

import org.lvzhi.application.report.port.out.DutyReportView;
import org.lvzhi.application.report.port.out.OutstandingReport;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.domain.deputy.DeputyId;

/** The annual duty report (述职报告): read by whoever reads the archive; written and submitted by the deputy alone. */
public interface DutyReportUseCases {

    DutyReportView report(ActingCaller caller, DeputyId deputy, int year);

    /** The report as HTML, with its charts as inline SVG. */
    String html(ActingCaller caller, DeputyId deputy, int year);

    /** The report as PDF, with a Chinese font embedded. */
    byte[] pdf(ActingCaller caller, DeputyId deputy, int year);

    /**
     * The term-end summary for re-nomination (QH-11.2, JD-27): the same report over the deputy's term up to today (or its
     * last day); read by whoever reads the archive, a deputy only their own.
     */
    DutyReportView termSummary(ActingCaller caller, DeputyId deputy);

    String termSummaryHtml(ActingCaller caller, DeputyId deputy);

    byte[] termSummaryPdf(ActingCaller caller, DeputyId deputy);

    DutyReportView saveNarrative(ActingCaller caller, DeputyId deputy, int year, String narrative);

    DutyReportView submit(ActingCaller caller, DeputyId deputy, int year);

    /** Staff: the serving deputies who have not submitted the year's report. */
    Slice<OutstandingReport> outstanding(ActingCaller caller, int year, KeysetRequest page);
}
