package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.notification.NotificationDispatcher;
import org.lvzhi.domain.compliance.QuotaStatus;

@MicronautTest(transactional = false)
@Property(name = "lvzhi.test.movable-clock", value = "true")
class ArchiveIT extends ApiTest {

    @Inject MovableClock clock;
    @Inject NotificationDispatcher dispatcher;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @DisplayName("QH-7.2/QH-7.3: the archive lists records by type and judges each quota with its article; a rejected record never counts")
    void archiveOfADeputy() {
        String liaison = api.token("qinghai-liaison");
        String deputy = deputyNamed(liaison, "才让卓玛");
        api.post("/api/v1/duty-records", liaison, Map.of("deputyId", deputy, "type", "STATION_RECEPTION", "date", "2026-03-01"));
        api.post("/api/v1/duty-records", liaison, Map.of("deputyId", deputy, "type", "LIAISON_ROOM_ACTIVITY", "date", "2026-04-01"));
        String own = api.token("qinghai-deputy2");
        var rejected = api.post("/api/v1/duty-records/self", own, Map.of("type", "FIXED_CONTACT_VISIT", "date", "2026-05-01",
                "counterpart", "牧民乙"));
        api.post("/api/v1/duty-records/" + rejected.text("id") + "/review", liaison, Map.of("decision", "REJECT", "reason", "无走访记录"));

        var archive = api.get("/api/v1/deputies/" + deputy + "/archive?on=2026-06-30", own);

        assertThat(archive.status()).isEqualTo(200);
        assertThat(archive.list("records")).anySatisfy(type -> assertThat(type)
                .containsEntry("type", "FIXED_CONTACT_VISIT").containsEntry("name", "走访固定联系群众").containsEntry("counted", 0));
        assertThat(archive.list("compliance")).anySatisfy(quota -> assertThat(quota)
                .containsEntry("rule", "QH-7.2").containsEntry("article", "第七条第（二）项").containsEntry("count", 2)
                .containsEntry("minimum", 3).containsEntry("status", "ON_TRACK"));
        assertThat(archive.list("rules")).anySatisfy(rule -> assertThat(rule).containsEntry("rule", "QH-9.1")
                .containsEntry("article", "第九条第（一）项").containsEntry("kind", "CONDUCT"));
        assertThat(archive.list("compliance")).filteredOn(quota -> quota.get("rule").equals("QH-7.3"))
                .allSatisfy(quota -> assertThat(quota).containsEntry("count", 0).containsEntry("status", "AT_RISK"));
    }

