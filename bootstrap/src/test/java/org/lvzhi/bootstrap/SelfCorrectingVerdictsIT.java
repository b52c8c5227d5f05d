package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.notification.NotificationDispatcher;

/**
 * Verdicts that correct themselves, through the API only: a county founded for the test whose one supervision rule,
 * VC-10 "代表一年内未参加视察的，由代表团团长约谈", judges each calendar year. Records are entered late and one at a time;
 * every case a first entry opened on partial facts is withdrawn, with its reason, once the facts are complete.
 */
@MicronautTest(transactional = false, environments = "verdicts")
@Property(name = "lvzhi.test.movable-clock", value = "true")
class SelfCorrectingVerdictsIT extends ApiTest {

    private static final String COUNTY = "verdicts-county";
    private static final String PROFILE = """
            profile: verdicts-county
            title: 某县人民代表大会代表履职管理办法
            effectiveFrom: 2023-01-01
            rules:
              - rule: VC-10
                article: 第十条
                kind: SUPERVISION
                summary: 代表一年内未参加视察的，由代表团团长约谈。
                supervision:
                  trigger:
                    type: MISSING_RECORDS
                    groups: [[INSPECTION]]
                    missing: ALL
                    window: { type: CALENDAR_YEAR }
                  steps:
                    - { action: INTERVIEW, actor: DELEGATION_HEAD }
            """;

    @Inject MovableClock clock;
    @Inject NotificationDispatcher dispatcher;

    private String zhang;
    private String li;

    @BeforeAll
    void foundTheCounty() {
        api = new ApiClient(server.getURI(), json);
        var founded = api.post("/api/v1/congresses", api.token("platform-admin"),
                Map.of("id", COUNTY, "name", "某县人民代表大会", "level", "COUNTY"));
        assertThat(founded.status()).as(founded.toString()).isEqualTo(201);
        String admin = api.token("verdicts-admin");
        var saved = api.send("PUT", "/api/v1/policy-profile", admin, null, PROFILE, Map.of("Content-Type", "application/yaml"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        var term = api.post("/api/v1/terms", admin, Map.of("number", 1, "startsOn", "2023-01-01", "endsOn", "2027-12-31"));
        assertThat(term.status()).as(term.toString()).isEqualTo(201);
        zhang = seat(admin, "张卫东", "verdicts-deputy");
        li = seat(admin, "李秀英", null);
    }

    private String seat(String admin, String name, String login) {
        Map<String, Object> deputy = new HashMap<>(Map.of("name", name, "termId", api.firstTermId(admin), "constituency", "DISTRICT",
                "constituencyName", "第1选区"));
        if (login != null) {
            deputy.put("login", login);
        }
        var created = api.post("/api/v1/deputies", admin, deputy);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The county's admin, signed in on the test's day (a token is checked against the moved clock). */
    private String admin() {
        return api.token("verdicts-admin");
    }

    private void record(String deputy, String type, String date) {
        var recorded = api.post("/api/v1/duty-records", admin(), Map.of("deputyId", deputy, "type", type, "date", date));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    }

    /** The deputy's VC-10 cases, by trigger key (the year the case judged). */
    private List<Map<String, Object>> cases(String deputy) {
        return api.get("/api/v1/deputies/" + deputy + "/archive", admin()).list("cases").stream()
                .filter(c -> c.get("rule").equals("VC-10"))
                .sorted(Comparator.comparing(c -> c.get("triggerKey").toString()))
                .toList();
    }

    @Test
    @DisplayName("VC-10: the term's records entered one at a time in January open cases on partial facts; once all are in, none survives, each withdrawn with its reason, and the deputy's inbox says so")
    void recordsOneAtATime() {
        clock.moveTo(LocalDate.of(2026, 1, 6));

        record(zhang, "INSPECTION", "2023-05-10");
        var afterFirst = cases(zhang);
        record(zhang, "INSPECTION", "2024-06-12");
        record(zhang, "TRAINING", "2025-03-01");
        var beforeLast = cases(zhang);
        record(zhang, "INSPECTION", "2025-09-20");
        var atTheEnd = cases(zhang);
        while (dispatcher.dispatchNext().isPresent()) {
            // deliver everything due now
        }
        var inbox = api.get("/api/v1/inbox?size=50", api.token("verdicts-deputy")).list("items");

        assertThat(afterFirst).extracting(c -> c.get("triggerKey"), c -> c.get("state"))
                .containsExactly(tuple("INSPECTION@2024", "OPEN"), tuple("INSPECTION@2025", "OPEN"));
        assertThat(beforeLast).extracting(c -> c.get("triggerKey"), c -> c.get("state"))
                .containsExactly(tuple("INSPECTION@2024", "WITHDRAWN"), tuple("INSPECTION@2025", "OPEN"));
        assertThat(atTheEnd).extracting(c -> c.get("triggerKey"), c -> c.get("state"))
                .containsExactly(tuple("INSPECTION@2024", "WITHDRAWN"), tuple("INSPECTION@2025", "WITHDRAWN"));
        assertThat(atTheEnd).allSatisfy(c -> {
            assertThat(c).containsEntry("closedOn", "2026-01-06");
            assertThat(c.get("outcome")).isNull();
        });
        assertThat(atTheEnd.getLast().get("note").toString())
                .isEqualTo("重新审查后，VC-10（第十条）的情形已不成立，本案件撤销。原依据：2025年没有已确认的“视察”记录");
        assertThat(inbox).extracting(m -> m.get("subject")).filteredOn(s -> s.toString().startsWith("履职监督案件撤销"))
                .containsExactly("履职监督案件撤销：张卫东（约谈）", "履职监督案件撤销：张卫东（约谈）");
        assertThat(inbox).anySatisfy(m -> assertThat(m.get("body").toString()).isEqualTo("对张卫东代表依据第十条（VC-10）启动的约谈已撤销。"
                + "重新审查后，VC-10（第十条）的情形已不成立，本案件撤销。原依据：2025年没有已确认的“视察”记录"));
    }

    @Test
    @DisplayName("VC-10: records entered in June for past years judge those years: 2024 without one opens its case, the late record for it withdraws it")
    void lateFactForAPastYear() {
        clock.moveTo(LocalDate.of(2026, 6, 1));
        record(li, "INSPECTION", "2023-04-01");
        record(li, "INSPECTION", "2025-04-01");
        var withoutTwentyFour = cases(li);

        clock.moveTo(LocalDate.of(2026, 6, 2));
        record(li, "INSPECTION", "2024-12-20");

        assertThat(withoutTwentyFour).extracting(c -> c.get("triggerKey"), c -> c.get("state"), c -> c.get("openedOn"))
                .containsExactly(tuple("INSPECTION@2024", "OPEN", "2026-06-01"), tuple("INSPECTION@2025", "WITHDRAWN", "2026-06-01"));
        assertThat(cases(li)).extracting(c -> c.get("triggerKey"), c -> c.get("state"), c -> c.get("closedOn"))
                .containsExactly(tuple("INSPECTION@2024", "WITHDRAWN", "2026-06-02"), tuple("INSPECTION@2025", "WITHDRAWN", "2026-06-01"));
    }
}
