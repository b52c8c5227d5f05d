package org.lvzhi.adapter.web.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.adapter.web.testing.ProblemAssert.assertInvalid;
import static org.lvzhi.adapter.web.testing.ProblemAssert.assertProblem;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.web.testing.Api;
import org.lvzhi.adapter.web.testing.Script;
import org.lvzhi.adapter.web.testing.TestTokens;
import org.lvzhi.application.deadline.port.in.CalendarDutyDone;
import org.lvzhi.application.deadline.port.in.DeadlineQueries;
import org.lvzhi.application.deadline.port.in.HolidayCalendarUseCases;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.Principal;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deadline.CalendarDay;
import org.lvzhi.domain.deadline.HolidayYear;

/** Statutory clocks and the platform's holiday calendar over HTTP, the use cases replaced by fakes. */
@MicronautTest
class DeadlineRoutesTest {

    private static final String OFFICER = TestTokens.of("officer", List.of("LIAISON_OFFICER"), List.of("qinghai"));
    private static final String PLATFORM = TestTokens.of("root", List.of("PLATFORM_ADMIN"), List.of());
    private static final HolidayYear YEAR = new HolidayYear(2026, List.of(new CalendarDay(LocalDate.of(2026, 10, 1), "国庆节")),
            List.of(new CalendarDay(LocalDate.of(2026, 10, 10), "国庆节调休")));

    @Inject
    Api api;

    private final Script<DeadlineQueries> deadlines = Script.of(DeadlineQueries.class);
    private final Script<CalendarDutyDone> done = Script.of(CalendarDutyDone.class);
    private final Script<HolidayCalendarUseCases> holidays = Script.of(HolidayCalendarUseCases.class);

    @MockBean(DeadlineQueries.class)
    DeadlineQueries deadlines() {
        return deadlines.port();
    }

    @MockBean(CalendarDutyDone.class)
    CalendarDutyDone done() {
        return done.port();
    }

    @MockBean(HolidayCalendarUseCases.class)
    HolidayCalendarUseCases holidays() {
        return holidays.port();
    }

    @Test
    @DisplayName("overdue clocks are filtered by unit and paged; a malformed unit is a 422 at /unitId")
    void listsOverdueClocks() {
        deadlines.answer(new Slice<>(List.of(), 10, Optional.empty()), "overdue");
        UnitId unit = UnitId.random();

        var overdue = api.get("/api/v1/deadlines/overdue?unitId=" + unit + "&after=Y3Vyc29y&size=10&total=true", OFFICER);

        assertThat(overdue.status()).as(overdue.body()).isEqualTo(200);
        assertThat(deadlines.argument("overdue", 1, Optional.class)).contains(unit);
        assertThat(deadlines.argument("overdue", 2, KeysetRequest.class)).isEqualTo(new KeysetRequest(Optional.of("Y3Vyc29y"), 10, true));
        assertThat(overdue.node().get("next").isNull()).isTrue();
        assertInvalid(api.get("/api/v1/deadlines/overdue?unitId=water", OFFICER), "/unitId");
    }

    @Test
    @DisplayName("a subject's clocks are asked by its kind and id; marking a clock done names it, an unknown one is a 404")
    void readsAndCompletesClocks() {
        deadlines.answer(List.of(), "ofSubject");

        var clocks = api.get("/api/v1/deadlines?subjectKind=SUGGESTION&subjectId=s-17", OFFICER);
        done.failNextWith(new NotFound("deadline", "x"));
        var unknown = api.postJson("/api/v1/deadlines/0d6f2b7e-4a7e-4b8e-9a51-7f0e1c0c9a11/done", OFFICER, "");

        assertThat(clocks.status()).as(clocks.body()).isEqualTo(200);
        assertThat(clocks.text("total")).isEqualTo("0");
        assertThat(deadlines.argument("ofSubject", 1, String.class)).isEqualTo("SUGGESTION");
        assertThat(deadlines.argument("ofSubject", 2, String.class)).isEqualTo("s-17");
        assertProblem(unknown, 404);
        assertInvalid(api.postJson("/api/v1/deadlines/d-1/done", OFFICER, ""), "/id");
    }

    @Test
    @DisplayName("a year's holidays and working days read back as dates and names")
    void showsAYear() {
        holidays.answer(YEAR, "year");

        var year = api.get("/api/v1/holiday-calendar/2026", OFFICER);

        assertThat(year.status()).as(year.body()).isEqualTo(200);
        assertThat(year.node().get("holidays").get(0).get("name").getStringValue()).isEqualTo("国庆节");
        assertThat(year.node().get("workingDays").get(0).get("date").getStringValue()).isEqualTo("2026-10-10");
        assertThat(holidays.argument("year", 0, Integer.class)).isEqualTo(2026);
    }

    @Test
    @DisplayName("replacing a year reaches the use case with the days parsed and the platform admin as who did it")
    void replacesAYear() {
        holidays.answer(YEAR, "replace");

        var replaced = api.putJson("/api/v1/holiday-calendar/2026", PLATFORM,
                "{\"holidays\":[{\"date\":\"2026-10-01\",\"name\":\"国庆节\"}],\"workingDays\":[{\"date\":\"2026-10-10\",\"name\":\"国庆节调休\"}]}");

        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(holidays.argument("replace", 1, HolidayYear.class)).isEqualTo(YEAR);
        Principal by = holidays.argument("replace", 0, Principal.class);
        assertThat(by.subject()).isEqualTo("root");
        assertThat(by.roles()).containsExactly(AccessRole.PLATFORM_ADMIN);
    }

    @Test
    @DisplayName("bad days are one 422 naming each by list and index; a missing list is a 422 at its name")
    void refusesBadDays() {
        var refused = api.putJson("/api/v1/holiday-calendar/2026", PLATFORM,
                "{\"holidays\":[{\"date\":\"10月1日\",\"name\":\"国庆节\"},{\"date\":\"2026-10-02\"}],\"workingDays\":[null]}");
        var missing = api.putJson("/api/v1/holiday-calendar/2026", PLATFORM, "{\"holidays\":[]}");

        assertInvalid(refused, "/holidays/0/date", "/holidays/1/name", "/workingDays/0");
        assertInvalid(missing, "/workingDays");
        assertThat(holidays.called("replace")).isFalse();
    }
}
