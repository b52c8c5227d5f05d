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
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TestDatabase;
import org.lvzhi.adapter.scheduler.CalendarDutyJob;
import org.lvzhi.application.calendar.port.in.CalendarDuties;
import org.lvzhi.application.calendar.port.in.ScheduledDuty;
import org.lvzhi.application.calendar.port.out.CalendarTriggerPort;
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
        assertThat(told).as("every serving Qinghai deputy; DC-10.6 is the liaison office's").isGreaterThanOrEqualTo(5);
        assertThat(sent).isPositive();
        assertThat(again).isZero();
        assertThat(outbox("qinghai")).as("nothing sent twice").isEqualTo(sent);
        assertThat(occurrences("qinghai", "QH-11.6", NOVEMBER_30)).isEqualTo(1);
        assertThat(occurrences("bj-dongcheng", "QH-11.6", NOVEMBER_30)).isZero();
        assertThat(next("qinghai", "QH-11.6").fireOn()).as("the trigger waits for next year's first reminder")
                .isEqualTo(LocalDate.of(2027, 10, 31));
    }

    @Test
    @DisplayName("the calendar API lists the acting congress's duties with their next day and fire time")
    void staffSeeTheScheduledDuties() {
        calendar.reconcileAll();

        var listed = api.get("/api/v1/calendar-duties", api.token("qinghai-liaison"));
        var denied = api.get("/api/v1/calendar-duties", api.token("qinghai-deputy1"));

        assertThat(listed.status()).isEqualTo(200);
        List<Map<?, ?>> duties = ((List<?>) listed.body()).stream().<Map<?, ?>>map(d -> (Map<?, ?>) d).toList();
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
        return new ScheduledDuty(new org.lvzhi.application.calendar.port.in.DutyKey(rule, duty),
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
