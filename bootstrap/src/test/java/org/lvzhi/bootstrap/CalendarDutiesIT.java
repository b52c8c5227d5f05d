package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TestDatabase;
import org.lvzhi.adapter.scheduler.CalendarDutyJob;
import org.lvzhi.application.calendar.port.in.CalendarDuties;
import org.lvzhi.application.calendar.port.out.CalendarTriggerPort;
import org.lvzhi.application.deadline.port.in.PollDueDeadlinesUseCase;
import org.lvzhi.domain.calendar.DutyDate;
import org.lvzhi.domain.calendar.DutyKey;
import org.lvzhi.domain.calendar.ScheduledDuty;
import org.lvzhi.domain.congress.CongressId;

/**
 * Calendar duties on their days: the triggers are Quartz's (this node keeps them and fires none), the job is
 * called at its entry point for every trigger due on the moved clock's day.
 */
@MicronautTest(transactional = false)
@Property(name = "lvzhi.test.movable-clock", value = "true")
@Property(name = "lvzhi.scheduler.enabled", value = "true")
@Property(name = "lvzhi.scheduler.run-jobs", value = "false")
@Property(name = "lvzhi.scheduler.name", value = "calendar-duties-it")
class CalendarDutiesIT extends ApiTest {

    private static final List<String> CONGRESSES = List.of("qinghai", "hunan", "bj-dongcheng", "sh-jiading");
    private static final LocalDate NOVEMBER_30 = LocalDate.of(2026, 11, 30);

    @Inject MovableClock clock;
    @Inject CalendarDuties calendar;
    @Inject CalendarTriggerPort triggers;
    @Inject CalendarDutyJob job;
    @Inject PollDueDeadlinesUseCase poller;

    private static final DutyKey REPORT = new DutyKey("QH-11.6", "ANNUAL_DUTY_REPORT");

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @DisplayName("on 30 November QH-11.6 (annual written report) fires in Qinghai and DC-10.6's sixth reception in Dongcheng, nothing else, each once")
    void dutiesFireOnTheirDayForTheCongressesThatHaveThem() throws SQLException {
        clock.moveTo(NOVEMBER_30);
        calendar.reconcileAll();

        List<String> fired = new ArrayList<>();
        int told = 0;
        for (String congress : CONGRESSES) {
            for (ScheduledDuty duty : dueOn(congress, NOVEMBER_30)) {
                told += job.run(new CongressId(congress), duty);
                fired.add(congress + " " + duty.key() + " " + duty.next().kind());
            }
        }
        long sent = outbox("qinghai");
        int again = 0;
        for (String congress : CONGRESSES) {
            for (ScheduledDuty duty : firedAgain(congress)) {
                again += job.run(new CongressId(congress), duty);
            }
        }

        assertThat(fired).containsExactlyInAnyOrder(
                "qinghai QH-11.6/ANNUAL_DUTY_REPORT DUE",
                "bj-dongcheng DC-10.6/CHAIR_MEETING_RECEPTION DUE");
        assertThat(told).as("every serving Qinghai deputy; DC-10.6 is the liaison office's").isPositive();
        assertThat(sent).isPositive();
        assertThat(again).isZero();
        assertThat(outbox("qinghai")).as("nothing sent twice").isEqualTo(sent);
        assertThat(occurrences("qinghai", "QH-11.6", NOVEMBER_30)).isEqualTo(1);
        assertThat(occurrences("bj-dongcheng", "QH-11.6", NOVEMBER_30)).isZero();
        assertThat(next("qinghai", "QH-11.6").fireOn()).as("the trigger waits for next year's first reminder")
                .isEqualTo(LocalDate.of(2027, 10, 31));
    }

