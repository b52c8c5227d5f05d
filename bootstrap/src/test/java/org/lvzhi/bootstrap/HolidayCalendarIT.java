package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.deadline.port.in.DeadlineClocks;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deadline.DeadlineSubject;

/** The platform-wide holiday calendar over HTTP: read by anyone signed in, replaced by the platform admin only. */
@MicronautTest(transactional = false)
class HolidayCalendarIT extends ApiTest {

    @Inject DeadlineClocks clocks;
    @Inject TransactionPort transactions;

    @Test
    @DisplayName("the seeded 2026 arrangement: National Day 1–7 October off, 20 September and 10 October worked")
    void seeded2026() {
        var year = api.get("/api/v1/holiday-calendar/2026", api.token("qinghai-deputy1"));

        assertThat(year.status()).isEqualTo(200);
        assertThat(year.list("holidays")).filteredOn(day -> "国庆节".equals(day.get("name"))).extracting(day -> day.get("date"))
                .containsExactly("2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07");
        assertThat(year.list("workingDays")).extracting(day -> day.get("date")).contains("2026-09-20", "2026-10-10");
        assertThat(api.get("/api/v1/holiday-calendar/2025", api.token("hunan-liaison")).list("holidays"))
                .extracting(day -> day.get("date")).contains("2025-10-08");
    }

    @Test
    @DisplayName("a day outside the year, or both off and worked, is refused with a pointer to each; only the platform admin may replace a year")
    void replaceValidated() {
        String admin = api.token("platform-admin");
        var invalid = api.put("/api/v1/holiday-calendar/2027", admin, Map.of(
                "holidays", List.of(Map.of("date", "2026-12-31", "name", "元旦"), Map.of("date", "2027-01-01", "name", "元旦"),
                        Map.of("date", "not-a-date", "name", "元旦")),
                "workingDays", List.of(Map.of("date", "2027-01-01", "name", "调休"))));
        var missing = api.put("/api/v1/holiday-calendar/2027", admin, Map.of());
        var denied = api.put("/api/v1/holiday-calendar/2027", api.token("qinghai-admin"), Map.of("holidays", List.of(), "workingDays", List.of()));

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        assertThat(invalid.pointers()).containsExactlyInAnyOrder("/holidays/2/date");
        var both = api.put("/api/v1/holiday-calendar/2027", admin, Map.of(
                "holidays", List.of(Map.of("date", "2026-12-31", "name", "元旦"), Map.of("date", "2027-01-01", "name", "元旦")),
                "workingDays", List.of(Map.of("date", "2027-01-01", "name", "调休"))));
        assertThat(both.pointers()).containsExactlyInAnyOrder("/holidays/0/date", "/workingDays/0/date");
        assertThat(missing.pointers()).containsExactlyInAnyOrder("/holidays", "/workingDays");
        assertThat(denied.status()).isEqualTo(403);
        assertThat(api.get("/api/v1/holiday-calendar/2027", admin).list("holidays")).isEmpty();
    }

    @Test
    @DisplayName("a year the platform admin records moves the due dates of clocks started afterwards")
    void replacedYearCounts() {
        String admin = api.token("platform-admin");
        var saved = api.put("/api/v1/holiday-calendar/2028", admin, Map.of(
                "holidays", List.of(Map.of("date", "2028-03-20", "name", "测试假日")), "workingDays", List.of()));
        CongressId hunan = new CongressId("hunan");
        var started = transactions.inCongress(hunan, () -> clocks.start(hunan, "DETAILS_CHANGED",
                new DeadlineSubject("DETAILS_CHANGE", UUID.randomUUID().toString(), "工作单位变动", Optional.empty()),
                LocalDate.of(2028, 2, 20), false));

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/holiday-calendar/2028", api.token("hunan-liaison")).list("holidays"))
                .extracting(day -> day.get("name")).containsExactly("测试假日");
        // BL-29: one month from 20 February 2028 is Monday 20 March, now a holiday: the next working day.
        assertThat(started).extracting(DeadlineClocks.StartedDeadline::dueOn).containsExactly(LocalDate.of(2028, 3, 21));
    }
}
