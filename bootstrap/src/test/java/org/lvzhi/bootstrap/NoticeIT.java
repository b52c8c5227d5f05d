package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Notice lead times when an activity is scheduled (QH-3.6, QH-8.2), with the clock moved to Monday 2 March 2026; the
 * clocks are the deadline engine's, read back through {@code /api/v1/deadlines}.
 */
@MicronautTest(transactional = false)
@Property(name = "lvzhi.test.movable-clock", value = "true")
@SuppressWarnings("unchecked")
class NoticeIT extends ApiTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Inject MovableClock clock;

    @BeforeEach
    void monday() {
        clock.moveTo(TODAY);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private ApiClient.Response schedule(String liaison, LocalDate date) {
        return api.post("/api/v1/duty-activities", liaison, Map.of("termId", api.firstTermId(liaison), "type", "TRAINING",
                "title", "代表履职培训", "date", date.toString(), "invited", List.of(deputyNamed(liaison, "马建国"))));
    }

    @Test
    @DisplayName("QH-3.6, QH-8.2: a Qinghai activity scheduled 2 days ahead is scheduled, warning with 第三条第（六）项 and 第八条第（二）项")
    void twoDaysAheadWarns() {
        var scheduled = schedule(api.token("qinghai-liaison"), TODAY.plusDays(2));

        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        assertThat(scheduled.list("warnings")).extracting(w -> w.get("rule"), w -> w.get("article"))
                .containsExactlyInAnyOrder(tuple("QH-3.6", "第三条第（六）项"), tuple("QH-8.2", "第八条第（二）项"));
        assertThat(scheduled.list("warnings")).filteredOn(w -> w.get("rule").equals("QH-3.6")).singleElement()
                .satisfies(w -> assertThat(w.get("message").toString()).contains("第三条第（六）项", "书面通知"));
        assertThat(scheduled.list("deadlines")).extracting(d -> d.get("rule")).containsExactlyInAnyOrder("QH-3.6", "QH-8.2");
        assertThat(scheduled.list("deadlines")).allSatisfy(d -> assertThat(LocalDate.parse(d.get("dueOn").toString())).isBefore(TODAY));
    }

    @Test
    @DisplayName("a Qinghai activity scheduled 10 days ahead warns of nothing and starts both clocks")
    void tenDaysAheadWarnsNothing() {
        var scheduled = schedule(api.token("qinghai-liaison"), TODAY.plusDays(10));

        assertThat(scheduled.status()).isEqualTo(201);
        assertThat(scheduled.list("warnings")).isEmpty();
        assertThat(scheduled.list("deadlines")).extracting(d -> d.get("rule")).containsExactlyInAnyOrder("QH-3.6", "QH-8.2");
        assertThat(scheduled.list("deadlines")).allSatisfy(d -> assertThat(LocalDate.parse(d.get("dueOn").toString()))
                .isAfterOrEqualTo(TODAY).isBefore(TODAY.plusDays(10)));
    }

    @Test
    @DisplayName("the organiser records the notice and the materials sent, each stopping its own clock; an unknown rule is refused")
    void noticesRecorded() {
        String liaison = api.token("qinghai-liaison");
        String activity = schedule(liaison, TODAY.plusDays(10)).text("id");
        String path = "/api/v1/duty-activities/" + activity + "/notices";
        String clocks = "/api/v1/deadlines?subjectKind=ACTIVITY&subjectId=" + activity;

        var notice = api.post(path, liaison, Map.of("rule", "QH-3.6"));
        var again = api.post(path, liaison, Map.of("rule", "QH-3.6"));
        var unknown = api.post(path, liaison, Map.of("rule", "QH-11.3"));
        var openAfterNotice = api.get(clocks, liaison).list("items");
        var materials = api.post(path, liaison, Map.of("rule", "QH-8.2"));
        var afterMaterials = api.get(clocks, liaison).list("items");
        var byDeputy = api.post(path, api.token("qinghai-deputy1"), Map.of("rule", "QH-8.2"));

        assertThat(notice.status()).as(notice.toString()).isEqualTo(200);
        assertThat((List<Object>) notice.json().get("outstanding")).containsExactly("QH-8.2");
        assertThat(notice.json()).containsEntry("clocksStopped", 1);
        assertThat(again.pointers()).containsExactly("/rule");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat((List<Object>) materials.json().get("outstanding")).isEmpty();
        assertThat(materials.json()).containsEntry("sentOn", "2026-03-02");
        assertThat((Integer) materials.json().get("clocksStopped")).isEqualTo(1);
        assertThat(byDeputy.status()).isEqualTo(403);
        assertThat(openAfterNotice).extracting(c -> c.get("rule"), c -> c.get("state"))
                .containsExactlyInAnyOrder(tuple("QH-3.6", "MET"), tuple("QH-8.2", "OPEN"));
        assertThat(afterMaterials).extracting(c -> c.get("state")).containsOnly("MET");
    }
}
