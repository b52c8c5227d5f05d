package org.lvzhi.domain.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.compliance.DutyFixtures.TERM;
import static org.lvzhi.domain.compliance.DutyFixtures.profileOf;
import static org.lvzhi.domain.policy.ProfileFixtures.calendarYear;
import static org.lvzhi.domain.policy.ProfileFixtures.date;
import static org.lvzhi.domain.policy.ProfileFixtures.quota;
import static org.lvzhi.domain.policy.ProfileFixtures.quotaRule;
import static org.lvzhi.domain.policy.ProfileFixtures.ruleOf;
import static org.lvzhi.domain.policy.ProfileFixtures.term;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.policy.Enforcement;
import org.lvzhi.domain.policy.Quota;
import org.lvzhi.domain.policy.RuleKind;

class CountingPlanTest {

    @Test
    @DisplayName("quotas counting the same types over the same window share one tally, whatever the order of the types")
    void identicalTalliesAreShared() {
        var plan = CountingPlan.forQuotas(profileOf(
                quotaRule("QH-7.2", 3, "LIAISON_ROOM_ACTIVITY", "STATION_RECEPTION"),
                quotaRule("X-1", 2, "STATION_RECEPTION", "LIAISON_ROOM_ACTIVITY")), TERM, date("2026-05-01"));

        assertThat(plan.tallies()).extracting(Tally::key)
                .containsExactly("LIAISON_ROOM_ACTIVITY+STATION_RECEPTION@2026-01-01~2026-12-31");
    }

    @Test
    @DisplayName("counting distinct counterparts, or over another window, is another tally")
    void distinctAndWindowMakeOtherTallies() {
        var plan = CountingPlan.forQuotas(profileOf(
                quotaRule("X-distinct", new Quota(List.of("FIXED_CONTACT_VISIT"), 3, Optional.empty(), calendarYear(), Optional.empty(),
                        Optional.of("FIXED_CONTACT"), Optional.empty())),
                quotaRule("X-distinct", 3, "FIXED_CONTACT_VISIT"),
                quotaRule("X-2", quota(5, term(), "FIXED_CONTACT_VISIT"))), TERM, date("2026-05-01"));

        assertThat(plan.tallies()).extracting(Tally::key).containsExactly(
                "FIXED_CONTACT_VISIT@2026-01-01~2026-12-31#FIXED_CONTACT",
                "FIXED_CONTACT_VISIT@2026-01-01~2026-12-31",
                "FIXED_CONTACT_VISIT@2023-01-01~2027-12-31");
    }

    @Test
    @DisplayName("a quota the platform only records asks for no count")
    void recordOnlyQuotasAreNotCounted() {
        var recordOnly = ruleOf("X-3", RuleKind.QUOTA).quota(quota(1, calendarYear(), "TRAINING"))
                .enforcement(Enforcement.RECORD_ONLY).reason("只登记").build();

        assertThat(CountingPlan.forQuotas(profileOf(recordOnly), TERM, date("2026-05-01")).tallies()).isEmpty();
    }

    @Test
    @DisplayName("the plan's keys do not change from one build to the next, so a database can cache its answers")
    void keysAreStable() {
        var profile = profileOf(quotaRule("DC-6.2", 2, "STATION_RECEPTION"));

        assertThat(CountingPlan.forQuotas(profile, TERM, date("2026-05-01")).tallies())
                .isEqualTo(CountingPlan.forQuotas(profile, TERM, date("2026-09-01")).tallies());
    }
}
