package org.lvzhi.tenants.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.tenants.scenarios.ScenarioDeputy.day;
import static org.lvzhi.tenants.scenarios.ScenarioDeputy.deputy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.policy.EffectiveProfile;

/** Hunan's quotas, judged from its real profile over the baseline. */
class HunanScenarioTest {

    private static final EffectiveProfile HUNAN = SeedCongresses.effective("hunan", day("2026-01-01"));

    @Test
    @Tag("HN-1")
    @DisplayName("HN-1 “代表每届任期内应当参加一次以上的履职学习或专题学习”: none by the term's last day is behind, one (以上 includes it) meets it")
    void oneStudyPerTerm() {
        QuotaEdges.perTerm(HUNAN, "HN-1", 1, "SPECIAL_STUDY");
    }

    @Test
    @Tag("HN-2")
    @DisplayName("HN-2 “基层代表每届任期内应当至少列席一次省人大常委会会议”: judged for grassroots deputies only, one meets it")
    void grassrootsAttendOneMeeting() {
        assertThat(deputy().compliance(HUNAN, "2027-12-31").verdictsFor("HN-2")).isEmpty();
        QuotaEdges.perTerm(ScenarioDeputy.grassrootsDeputy(), HUNAN, "HN-2", 1, "STANDING_COMMITTEE_ATTENDANCE");
    }
}
