package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * QH-11.3 end to end: sessions closed through the API become absences, absences open supervision cases at once,
 * and only a person confirming the termination proceeding ends the deputy's qualification.
 */
@MicronautTest(transactional = false)
class SessionSupervisionIT extends ApiTest {

    @Test
    @DisplayName("QH-11.3: missing two group meetings opens nothing; one whole session without approval an interview; a second a termination proceeding, which terminates only when confirmed")
    void sessionsMissedWithoutApproval() {
        String liaison = api.token("qinghai-liaison");
        String absent = deputyNamed(liaison, "韩永平");
        List<String> others = api.get("/api/v1/deputies?size=200", liaison).list("items").stream()
                .map(deputy -> String.valueOf(deputy.get("id"))).filter(id -> !id.equals(absent)).toList();

        List<String> everyone = new ArrayList<>(others);
        everyone.add(absent);

        closeSession(liaison, 31, LocalDate.of(2024, 1, 20), everyone, others);
        List<Map<String, Object>> afterMeetingsMissed = cases(liaison, absent);
        closeSession(liaison, 32, LocalDate.of(2025, 1, 20), others, others);
        List<Map<String, Object>> afterFirst = cases(liaison, absent);
        closeSession(liaison, 33, LocalDate.of(2026, 1, 20), others, others);
        List<Map<String, Object>> afterSecond = cases(liaison, absent);
        Map<String, Object> termination = afterSecond.stream()
                .filter(c -> c.get("action").equals("TERMINATION")).findFirst().orElseThrow();
        String status = api.get("/api/v1/deputies/" + absent, liaison).text("status");
        var confirmed = api.post("/api/v1/supervision-cases/" + termination.get("id") + "/close", liaison,
                Map.of("outcome", "CONFIRMED", "note", "经代表资格审查委员会审查，常委会公告终止代表资格"));

        assertThat(afterMeetingsMissed).noneMatch(c -> c.get("rule").equals("QH-11.3"));
        assertThat(afterFirst).filteredOn(c -> c.get("rule").equals("QH-11.3")).singleElement().satisfies(c -> assertThat(c)
                .containsEntry("action", "INTERVIEW").containsEntry("actor", "DELEGATION_HEAD")
                .containsEntry("article", "第十一条第（三）项").containsEntry("alternatives", List.of("ELECTING_UNIT")));
        assertThat(afterSecond).filteredOn(c -> c.get("rule").equals("QH-11.3")).hasSize(2);
        assertThat(termination).containsEntry("actor", "STANDING_COMMITTEE").containsEntry("state", "OPEN");
        assertThat(status).isEqualTo("ACTIVE");
        assertThat(confirmed.text("outcome")).isEqualTo("CONFIRMED");
        assertThat(api.get("/api/v1/deputies/" + absent, liaison).text("status")).isEqualTo("TERMINATED");
        assertThat(api.get("/api/v1/deputies/" + absent + "/status-changes", liaison).body().toString())
                .contains("QH-11.3");
    }

    /** A two-day session: a plenary meeting and two group meetings, each attended by the deputies given. */
    private void closeSession(String liaison, int number, LocalDate opens, List<String> atPlenary, List<String> atGroups) {
        String first = opens.toString();
        String second = opens.plusDays(1).toString();
        var session = api.post("/api/v1/sessions", liaison, Map.of("termId", api.firstTermId(liaison), "number", number,
                "title", "第十四届第" + number + "次会议", "opensOn", first, "closesOn", second, "meetings", List.of(
                        Map.of("kind", "PLENARY", "date", first, "halfDay", "MORNING"),
                        Map.of("kind", "GROUP", "date", first, "halfDay", "AFTERNOON"),
                        Map.of("kind", "GROUP", "date", second, "halfDay", "MORNING"))));
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        String id = session.text("id");
        for (Map<String, Object> meeting : session.list("meetings")) {
            List<String> present = meeting.get("kind").equals("GROUP") ? atGroups : atPlenary;
            api.put("/api/v1/sessions/" + id + "/meetings/" + meeting.get("id") + "/attendance", liaison, Map.of("deputyIds", present));
        }
        assertThat(api.post("/api/v1/sessions/" + id + "/close", liaison, Map.of()).status()).isEqualTo(200);
    }

    private List<Map<String, Object>> cases(String liaison, String deputy) {
        return api.get("/api/v1/deputies/" + deputy + "/archive", liaison).list("cases");
    }
}