    @Test
    @DisplayName("a deputy reads only their own archive; another congress's deputy is not found")
    void archiveAccess() {
        String liaison = api.token("qinghai-liaison");
        String other = deputyNamed(liaison, "马建国");

        assertThat(api.get("/api/v1/deputies/" + other + "/archive", api.token("qinghai-deputy2")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/deputies/" + other + "/archive", api.token("bj-dongcheng-liaison")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/deputies/" + other + "/archive", liaison).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("DC-9.6 and DC-9.2: the nightly evaluation opens an interview for a year without receptions, once, and one for two sessions without a suggestion; closed unresolved it moves to persuasion")
    void nightlySupervision() {
        clock.moveTo(LocalDate.of(2026, 6, 15));
        String liaison = api.token("bj-dongcheng-liaison");
        String deputy = deputyNamed(liaison, "孙丽娟");
        planSession(liaison, 12, LocalDate.of(2024, 1, 8));
        planSession(liaison, 13, LocalDate.of(2025, 1, 7));

        var first = api.post("/api/v1/compliance-overview/evaluations", liaison, Map.of());
        var second = api.post("/api/v1/compliance-overview/evaluations", liaison, Map.of());
        List<Map<String, Object>> cases = api.get("/api/v1/deputies/" + deputy + "/archive", liaison).list("cases");
        Map<String, Object> interview = cases.stream().filter(c -> c.get("rule").equals("DC-9.6")).findFirst().orElseThrow();
        var closed = api.post("/api/v1/supervision-cases/" + interview.get("id") + "/close", liaison,
                Map.of("outcome", "UNRESOLVED", "note", "约谈后仍未到代表之家接待群众"));
        List<Map<String, Object>> after = api.get("/api/v1/deputies/" + deputy + "/archive", liaison).list("cases");

        assertThat(first.json().get("casesOpened")).isNotEqualTo(0);
        assertThat(second.json()).containsEntry("casesOpened", 0);
        assertThat(interview).containsEntry("action", "INTERVIEW").containsEntry("actor", "WORK_COMMITTEE_DIRECTOR")
                .containsEntry("article", "第九条第（六）项").containsEntry("state", "OPEN");
        assertThat(cases).anySatisfy(c -> assertThat(c).containsEntry("rule", "DC-9.2").containsEntry("action", "INTERVIEW"));
        assertThat(closed.text("state")).isEqualTo("CLOSED");
        assertThat(after).anySatisfy(c -> assertThat(c).containsEntry("rule", "DC-9.6")
                .containsEntry("action", "PERSUADE_TO_RESIGN").containsEntry("actor", "STANDING_COMMITTEE"));
        assertThat(api.post("/api/v1/supervision-cases/" + interview.get("id") + "/close", liaison,
                Map.of("outcome", "RESOLVED", "note", "再次关闭")).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/supervision-cases/" + interview.get("id"), api.token("qinghai-liaison")).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("DC-9.6: the deputy is told of the case in their inbox, with the article and who takes the action")
    void deputyNotified() {
        clock.moveTo(LocalDate.of(2026, 6, 15));
        api.post("/api/v1/compliance-overview/evaluations", api.token("bj-dongcheng-liaison"), Map.of());
        clock.reset();
        while (dispatcher.dispatchNext().isPresent()) {
            // deliver everything due now
        }

        var inbox = api.get("/api/v1/inbox?size=50", api.token("bj-dongcheng-deputy1")).list("items");

        assertThat(inbox).anySatisfy(message -> assertThat(message.get("subject").toString()).isEqualTo("履职监督：王雅琴（约谈）"));
        assertThat(inbox).anySatisfy(message -> assertThat(message.get("body").toString())
                .isEqualTo("依据第九条第（六）项（DC-9.6），对王雅琴代表启动约谈，由街工委主任办理。"));
    }

    @Test
    @DisplayName("the overview lists every deputy's worst status, filters by it and is closed to deputies")
    void overview() {
        clock.moveTo(LocalDate.of(2026, 12, 10));
        String liaison = api.token("sh-jiading-liaison");
        api.post("/api/v1/compliance-overview/evaluations", liaison, Map.of());

        var all = api.get("/api/v1/compliance-overview", liaison);
        var behind = api.get("/api/v1/compliance-overview?status=BEHIND", liaison);
        var bad = api.get("/api/v1/compliance-overview?status=LATE", liaison);

        assertThat(all.list("items")).extracting(item -> item.get("name")).contains("顾建平", "沈佳怡", "陆志明", "朱慧芳");
        assertThat(all.list("items")).extracting(item -> QuotaStatus.valueOf((String) item.get("worst")))
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(behind.list("items")).allSatisfy(item -> assertThat(item).containsEntry("worst", "BEHIND"))
                .extracting(item -> item.get("name")).contains("顾建平");
        assertThat(behind.list("items").getFirst().get("quotas").toString()).contains("rule=JD-8, article=第八条, count=0, minimum=1, status=BEHIND");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(api.get("/api/v1/compliance-overview", api.token("sh-jiading-deputy1")).status()).isEqualTo(403);
    }

    @Test
    @DisplayName("JD-29: staff open a discretionary case by severity — a serious one is an admonition")
    void discretionaryCase() {
        String liaison = api.token("sh-jiading-liaison");
        String deputy = deputyNamed(liaison, "陆志明");

        var serious = api.post("/api/v1/supervision-cases", liaison,
                Map.of("deputyId", deputy, "rule", "JD-29", "severity", "SERIOUS", "reason", "多次无故不参加小组活动"));
        var unknown = api.post("/api/v1/supervision-cases", liaison,
                Map.of("deputyId", deputy, "rule", "JD-29", "severity", "TRIVIAL", "reason", "无"));
        var byDeputy = api.post("/api/v1/supervision-cases", api.token("sh-jiading-deputy1"),
                Map.of("deputyId", deputy, "rule", "JD-29", "severity", "MINOR", "reason", "无"));

        assertThat(serious.status()).isEqualTo(201);
        assertThat(serious.json()).containsEntry("action", "ADMONITION").containsEntry("actor", "QUALIFICATION_COMMITTEE");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.pointers()).containsExactly("/severity");
        assertThat(byDeputy.status()).isEqualTo(403);
    }

    @Test
    @DisplayName("a person with seats in Qinghai and Hunan is judged by each congress's own profile (QH-6.3 there, HN-1 here)")
    void twoSeatsTwoProfiles() {
        String inQinghai = seatDualDeputy("qinghai-liaison", "qinghai", "欧阳明");
        String inHunan = seatDualDeputy("hunan-liaison", "hunan", "欧阳明");
        api.post("/api/v1/duty-records", api.token("qinghai-liaison"),
                Map.of("deputyId", inQinghai, "type", "TRAINING", "date", "2026-03-01"));
        String dual = api.token("dual-deputy");

        var qinghai = api.get("/api/v1/deputies/" + inQinghai + "/archive", dual, "qinghai").list("compliance");
        var hunan = api.get("/api/v1/deputies/" + inHunan + "/archive", dual, "hunan").list("compliance");

        assertThat(qinghai).extracting(quota -> quota.get("rule")).contains("QH-6.3", "QH-7.2").doesNotContain("HN-1");
        assertThat(qinghai).filteredOn(quota -> quota.get("rule").equals("QH-6.3")).singleElement()
                .satisfies(quota -> assertThat(quota).containsEntry("count", 1).containsEntry("status", "MET"));
        assertThat(hunan).extracting(quota -> quota.get("rule")).contains("HN-1").noneMatch(rule -> rule.toString().startsWith("QH-"));
        assertThat(hunan).filteredOn(quota -> quota.get("rule").equals("HN-1")).singleElement()
                .satisfies(quota -> assertThat(quota).containsEntry("count", 0));
    }

    @Test
    @DisplayName("points: once Jiading's admin adds a scheme, the archive scores each confirmed record, capped per year")
    void pointsScheme() {
        String admin = api.token("sh-jiading-admin");
        var current = api.get("/api/v1/policy-profile", admin);
        String document = (String) api.get("/api/v1/policy-profile/versions/" + current.etag().replace("\"", ""), admin).body();
        String withPoints = document + """

                points:
                  rule: JD-30a
                  article: 履职积分细则
                  entries:
                    - { type: SESSION_SPEECH, points: 5 }
                    - { type: STATION_RECEPTION, points: 2, cap: 2, capWindow: { type: CALENDAR_YEAR } }
                """;
        var saved = api.send("PUT", "/api/v1/policy-profile", admin, null, withPoints,
                Map.of("Content-Type", "application/yaml", "If-Match", current.etag()));
        String liaison = api.token("sh-jiading-liaison");
        String deputy = deputyNamed(liaison, "朱慧芳");
        for (String day : List.of("2026-02-01", "2026-03-01", "2026-04-01")) {
            api.post("/api/v1/duty-records", liaison, Map.of("deputyId", deputy, "type", "STATION_RECEPTION", "date", day));
        }
        api.post("/api/v1/duty-records", liaison, Map.of("deputyId", deputy, "type", "SESSION_SPEECH", "date", "2026-01-10"));

        var points = api.get("/api/v1/deputies/" + deputy + "/archive?on=2026-06-30", liaison).json().get("points");

        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        assertThat(points.toString()).contains("rule=JD-30a", "total=9");
        assertThat(((Map<?, ?>) points).get("lines").toString()).contains("date=2026-04-01, quantity=1, points=0, capped=true");
    }

    @Test
    @DisplayName("the overview filtered by liaison station lists only the deputies of that station; a station must be one")
    void overviewByStation() {
        clock.moveTo(LocalDate.of(2026, 6, 15));
        String liaison = api.token("bj-dongcheng-liaison");
        api.post("/api/v1/compliance-overview/evaluations", liaison, Map.of());
        String jingshan = api.get("/api/v1/liaison-stations?size=200", liaison).list("items").stream()
                .filter(station -> station.get("name").equals("景山街道代表之家")).findFirst().orElseThrow().get("id").toString();
        String group = api.get("/api/v1/deputy-groups?size=200", liaison).list("items").getFirst().get("id").toString();

        var atStation = api.get("/api/v1/compliance-overview?size=200&liaisonStationId=" + jingshan, liaison);
        var notAStation = api.post("/api/v1/deputies", liaison, Map.of("name", "测试代表", "termId", api.firstTermId(liaison),
                "constituency", "DISTRICT", "liaisonStationId", group));

        assertThat(atStation.list("items")).extracting(item -> item.get("name")).containsExactlyInAnyOrder("张宏伟", "孙丽娟");
        assertThat(notAStation.status()).isEqualTo(422);
        assertThat(notAStation.pointers()).containsExactly("/liaisonStationId");
    }

    /** A one-day session of the term (DC-9.2 looks at what is done during the sessions), planned, not closed. */
    private void planSession(String liaison, int number, LocalDate on) {
        var session = api.post("/api/v1/sessions", liaison, Map.of("termId", api.firstTermId(liaison), "number", number,
                "title", "第" + number + "次会议", "opensOn", on.toString(), "closesOn", on.toString(),
                "meetings", List.of(Map.of("kind", "PLENARY", "date", on.toString(), "halfDay", "MORNING"))));
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
    }
}
