package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.calendar.port.in.CalendarDuties;
import org.lvzhi.application.calendar.port.out.CalendarTriggerPort;
import org.lvzhi.domain.calendar.ScheduledDuty;
import org.lvzhi.domain.congress.CongressId;

/** A tenant admin's profile save reschedules that congress's calendar triggers, and only that congress's. */
@MicronautTest(transactional = false)
@Property(name = "lvzhi.scheduler.enabled", value = "true")
@Property(name = "lvzhi.scheduler.run-jobs", value = "false")
@Property(name = "lvzhi.scheduler.name", value = "calendar-rescheduling-it")
class CalendarReschedulingIT extends ApiTest {

    private static final String QH_11_6 = "  - rule: QH-11.6\n";

    @Inject CalendarDuties calendar;
    @Inject CalendarTriggerPort triggers;

    private String original;

    @BeforeEach
    void startFromTheSeedProfile() {
        calendar.reconcileAll();
        original = latestDocument();
    }

    @Test
    @DisplayName("moving QH-11.6's due day to 15 October moves Qinghai's trigger; Hunan's, Dongcheng's and Jiading's stay as they were")
    void changedDueDayMovesTheTrigger() {
        Map<String, List<ScheduledDuty>> othersBefore = others();
        String moved = inForceToday(original).replace("due: \"--11-30\"", "due: \"--10-15\"");

        int status = save(moved);

        assertThat(moved).isNotEqualTo(inForceToday(original));
        assertThat(status).isEqualTo(201);
        ScheduledDuty report = duty("QH-11.6").orElseThrow();
        assertThat(report.next().dueOn()).isEqualTo(LocalDate.of(2027, 10, 15));
        assertThat(report.next().fireOn()).as("30 days before, the first reminder").isEqualTo(LocalDate.of(2027, 9, 15));
        assertThat(report.firesAt()).isPresent();
        assertThat(others()).isEqualTo(othersBefore);
        save(original);
    }

    @Test
    @DisplayName("removing QH-11.6 from Qinghai's profile removes its trigger; Qinghai's other duties and the other congresses keep theirs")
    void removedRuleRemovesTheTrigger() {
        Map<String, List<ScheduledDuty>> othersBefore = others();
        String document = inForceToday(original);
        int start = document.indexOf(QH_11_6);
        int end = document.indexOf("\n  - rule:", start + QH_11_6.length());
        String removed = document.substring(0, start) + document.substring(end + 1);

        int status = save(removed);

        assertThat(status).isEqualTo(201);
        assertThat(duty("QH-11.6")).isEmpty();
        assertThat(triggers.scheduled(new CongressId("qinghai"))).isNotEmpty();
        assertThat(others()).isEqualTo(othersBefore);
        save(original);
        assertThat(duty("QH-11.6")).as("put back, scheduled again").isPresent();
    }

    private java.util.Optional<ScheduledDuty> duty(String rule) {
        return triggers.scheduled(new CongressId("qinghai")).stream().filter(d -> d.key().rule().equals(rule)).findFirst();
    }

    private Map<String, List<ScheduledDuty>> others() {
        return List.of("hunan", "bj-dongcheng", "sh-jiading").stream()
                .collect(Collectors.toMap(c -> c, c -> triggers.scheduled(new CongressId(c))));
    }

    /** The document in force today (another test may have saved one that takes effect in 2099). */
    private static String inForceToday(String document) {
        return document.replaceFirst("(?m)^effectiveFrom: .*$", "effectiveFrom: 2018-08-01");
    }

    private String latestDocument() {
        String admin = api.token("qinghai-admin");
        String latest = api.get("/api/v1/policy-profile", admin).etag().replace("\"", "");
        return (String) api.get("/api/v1/policy-profile/versions/" + latest, admin).body();
    }

    private int save(String document) {
        String admin = api.token("qinghai-admin");
        var current = api.get("/api/v1/policy-profile", admin);
        var saved = api.send("PUT", "/api/v1/policy-profile", admin, null, document,
                Map.of("Content-Type", "application/yaml", "If-Match", current.etag()));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        return saved.status();
    }
}
