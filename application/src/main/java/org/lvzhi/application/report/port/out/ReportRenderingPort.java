package org.lvzhi.application.report.port.out;

/** Lays a duty report out for people: HTML for the screen, PDF for print and for the electing unit. */
public interface ReportRenderingPort {

    String html(DutyReportView report);

    /** Fails with {@link IllegalStateException} naming the font when no embeddable Chinese font is found. */
    byte[] pdf(DutyReportView report);
}
