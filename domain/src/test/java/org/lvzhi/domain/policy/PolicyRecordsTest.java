package org.lvzhi.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lvzhi.domain.policy.ProfileFixtures.calendarYear;
import static org.lvzhi.domain.policy.ProfileFixtures.date;
import static org.lvzhi.domain.policy.ProfileFixtures.recordRule;
import static org.lvzhi.domain.policy.ProfileFixtures.rule;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PolicyRecordsTest {

    @Test
    @DisplayName("parts a profile document leaves out are empty, never null")
    void absentPartsAreEmpty() {
        PolicyProfile profile = new PolicyProfile("county", "办法", null, null, date("2020-01-01"), null, null, null, null, null, null);

        assertThat(profile.source()).isEmpty();
        assertThat(profile.inherits()).isEmpty();
        assertThat(profile.restDayRule()).isEmpty();
        assertThat(profile.activityTypes()).isEmpty();
        assertThat(profile.rules()).isEmpty();
        assertThat(profile.disabled()).isEmpty();
        assertThat(profile.points()).isEmpty();
        assertThat(profile.templates()).isEmpty();
    }

    @Test
    @DisplayName("a rule without an enforcement is enforced; RECORD_ONLY is kept when stated")
    void enforcementDefaultsToEnforced() {
        assertThat(rule("QH-7.2", RuleKind.QUOTA).enforcedAs()).isEqualTo(Enforcement.ENFORCED);
        assertThat(recordRule("QH-11.2", "平台只记录").enforcedAs()).isEqualTo(Enforcement.RECORD_ONLY);
    }

    @Test
    @DisplayName("a trigger's groups are copied: changing the lists it was built from does not change it")
    void triggerGroupsAreCopied() {
        List<String> speech = new ArrayList<>(List.of("SESSION_SPEECH"));
        List<List<String>> groups = new ArrayList<>(List.of(speech));
        Trigger trigger = new Trigger("MISSING_RECORDS", null, groups, null, null, calendarYear(), false, false, null);

        speech.add("MOTION");
        groups.add(List.of("SUGGESTION"));

        assertThat(trigger.groups()).containsExactly(List.of("SESSION_SPEECH"));
        assertThat(trigger.from()).isEmpty();
        assertThatThrownBy(() -> trigger.groups().getFirst().add("X")).isInstanceOf(UnsupportedOperationException.class);
    }
}
