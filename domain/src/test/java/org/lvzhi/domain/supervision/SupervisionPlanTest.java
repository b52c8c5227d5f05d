package org.lvzhi.domain.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.compliance.DutyFixtures.TERM;
import static org.lvzhi.domain.compliance.DutyFixtures.confirmed;
import static org.lvzhi.domain.compliance.DutyFixtures.pending;
import static org.lvzhi.domain.compliance.DutyFixtures.profileOf;
import static org.lvzhi.domain.policy.ProfileFixtures.date;
import static org.lvzhi.domain.policy.ProfileFixtures.missingAtSession;
import static org.lvzhi.domain.policy.ProfileFixtures.missingRecords;
import static org.lvzhi.domain.policy.ProfileFixtures.rolling;
import static org.lvzhi.domain.policy.ProfileFixtures.step;
import static org.lvzhi.domain.policy.ProfileFixtures.supervisionRule;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.compliance.DateRange;

/** The records the nightly run asks the database for; that they judge alike is proven by every SupervisionEvaluatorTest. */
class SupervisionPlanTest {

    private static final List<DateRange> SESSIONS = List.of(new DateRange(date("2024-01-10"), date("2024-01-16")));

    @Test
    void aRollingTriggerAsksForTheLatestRecordOfEachTypeUpToTheDate() {
        SupervisionPlan plan = SupervisionPlan.of(profileOf(supervisionRule("DC-9.6", missingRecords("ALL", null, rolling("P1Y"),
                List.of(List.of("STATION_RECEPTION", "FIXED_CONTACT_VISIT")), step("INTERVIEW", "WORK_COMMITTEE_DIRECTOR")))),
                TERM, SESSIONS, date("2025-06-01"));

        assertThat(plan.types()).containsExactlyInAnyOrder("STATION_RECEPTION", "FIXED_CONTACT_VISIT");
        assertThat(plan.ranges()).containsExactly(new DateRange(TERM.startsOn(), date("2025-06-01")));
        assertThat(plan.keep(ConfirmedRecords.confirmedOf(List.of(confirmed("STATION_RECEPTION", "2023-03-01"),
                confirmed("STATION_RECEPTION", "2024-05-01"), confirmed("FIXED_CONTACT_VISIT", "2023-04-01"),
                confirmed("SUGGESTION", "2025-01-01"), pending("STATION_RECEPTION", "2025-02-01"),
                confirmed("STATION_RECEPTION", "2025-07-01")))).records())
                .containsExactly(record("FIXED_CONTACT_VISIT", "2023-04-01"), record("STATION_RECEPTION", "2024-05-01"));
    }

    @Test
    void aYearlyTriggerAtSessionAsksForEachCompletedYearsSessionDays() {
        SupervisionPlan plan = SupervisionPlan.of(profileOf(supervisionRule("QH-11.4", missingAtSession("ALL", 2,
                List.of(List.of("SESSION_SPEECH")), step("INTERVIEW", "DELEGATION_HEAD")))), TERM, SESSIONS, date("2025-06-01"));

        assertThat(plan.ranges()).containsExactly(SESSIONS.getFirst());
        assertThat(plan.keep(ConfirmedRecords.confirmedOf(List.of(confirmed("SESSION_SPEECH", "2024-01-11"),
                confirmed("SESSION_SPEECH", "2024-01-12"), confirmed("SESSION_SPEECH", "2024-03-01")))).records())
                .containsExactly(record("SESSION_SPEECH", "2024-01-12"));
    }

    @Test
    void aProfileWithoutMissingRecordsTriggersAsksForNothing() {
        assertThat(SupervisionPlan.of(profileOf(), TERM, SESSIONS, date("2025-06-01")).isEmpty()).isTrue();
    }

    private static ConfirmedRecord record(String type, String date) {
        return new ConfirmedRecord(type, LocalDate.parse(date));
    }
}
