package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.scheduler.NightlyEvaluationJob;

/**
 * The nightly Quartz job, called at its entry point with a moved clock: every congress evaluated in its own
 * context. (Its trigger, from {@code lvzhi.evaluation.nightly.cron}, is checked in QuartzSchedulerIT.)
 */
@MicronautTest(transactional = false)
@Property(name = "lvzhi.test.movable-clock", value = "true")
class NightlyEvaluationIT extends ApiTest {

    @Inject MovableClock clock;
    @Inject NightlyEvaluationJob nightly;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @DisplayName("each congress is judged by its own profile: a year without receptions opens DC-9.6 in Dongcheng and JD-29 in Jiading, once")
    void everyCongressUnderItsOwnProfile() {
        clock.moveTo(LocalDate.of(2026, 7, 1));

        nightly.evaluateAll();
        nightly.evaluateAll();

        String dongcheng = api.token("bj-dongcheng-liaison");
        String jiading = api.token("sh-jiading-liaison");
        var dongchengCases = api.get("/api/v1/supervision-cases?size=200", dongcheng).list("items");
        var jiadingCases = api.get("/api/v1/supervision-cases?size=200", jiading).list("items");
        String deputy = deputyNamed(dongcheng, "陈晓东");

        assertThat(dongchengCases).extracting(c -> c.get("rule")).contains("DC-9.6").doesNotContain("JD-29", "QH-12");
        assertThat(jiadingCases).extracting(c -> c.get("rule")).contains("JD-29").doesNotContain("DC-9.6");
        assertThat(dongchengCases).filteredOn(c -> c.get("rule").equals("DC-9.6") && c.get("deputyId").equals(deputy)).hasSize(1);
        assertThat(api.get("/api/v1/compliance-overview", jiading).list("items")).isNotEmpty();
    }
}