    @Test
    @DisplayName("QH-11.6's first reminder day starts one clock per serving Qinghai deputy due 30 November, once; a submission stops the deputy's; on 1 December the rest escalate, once; Dongcheng gets none")
    void annualReportClocks() throws SQLException {
        LocalDate due = LocalDate.of(2027, 11, 30);
        ScheduledDuty firstReminder = new ScheduledDuty(REPORT, new DutyDate(LocalDate.of(2027, 10, 31), due, DutyDate.Kind.REMINDER, 1, 1));
        ScheduledDuty secondReminder = new ScheduledDuty(REPORT, new DutyDate(LocalDate.of(2027, 11, 23), due, DutyDate.Kind.REMINDER, 1, 1));
        clock.moveTo(LocalDate.of(2027, 10, 31));
        int told = job.run(new CongressId("qinghai"), firstReminder);
        long started = reportClocks("qinghai", "true");
        int again = job.run(new CongressId("qinghai"), firstReminder);
        job.run(new CongressId("bj-dongcheng"), firstReminder);
        clock.moveTo(LocalDate.of(2027, 11, 23));
        job.run(new CongressId("qinghai"), secondReminder);

        assertThat(told).as("every serving Qinghai deputy (other tests may have ended some seats)").isPositive();
        assertThat(started).as("one clock per deputy told").isEqualTo(told);
        assertThat(again).isZero();
        assertThat(reportClocks("qinghai", "true")).as("neither the second firing nor the next reminder starts more").isEqualTo(told);
        assertThat(reportClocks("qinghai", "due_on = DATE '2027-11-30' AND rule = 'QH-11.6'")).isEqualTo(told);
        assertThat(reportClocks("bj-dongcheng", "true")).isZero();

        clock.moveTo(LocalDate.of(2027, 11, 10));
        String liaison = api.token("qinghai-liaison");
        String deputy = deputyNamed(liaison, "才让卓玛");
        String own = api.token("qinghai-deputy2");
        api.put("/api/v1/deputies/" + deputy + "/duty-reports/2027/narrative", own, Map.of("narrative", "二〇二七年履职情况。"));
        var submitted = api.post("/api/v1/deputies/" + deputy + "/duty-reports/2027/submission", own, Map.of());

        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM deadline WHERE tenant_id = 'qinghai' AND subject_kind = 'DUTY_REPORT' AND subject_id = ?"
                + " AND state = 'MET' AND met_on = DATE '2027-11-10'", deputy + "/2027")).isEqualTo(1);

        clock.moveTo(LocalDate.of(2027, 12, 1));
        poller.pollDue(clock.instant());
        long escalated = reportClocks("qinghai", "escalated_on = DATE '2027-12-01'");
        long waiting = reportClocks("qinghai", "next_action_on IS NOT NULL");
        clock.moveTo(LocalDate.of(2027, 12, 2));
        poller.pollDue(clock.instant());

        assertThat(escalated).as("all but the submitted one").isEqualTo(told - 1);
        assertThat(waiting).as("an escalated clock wants nothing more").isZero();
        assertThat(reportClocks("qinghai", "escalated_on IS NOT NULL")).as("once: the next day's poll escalates nothing").isEqualTo(told - 1);
        assertThat(count("SELECT count(*) FROM deadline WHERE tenant_id = 'qinghai' AND subject_kind = 'DUTY_REPORT' AND subject_id = ?"
                + " AND escalated_on IS NOT NULL",
                deputy + "/2027")).isZero();
    }

    private static long reportClocks(String congress, String condition) throws SQLException {
        return count("SELECT count(*) FROM deadline WHERE tenant_id = ? AND event = 'CALENDAR_DUTY' AND subject_kind = 'DUTY_REPORT'"
                + " AND subject_id LIKE '%/2027' AND " + condition, congress);
    }

    @Test
    @DisplayName("DC-10.6: the liaison office records a reception as done; its clock stops and the day after escalates nothing")
    void bodyDutyRecordedDone() throws SQLException {
        clock.moveTo(NOVEMBER_30);
        job.run(new CongressId("bj-dongcheng"), duty("DC-10.6", "CHAIR_MEETING_RECEPTION", 6, 7));
        String liaison = api.token("bj-dongcheng-liaison");
        var clocks = api.get("/api/v1/deadlines?subjectKind=CHAIR_MEETING_RECEPTION&subjectId=bj-dongcheng/2026-6",
                liaison).list("items");
        String id = String.valueOf(((Map<?, ?>) clocks.getFirst()).get("id"));

        var byDeputy = api.post("/api/v1/deadlines/" + id + "/done", api.token("bj-dongcheng-deputy1"), Map.of());
        var done = api.post("/api/v1/deadlines/" + id + "/done", liaison, Map.of());
        var again = api.post("/api/v1/deadlines/" + id + "/done", liaison, Map.of());
        clock.moveTo(NOVEMBER_30.plusDays(1));
        poller.pollDue(clock.instant());

        assertThat(clocks).hasSize(1);
        assertThat(byDeputy.status()).isEqualTo(403);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json()).containsEntry("state", "MET").containsEntry("metOn", NOVEMBER_30.toString());
        assertThat(again.status()).isEqualTo(422);
        assertThat(count("SELECT count(*) FROM deadline WHERE id = ?::uuid AND escalated_on IS NOT NULL", id)).isZero();
    }

    @Test
    @Tag("QH-10.2")
    @DisplayName("QH-10.2 “履职手册于次年省人民代表大会会议期间交省人大常委会代表工作部门统计留存”: planning a session makes the handbook due on its last day, once per deputy; Dongcheng owes none")
    void handbookDueAtTheSession() {
        String liaison = api.token("qinghai-liaison");
        String deputy = deputyNamed(liaison, "马建国");
        var session = api.post("/api/v1/sessions", liaison, Map.of("termId", api.firstTermId(liaison), "number", 41,
                "title", "第十四届第四十一次会议", "opensOn", "2027-01-20", "closesOn", "2027-01-23",
                "meetings", List.of(Map.of("kind", "PLENARY", "date", "2027-01-20", "halfDay", "MORNING"))));

        var clocks = (api.get("/api/v1/deadlines?subjectKind=HANDBOOK_HANDIN&subjectId=" + deputy + "/2027", liaison).list("items"))
                .stream().filter(clock -> String.valueOf(clock).contains("dueOn=2027-01-23")).toList();

        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        assertThat(clocks).singleElement().satisfies(clock -> assertThat(String.valueOf(clock))
                .contains("rule=QH-10.2").contains("state=OPEN"));
        assertThat(api.get("/api/v1/deadlines?subjectKind=HANDBOOK_HANDIN&subjectId=x/2027", api.token("bj-dongcheng-liaison"))
                .list("items")).isEmpty();
    }

    @Test
    @Tag("JD-26")
    @DisplayName("JD-26 “确保每名代表任期内至少一次向原选区选民报告履职情况”: the clocks started a year before the term ends (31 December 2026) stop for a deputy when the voter report of the term is recorded, met that day; the others keep running")
    void voterReportRecordStopsTheDeputysClock() throws SQLException {
        LocalDate termEnds = LocalDate.of(2026, 12, 31);
        ScheduledDuty yearBefore = new ScheduledDuty(new DutyKey("JD-26", "VOTER_REPORT"),
                new DutyDate(LocalDate.of(2025, 12, 31), termEnds, DutyDate.Kind.REMINDER, 1, 1));
        clock.moveTo(LocalDate.of(2025, 12, 31));
        int told = job.run(new CongressId("sh-jiading"), yearBefore);

        clock.moveTo(LocalDate.of(2026, 3, 20));
        String liaison = api.token("sh-jiading-liaison");
        String reported = deputyNamed(liaison, "顾建平");
        String other = deputyNamed(liaison, "沈佳怡");
        var otherType = api.post("/api/v1/duty-records", liaison, Map.of("deputyId", other, "type", "TRAINING", "date", "2026-03-16"));
        var report = api.post("/api/v1/duty-records", liaison, Map.of("deputyId", reported, "type", "VOTER_REPORT", "date", "2026-03-15"));

        assertThat(told).as("every serving Jiading deputy who has not reported yet").isPositive();
        assertThat(otherType.status()).as(otherType.toString()).isEqualTo(201);
        assertThat(report.status()).as(report.toString()).isEqualTo(201);
        assertThat(voterReportClock(reported, "state = 'MET' AND met_on = DATE '2026-03-20' AND due_on = DATE '2026-12-31'")).isEqualTo(1);
        assertThat(voterReportClock(other, "state = 'OPEN' AND due_on = DATE '2026-12-31'")).as("a training is no voter report").isEqualTo(1);
        assertThat(count("SELECT count(*) FROM deadline WHERE tenant_id = 'sh-jiading' AND subject_kind = 'VOTER_REPORT' AND state = 'OPEN'"))
                .isEqualTo(told - 1);
    }

    private static long voterReportClock(String deputy, String condition) throws SQLException {
        return count("SELECT count(*) FROM deadline WHERE tenant_id = 'sh-jiading' AND event = 'CALENDAR_DUTY' AND rule = 'JD-26'"
                + " AND subject_kind = 'VOTER_REPORT' AND subject_id = ? AND " + condition, deputy + "/2026");
    }

    @Test
    @Tag("JD-26")
    @DisplayName("JD-26 “相关工作开展情况由各代表小组于每年12月底前向人事代表工委报告”: on 1 December (30 days before) one clock starts per deputy group, due 31 December, its leader reminded; none for the congress as a whole")
    void eachDeputyGroupReportsOnItsOwnClock() throws SQLException {
        ScheduledDuty monthBefore = new ScheduledDuty(new DutyKey("JD-26", "GROUP_ANNUAL_REPORT"),
                new DutyDate(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), DutyDate.Kind.REMINDER, 1, 1));
        clock.moveTo(LocalDate.of(2026, 12, 1));
        job.run(new CongressId("sh-jiading"), monthBefore);
        job.run(new CongressId("sh-jiading"), monthBefore);
        long groups = count("SELECT count(*) FROM organisation_unit WHERE tenant_id = 'sh-jiading' AND kind = 'DEPUTY_GROUP'");
        String groupClocks = "SELECT count(*) FROM deadline d JOIN organisation_unit u ON u.tenant_id = d.tenant_id AND u.id = d.unit_id"
                + " WHERE d.tenant_id = 'sh-jiading' AND d.rule = 'JD-26' AND d.subject_kind = 'GROUP_ANNUAL_REPORT'"
                + " AND d.subject_id = u.id::text || '/2026' AND d.due_on = DATE '2026-12-31' AND d.responsible = 'GROUP_LEADER'";

        assertThat(groups).as("嘉定镇街道代表小组, 南翔镇代表小组").isGreaterThanOrEqualTo(2);
        assertThat(count(groupClocks)).as("one per group, once").isEqualTo(groups);
        assertThat(count(groupClocks + " AND u.name = '南翔镇代表小组' AND d.subject_title LIKE '%南翔镇代表小组'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM deadline WHERE tenant_id = 'sh-jiading' AND subject_kind = 'GROUP_ANNUAL_REPORT'"))
                .as("none for the congress").isEqualTo(groups);
    }

    @Test
    @DisplayName("the calendar API lists the acting congress's duties with their next day and fire time")
    void staffSeeTheScheduledDuties() {
        calendar.reconcileAll();

        var listed = api.get("/api/v1/calendar-duties", api.token("qinghai-liaison"));
        var denied = api.get("/api/v1/calendar-duties", api.token("qinghai-deputy1"));

        assertThat(listed.status()).isEqualTo(200);
        List<Map<?, ?>> duties = listed.list("items").stream().<Map<?, ?>>map(d -> (Map<?, ?>) d).toList();
        assertThat(duties).extracting(d -> (Object) d.get("rule")).contains("QH-11.6").doesNotContain("QH-10.2", "DC-8.2");
        assertThat(duties).allSatisfy(d -> assertThat(d.get("firesAt")).isNotNull());
        assertThat(denied.status()).isEqualTo(403);
    }

    private List<ScheduledDuty> dueOn(String congress, LocalDate day) {
        return triggers.scheduled(new CongressId(congress)).stream().filter(d -> d.next().fireOn().equals(day)).toList();
    }

    /** The same days once more, as a second node or a retry would run them. */
    private List<ScheduledDuty> firedAgain(String congress) {
        return switch (congress) {
            case "qinghai" -> List.of(duty("QH-11.6", "ANNUAL_DUTY_REPORT", 1, 1));
            case "bj-dongcheng" -> List.of(duty("DC-10.6", "CHAIR_MEETING_RECEPTION", 6, 7));
            default -> List.of();
        };
    }

    private static ScheduledDuty duty(String rule, String duty, int round, int rounds) {
        return new ScheduledDuty(new org.lvzhi.domain.calendar.DutyKey(rule, duty),
                new org.lvzhi.domain.calendar.DutyDate(NOVEMBER_30, NOVEMBER_30, org.lvzhi.domain.calendar.DutyDate.Kind.DUE, round, rounds));
    }

    private org.lvzhi.domain.calendar.DutyDate next(String congress, String rule) {
        return triggers.scheduled(new CongressId(congress)).stream().filter(d -> d.key().rule().equals(rule)).findFirst()
                .orElseThrow().next();
    }

    private static long outbox(String congress) throws SQLException {
        return count("SELECT count(*) FROM outbox_message WHERE tenant_id = ? AND event = 'calendar-duty.due'", congress);
    }

    private static long occurrences(String congress, String rule, LocalDate dueOn) throws SQLException {
        return count("SELECT count(*) FROM calendar_duty_occurrence WHERE tenant_id = ? AND rule = ? AND due_on = ? AND kind = 'DUE'",
                congress, rule, dueOn);
    }

    /** Counted as the platform role, which reads every congress's rows. */
    static long count(String sql, Object... parameters) throws SQLException {
        var settings = TestDatabase.instance().settings();
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.platformUsername(), settings.platformPassword());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
