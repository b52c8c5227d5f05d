package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lvzhi.adapter.scheduler.NightlyEvaluationJob;

/**
 * The county ranking example (tenants/examples/ranking-county.yml) through the API only: a county that is not a seed
 * saves it, five deputies' facts are recorded as the years go by, and the nightly evaluation ranks the congress.
 * Base 60, a speech +5, an unapproved inspection absence −5; each year 甲 3 speeches (75), 乙 2 (70), 丙 1 (65), 丁 none
 * (60), 戊 none (60 in 2023) and one absence in 2024 and 2025 (55). So 丁 and 戊 are in the bottom two every year (tied
 * last in 2023), 甲乙丙 in the top three, and 戊 is 较差 in 2024 and 2025.
 */
@MicronautTest(transactional = false, environments = "ranking")
@Property(name = "lvzhi.test.movable-clock", value = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SuppressWarnings("unchecked")
class RankingCountyIT extends ApiTest {

    private static final String COUNTY = "ranking-county";
    private static final List<String> NAMES = List.of("排名甲", "排名乙", "排名丙", "排名丁", "排名戊");
    private static final List<Integer> SPEECHES = List.of(3, 2, 1, 0, 0);

    @Inject MovableClock clock;
    @Inject NightlyEvaluationJob nightly;

    private String term;
    private final Map<String, String> ids = new HashMap<>();

    @BeforeAll
    void theYearsGoBy() {
        api = new ApiClient(server.getURI(), json);
        clock.moveTo(LocalDate.of(2023, 1, 10));
        assertThat(api.post("/api/v1/congresses", api.token("platform-admin"), Map.of("id", COUNTY, "name", "某县人民代表大会",
                "level", "COUNTY")).status()).isEqualTo(201);
        var saved = api.send("PUT", "/api/v1/policy-profile", api.token("ranking-county-admin"), null, example(),
                Map.of("Content-Type", "application/yaml"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        term = api.post("/api/v1/terms", liaison(), Map.of("number", 1, "startsOn", "2023-01-01", "endsOn", "2027-12-31")).text("id");
        NAMES.forEach(name -> ids.put(name, seat(name)));
        for (int year = 2023; year <= 2025; year++) {
            clock.moveTo(LocalDate.of(year, 6, 1));
            for (int d = 0; d < NAMES.size(); d++) {
                for (int s = 0; s < SPEECHES.get(d); s++) {
                    record(NAMES.get(d), "SESSION_SPEECH", year + "-03-0" + (s + 1));
                }
            }
            if (year > 2023) {
                missInspection("排名戊", year + "-05-01");
            }
        }
        clock.moveTo(LocalDate.of(2026, 3, 1));
        nightly.evaluateAll();
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    private static String example() {
        try (InputStream in = RankingCountyIT.class.getClassLoader().getResourceAsStream("tenants/examples/ranking-county.yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The liaison office, signed in on the moved day. */
    private String liaison() {
        return api.token("ranking-county-liaison");
    }

    private String seat(String name) {
        var created = api.post("/api/v1/deputies", liaison(), Map.of("name", name, "termId", term, "constituency", "DISTRICT",
                "constituencyName", "第一选区"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    private void record(String name, String type, String date) {
        var recorded = api.post("/api/v1/duty-records", liaison(), Map.of("deputyId", ids.get(name), "type", type, "date", date));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    }

    private void missInspection(String name, String date) {
        String activity = api.post("/api/v1/duty-activities", liaison(), Map.of("termId", term, "type", "INSPECTION", "title", "视察",
                "date", date, "invited", List.of(ids.get(name)))).text("id");
        assertThat(api.post("/api/v1/duty-activities/" + activity + "/attendance", liaison(), Map.of("attended", List.of())).status())
                .isLessThan(300);
    }

    /** The deputy's cases of the rule, by trigger key. */
    private List<Map<String, Object>> cases(String name, String rule) {
        return api.get("/api/v1/deputies/" + ids.get(name) + "/archive", liaison()).list("cases").stream()
                .filter(c -> c.get("rule").equals(rule))
                .sorted(Comparator.comparing(c -> c.get("triggerKey").toString()))
                .toList();
    }

    private Object points(String name, String on) {
        return ((Map<String, Object>) api.get("/api/v1/deputies/" + ids.get(name) + "/archive?on=" + on, liaison()).json().get("points"))
                .get("total");
    }

    @Test
    @Order(1)
    @DisplayName("RC-15: 丁 and 戊, bottom two 2023–2025 (tied last in 2023), each have one 诫勉谈话 naming the three years with their ranks; 甲乙丙 none")
    void bottomTwoTwoYearsRunning() {
        assertThat(cases("排名戊", "RC-15")).singleElement().satisfies(c -> {
            assertThat(c).containsEntry("state", "OPEN").containsEntry("action", "CAUTIONARY_TALK").containsEntry("actor", "CHAIR_MEETING")
                    .containsEntry("triggerKey", "RANKING:CONGRESS:bottom2@2023-01-01").containsEntry("openedOn", "2025-06-01");
            assertThat((List<String>) c.get("evidence")).containsExactly(
                    "2023-01-01至2023-12-31：积分60分（合格），在全体代表中排名第4名、倒数第1名，共5人",
                    "2024-01-01至2024-12-31：积分55分（较差），在全体代表中排名第5名、倒数第1名，共5人",
                    "2025-01-01至2025-12-31：积分55分（较差），在全体代表中排名第5名、倒数第1名，共5人");
        });
        assertThat(cases("排名丁", "RC-15")).extracting(c -> c.get("state"), c -> ((List<?>) c.get("evidence")).size())
                .containsExactly(tuple("OPEN", 3));
        assertThat(List.of("排名甲", "排名乙", "排名丙")).allSatisfy(name -> assertThat(cases(name, "RC-15")).isEmpty());
    }

    @Test
    @Order(2)
    @DisplayName("RC-16 and RC-17: 甲乙丙, top three 2023–2025, commended (COMMENDATION) at the first night after the third year; 戊, 较差 in 2024 and 2025, interviewed")
    void commendedAndPoor() {
        assertThat(List.of("排名甲", "排名乙", "排名丙")).allSatisfy(name -> assertThat(cases(name, "RC-16"))
                .extracting(c -> c.get("state"), c -> c.get("action"), c -> c.get("openedOn"))
                .containsExactly(tuple("OPEN", "COMMENDATION", "2026-03-01")));
        assertThat(cases("排名丙", "RC-16").getFirst().get("evidence").toString()).contains("积分65分（合格），在全体代表中排名第3名、倒数第3名，共5人");
        assertThat(cases("排名丁", "RC-16")).isEmpty();
        assertThat(cases("排名戊", "RC-17")).extracting(c -> c.get("triggerKey"), c -> c.get("action"))
                .containsExactly(tuple("RANKING:CONGRESS:band:较差@2024-01-01", "INTERVIEW"));
    }

    @Test
    @Order(3)
    @DisplayName("a late fact: two 2024 speeches for 丁 (60 → 70) lift 丁 out of the bottom two and push 丙 out of the top three; both cases are withdrawn at once, 戊's stays")
    void lateFactBreaksTwoRuns() {
        clock.moveTo(LocalDate.of(2026, 3, 2));
        assertThat(points("排名丁", "2024-12-31")).isEqualTo(60);

        record("排名丁", "SESSION_SPEECH", "2024-10-01");
        record("排名丁", "SESSION_SPEECH", "2024-10-02");

        assertThat(points("排名丁", "2024-12-31")).isEqualTo(70);
        assertThat(cases("排名丁", "RC-15")).extracting(c -> c.get("state"), c -> c.get("closedOn"))
                .containsExactly(tuple("WITHDRAWN", "2026-03-02"));
        assertThat(cases("排名丙", "RC-16")).extracting(c -> c.get("state")).containsExactly("WITHDRAWN");
        assertThat(cases("排名丙", "RC-16").getFirst().get("note").toString()).contains("RC-16", "撤销");
        assertThat(cases("排名丙", "RC-15")).isEmpty();
        assertThat(cases("排名戊", "RC-15")).extracting(c -> c.get("state")).containsExactly("OPEN");
    }

    @Test
    @Order(4)
    @DisplayName("the effective profile reads back through the API with its ranking triggers, deductions and bands")
    void profileReadsBack() {
        var profile = api.get("/api/v1/policy-profile", liaison());

        assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
        assertThat(profile.body().toString()).contains("ranking={", "bottom=2", "top=3", "deductions=[{", "较差");
    }
}
