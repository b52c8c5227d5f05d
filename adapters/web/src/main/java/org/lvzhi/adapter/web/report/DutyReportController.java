package org.lvzhi.adapter.web.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import org.lvzhi.adapter.web.shared.Allowed;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.lvzhi.application.report.port.in.DutyReportUseCases;
import org.lvzhi.application.report.port.in.ReportAccess;
import org.lvzhi.application.report.port.out.OutstandingReport;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.shared.InvariantViolation;

/**
 * The annual duty report (述职报告, QH-11.6): {@code …/{year}} as JSON, {@code …/{year}.html} and {@code …/{year}.pdf};
 * the deputy writes the narrative and submits it; staff list who has not submitted.
 */
@Controller("/api/v1")
class DutyReportController {

    private static final MediaType HTML = MediaType.of("text/html;charset=utf-8");
    private static final MediaType PDF = MediaType.of(MediaType.APPLICATION_PDF);

    private final DutyReportUseCases reports;

    DutyReportController(DutyReportUseCases reports) {
        this.reports = reports;
    }

    /** The annual duty report of a year as JSON, named by the year alone or with the extension {@code json}. */
    @Get("/deputies/{id}/duty-reports/{file}")
    @Allowed(ReportAccess.READ)
    DutyReportResponse report(ActingCaller caller, @PathVariable String id, @PathVariable String file) {
        int dot = file.indexOf('.');
        if (dot >= 0 && !file.substring(dot + 1).equals("json")) {
            throw new InvariantViolation("format", "只提供 JSON、.html 和 .pdf 格式的述职报告");
        }
        return DutyReportResponse.of(reports.report(caller, deputy(id), year(dot < 0 ? file : file.substring(0, dot))));
    }

    /** The annual duty report of a year as an HTML page. */
    @Get(value = "/deputies/{id}/duty-reports/{year}.html", produces = MediaType.TEXT_HTML)
    @Allowed(ReportAccess.READ)
    HttpResponse<String> reportHtml(ActingCaller caller, @PathVariable String id, @PathVariable String year) {
        return html(reports.html(caller, deputy(id), year(year)));
    }

    /** The annual duty report of a year as a PDF. */
    @Get(value = "/deputies/{id}/duty-reports/{year}.pdf", produces = MediaType.APPLICATION_PDF)
    @Allowed(ReportAccess.READ)
    HttpResponse<byte[]> reportPdf(ActingCaller caller, @PathVariable String id, @PathVariable String year) {
        int number = year(year);
        return pdf(reports.pdf(caller, deputy(id), number), "duty-report-" + number + ".pdf");
    }

    /** The term-end summary for re-nomination as JSON; the HTML page and the PDF have routes of their own. Rules QH-11.2, JD-27. */
    @Get("/deputies/{id}/term-summary")
    @Allowed(ReportAccess.READ)
    DutyReportResponse termSummary(ActingCaller caller, @PathVariable String id) {
        return DutyReportResponse.of(reports.termSummary(caller, deputy(id)));
    }

    /** The term-end summary as JSON with the extension {@code json}; an extension other than these three is refused. */
    @Get("/deputies/{id}/term-summary.{format}")
    @Allowed(ReportAccess.READ)
    DutyReportResponse termSummaryFile(ActingCaller caller, @PathVariable String id, @PathVariable String format) {
        if (!format.equals("json")) {
            throw new InvariantViolation("format", "只提供 JSON、.html 和 .pdf 格式的任期履职总结");
        }
        return termSummary(caller, id);
    }

    /** The term-end summary as an HTML page. */
    @Get(value = "/deputies/{id}/term-summary.html", produces = MediaType.TEXT_HTML)
    @Allowed(ReportAccess.READ)
    HttpResponse<String> termSummaryHtml(ActingCaller caller, @PathVariable String id) {
        return html(reports.termSummaryHtml(caller, deputy(id)));
    }

    /** The term-end summary as a PDF. */
    @Get(value = "/deputies/{id}/term-summary.pdf", produces = MediaType.APPLICATION_PDF)
    @Allowed(ReportAccess.READ)
    HttpResponse<byte[]> termSummaryPdf(ActingCaller caller, @PathVariable String id) {
        return pdf(reports.termSummaryPdf(caller, deputy(id)), "term-summary.pdf");
    }

    /** Saves the deputy's own narrative of the annual duty report. */
    @Put("/deputies/{id}/duty-reports/{year}/narrative")
    @Allowed(ReportAccess.WRITE_OWN)
    DutyReportResponse narrative(ActingCaller caller, @PathVariable String id, @PathVariable String year,
            @Body NarrativeRequest request) {
        return DutyReportResponse.of(reports.saveNarrative(caller, deputy(id), year(year),
                request.narrative()));
    }

    /** Submits the annual duty report; refused after the due date, when empty, or twice. */
    @Post("/deputies/{id}/duty-reports/{year}/submission")
    @Allowed(ReportAccess.WRITE_OWN)
    DutyReportResponse submit(ActingCaller caller, @PathVariable String id, @PathVariable String year) {
        return DutyReportResponse.of(reports.submit(caller, deputy(id), year(year)));
    }

    /** Staff: the serving deputies who have not submitted the year's report ({@code submitted=false}, the only list kept). */
    @Get("/duty-reports")
    @Allowed(ReportAccess.LIST_UNSUBMITTED)
    PageResponse<OutstandingLine> outstanding(ActingCaller caller, @Nullable @QueryValue String year,
            @Nullable @QueryValue Boolean submitted, @Nullable @QueryValue String after, @Nullable @QueryValue Integer size,
            @Nullable @QueryValue Boolean total) {
        if (year == null) {
            throw new InvariantViolation("year", "请给出年度（year）");
        }
        if (Boolean.TRUE.equals(submitted)) {
            throw new InvariantViolation("submitted", "目前只列出未提交述职报告的代表（submitted=false）");
        }
        return PageResponse.of(reports.outstanding(caller, year(year), KeysetRequest.of(after, size, total)), OutstandingLine::of);
    }

    private static DeputyId deputy(String id) {
        return Ids.parse("id", id, DeputyId::new);
    }

    private static HttpResponse<String> html(String page) {
        return HttpResponse.ok(page).contentType(HTML);
    }

    private static HttpResponse<byte[]> pdf(byte[] document, String fileName) {
        return HttpResponse.ok(document).contentType(PDF).header("Content-Disposition", "inline; filename=\"" + fileName + "\"");
    }

    private static int year(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            throw new InvariantViolation("year", "年度应当是四位数字，例如 2026");
        }
    }

    @Serdeable
    record NarrativeRequest(@Nullable String narrative) {
    }

    @Serdeable
    record OutstandingLine(String deputyId, String name, boolean drafted) {

        static OutstandingLine of(OutstandingReport report) {
            return new OutstandingLine(report.deputy().toString(), report.name(), report.drafted());
        }
    }
}
