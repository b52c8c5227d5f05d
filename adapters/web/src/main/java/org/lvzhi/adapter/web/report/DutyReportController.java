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

    /** The annual duty report of a year: JSON ({year}), HTML ({year}.html) or PDF ({year}.pdf). */
    @Get(value = "/deputies/{id}/duty-reports/{file}", produces = {MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, MediaType.APPLICATION_PDF})
    @Allowed(ReportAccess.READ)
    HttpResponse<?> report(ActingCaller caller, @PathVariable String id, @PathVariable String file) {
        DeputyId deputy = Ids.parse("id", id, DeputyId::new);
        int dot = file.indexOf('.');
        int year = year(dot < 0 ? file : file.substring(0, dot));
        String format = dot < 0 ? "" : file.substring(dot + 1);
        return switch (format) {
            case "" , "json" -> HttpResponse.ok(DutyReportResponse.of(reports.report(caller, deputy, year)));
            case "html" -> HttpResponse.ok(reports.html(caller, deputy, year)).contentType(HTML);
            case "pdf" -> HttpResponse.ok(reports.pdf(caller, deputy, year)).contentType(PDF)
                    .header("Content-Disposition", "inline; filename=\"duty-report-" + year + ".pdf\"");
            default -> throw new InvariantViolation("format", "只提供 JSON、.html 和 .pdf 格式的述职报告");
        };
    }

    /** The term-end summary for re-nomination (QH-11.2, JD-27): JSON, {@code .html} or {@code .pdf}. */
    @Get("/deputies/{id}/term-summary")
    @Allowed(ReportAccess.READ)
    DutyReportResponse termSummary(ActingCaller caller, @PathVariable String id) {
        return DutyReportResponse.of(reports.termSummary(caller, Ids.parse("id", id, DeputyId::new)));
    }

    /** The term-end summary as HTML or PDF. */
    @Get(value = "/deputies/{id}/term-summary.{format}", produces = {MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, MediaType.APPLICATION_PDF})
    @Allowed(ReportAccess.READ)
    HttpResponse<?> termSummaryFile(ActingCaller caller, @PathVariable String id, @PathVariable String format) {
        DeputyId deputy = Ids.parse("id", id, DeputyId::new);
        return switch (format) {
            case "json" -> HttpResponse.ok(DutyReportResponse.of(reports.termSummary(caller, deputy)));
            case "html" -> HttpResponse.ok(reports.termSummaryHtml(caller, deputy)).contentType(HTML);
            case "pdf" -> HttpResponse.ok(reports.termSummaryPdf(caller, deputy)).contentType(PDF)
                    .header("Content-Disposition", "inline; filename=\"term-summary.pdf\"");
            default -> throw new InvariantViolation("format", "只提供 JSON、.html 和 .pdf 格式的任期履职总结");
        };
    }

    /** Saves the deputy's own narrative of the annual duty report. */
    @Put("/deputies/{id}/duty-reports/{year}/narrative")
    @Allowed(ReportAccess.WRITE_OWN)
    DutyReportResponse narrative(ActingCaller caller, @PathVariable String id, @PathVariable String year,
            @Body NarrativeRequest request) {
        return DutyReportResponse.of(reports.saveNarrative(caller, Ids.parse("id", id, DeputyId::new), year(year),
                request.narrative()));
    }

    /** Submits the annual duty report; refused after the due date, when empty, or twice. */
    @Post("/deputies/{id}/duty-reports/{year}/submission")
    @Allowed(ReportAccess.WRITE_OWN)
    DutyReportResponse submit(ActingCaller caller, @PathVariable String id, @PathVariable String year) {
        return DutyReportResponse.of(reports.submit(caller, Ids.parse("id", id, DeputyId::new), year(year)));
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
