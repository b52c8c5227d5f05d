package org.lvzhi.adapter.web.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.adapter.web.testing.ProblemAssert.assertInvalid;
import static org.lvzhi.adapter.web.testing.ProblemAssert.assertProblem;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.web.testing.Api;
import org.lvzhi.adapter.web.testing.FixedClock;
import org.lvzhi.adapter.web.testing.Script;
import org.lvzhi.adapter.web.testing.TestTokens;
import org.lvzhi.application.calendar.port.in.CalendarDuties;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.report.port.out.OutstandingReport;
import org.lvzhi.application.report.port.in.DutyReportUseCases;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.domain.calendar.DutyDate;
import org.lvzhi.domain.calendar.DutyKey;
import org.lvzhi.domain.calendar.ScheduledDuty;
import org.lvzhi.domain.deputy.DeputyId;

/** Annual duty reports, term summaries and the calendar of duties over HTTP, the use cases replaced by fakes. */
@MicronautTest
class CalendarAndReportRoutesTest {

    private static final String OFFICER = TestTokens.of("officer", List.of("LIAISON_OFFICER"), List.of("qinghai"));
    private static final String DEPUTY = TestTokens.of("zhang", List.of("DEPUTY"), List.of("qinghai"));
    private static final DeputyId ZHANG = DeputyId.random();
    private static final String REPORTS = "/api/v1/deputies/" + ZHANG + "/duty-reports/";

    @Inject
    Api api;

    private final Script<DutyReportUseCases> reports = Script.of(DutyReportUseCases.class);
    private final Script<CalendarDuties> calendar = Script.of(CalendarDuties.class);

    @MockBean(DutyReportUseCases.class)
    DutyReportUseCases reports() {
        return reports.port();
    }

    @MockBean(CalendarDuties.class)
    CalendarDuties calendar() {
        return calendar.port();
    }

    @Test
    @DisplayName("a report's file name picks its form: .html is HTML in UTF-8, .pdf an inline PDF named by the year")
    void servesReportsByExtension() {
        reports.answer("<html><body>张三 2025 年度履职报告</body></html>", "html").answer(new byte[] {'%', 'P', 'D', 'F'}, "pdf");

        var html = api.get(REPORTS + "2025.html", DEPUTY);
        var pdf = api.get(REPORTS + "2025.pdf", DEPUTY);

        assertThat(html.status()).as(html.body()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html").containsIgnoringCase("charset=utf-8");
        assertThat(html.body()).contains("张三 2025 年度履职报告");
        assertThat(reports.argument("html", 1, DeputyId.class)).isEqualTo(ZHANG);
        assertThat(reports.argument("html", 2, Integer.class)).isEqualTo(2025);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).isEqualTo("inline; filename=\"duty-report-2025.pdf\"");
    }

    @Test
    @DisplayName("a report without an extension or as .json is the JSON view; another extension, a bad year or id are 422s")
    void refusesOtherForms() {
        reports.failNextWith(new NotFound("duty report", ZHANG));
        assertProblem(api.get(REPORTS + "2024", DEPUTY), 404);
        assertThat(reports.argument("report", 2, Integer.class)).isEqualTo(2024);
        reports.failNextWith(new AccessDenied("代表只能查看本人的述职报告"));
        assertProblem(api.get(REPORTS + "2024.json", DEPUTY), 403);

        assertInvalid(api.get(REPORTS + "2025.docx", DEPUTY), "/format");
        assertInvalid(api.get(REPORTS + "MMXXV.html", DEPUTY), "/year");
        assertInvalid(api.get("/api/v1/deputies/zhang/duty-reports/2025.html", DEPUTY), "/id");
        assertInvalid(api.get("/api/v1/deputies/" + ZHANG + "/term-summary.txt", DEPUTY), "/format");
        assertThat(reports.called("html")).isFalse();
    }

    @Test
    @DisplayName("a deputy's narrative reaches the use case for the year of the path; submitting names the same")
    void savesTheNarrative() {
        reports.failNextWith(new AccessDenied("述职报告已提交，不能再修改"));

        var refused = api.putJson(REPORTS + "2025/narrative", DEPUTY, "{\"narrative\":\"本年度我共参加视察三次。\"}");

        assertProblem(refused, 403);
        assertThat(reports.argument("saveNarrative", 2, Integer.class)).isEqualTo(2025);
        assertThat(reports.argument("saveNarrative", 3, String.class)).isEqualTo("本年度我共参加视察三次。");
        assertInvalid(api.postJson(REPORTS + "MMXXV/submission", DEPUTY, ""), "/year");
    }

    @Test
    @DisplayName("the outstanding reports need a year (422 at /year) and list only the unsubmitted (422 at /submitted); they are a page")
    void listsOutstandingReports() {
        reports.answer(new Slice<>(List.of(new OutstandingReport(ZHANG, "张三", true)), 1, Optional.of("bmV4dA")), "outstanding");

        var outstanding = api.get("/api/v1/duty-reports?year=2025&size=1", OFFICER);

        assertThat(outstanding.status()).as(outstanding.body()).isEqualTo(200);
        assertThat(outstanding.node().get("items").get(0).get("drafted").getBooleanValue()).isTrue();
        assertThat(outstanding.header("Link")).contains("after=bmV4dA").contains("year=2025");
        assertThat(reports.argument("outstanding", 1, Integer.class)).isEqualTo(2025);
        assertThat(reports.argument("outstanding", 2, KeysetRequest.class)).isEqualTo(new KeysetRequest(Optional.empty(), 1));
        assertInvalid(api.get("/api/v1/duty-reports", OFFICER), "/year");
        assertInvalid(api.get("/api/v1/duty-reports?year=2025&submitted=true", OFFICER), "/submitted");
    }

    @Test
    @DisplayName("the calendar lists each scheduled duty with its next date, kind and round, as a page")
    void listsTheCalendar() {
        calendar.answer(List.of(
                new ScheduledDuty(new DutyKey("QH-5.2", "ANNUAL_REPORT"),
                        new DutyDate(FixedClock.TODAY.plusDays(10), FixedClock.TODAY.plusDays(30), DutyDate.Kind.REMINDER, 1, 2),
                        Optional.of(FixedClock.NOW.plusSeconds(864_000))),
                new ScheduledDuty(new DutyKey("QH-6.1", "CONTACT_VISIT"),
                        new DutyDate(FixedClock.TODAY.plusDays(40), FixedClock.TODAY.plusDays(40), DutyDate.Kind.DUE, 1, 1))), "scheduled");

        var first = api.get("/api/v1/calendar-duties?size=1", OFFICER);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        var duty = first.node().get("items").get(0);
        assertThat(duty.get("rule").getStringValue()).isEqualTo("QH-5.2");
        assertThat(duty.get("kind").getStringValue()).isEqualTo("REMINDER");
        assertThat(duty.get("nextOn").getStringValue()).isEqualTo("2026-03-12");
        assertThat(duty.get("rounds").getIntValue()).isEqualTo(2);
        assertThat(first.text("total")).isEqualTo("2");
        assertThat(first.header("Link")).contains("page=1");
    }
}
