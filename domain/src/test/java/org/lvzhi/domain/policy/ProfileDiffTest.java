package org.lvzhi.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.lvzhi.domain.policy.ProfileFixtures.deadline;
import static org.lvzhi.domain.policy.ProfileFixtures.deadlineRule;
import static org.lvzhi.domain.policy.ProfileFixtures.profile;
import static org.lvzhi.domain.policy.ProfileFixtures.quotaRule;
import static org.lvzhi.domain.policy.ProfileFixtures.recordRule;
import static org.lvzhi.domain.policy.ProfileFixtures.template;
import static org.lvzhi.domain.policy.ProfileFixtures.type;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.policy.ProfileDiff.Change;
import org.lvzhi.domain.policy.ProfileDiff.OtherChange;
import org.lvzhi.domain.policy.ProfileDiff.Result;
import org.lvzhi.domain.policy.ProfileDiff.RuleChange;

class ProfileDiffTest {

    private static final PolicyRule QH_7_2 = quotaRule("QH-7.2", 3, "STATION_RECEPTION");
    private static final PolicyRule QH_7_3_VISITS = quotaRule("QH-7.3", 3, "FIXED_CONTACT_VISIT");
    private static final PolicyRule QH_7_3_ALL = quotaRule("QH-7.3", 3, "FIXED_CONTACT_VISIT", "PUBLIC_CONTACT");
    private static final PolicyRule QH_11_2 = recordRule("QH-11.2", "履职档案由平台生成");

    private static ProfileFixtures.ProfileBuilder qinghai() {
        return profile("qinghai").effectiveFrom("2018-08-01");
    }

    @Test
    @DisplayName("identical profiles give an empty diff")
    void identicalProfilesAreEmpty() {
        PolicyProfile before = qinghai().types(type("LIAISON_ROOM_ACTIVITY")).rules(QH_7_2, QH_7_3_VISITS).disable("BL-7", "由 QH-4.2 规定").build();
        PolicyProfile after = qinghai().types(type("LIAISON_ROOM_ACTIVITY")).rules(QH_7_2, QH_7_3_VISITS).disable("BL-7", "由 QH-4.2 规定").build();

        Result diff = ProfileDiff.between(before, after);

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.rules()).isEmpty();
        assertThat(diff.others()).isEmpty();
    }

    @Test
    @DisplayName("a rule id only in the new version is ADDED, with its entries")
    void addedRule() {
        Result diff = ProfileDiff.between(qinghai().rules(QH_7_2).build(), qinghai().rules(QH_7_2, QH_11_2).build());

        assertThat(diff.rules()).containsExactly(new RuleChange("QH-11.2", Change.ADDED, List.of(), List.of(QH_11_2)));
        assertThat(diff.isEmpty()).isFalse();
    }

    @Test
    @DisplayName("a rule id only in the old version is REMOVED, with its entries")
    void removedRule() {
        Result diff = ProfileDiff.between(qinghai().rules(QH_7_2, QH_11_2).build(), qinghai().rules(QH_11_2).build());

        assertThat(diff.rules()).containsExactly(new RuleChange("QH-7.2", Change.REMOVED, List.of(QH_7_2), List.of()));
    }

    @Test
    @DisplayName("a rule id whose entry changed is CHANGED, with what it was and what it is")
    void changedRule() {
        PolicyRule raised = quotaRule("QH-7.2", 4, "STATION_RECEPTION");

        Result diff = ProfileDiff.between(qinghai().rules(QH_7_2).build(), qinghai().rules(raised).build());

        assertThat(diff.rules()).containsExactly(new RuleChange("QH-7.2", Change.CHANGED, List.of(QH_7_2), List.of(raised)));
    }

    @Test
    @DisplayName("a rule id gaining a second entry (a second clause of QH-7.3) is CHANGED")
    void entryAddedToAnId() {
        Result diff = ProfileDiff.between(qinghai().rules(QH_7_3_VISITS).build(), qinghai().rules(QH_7_3_VISITS, QH_7_3_ALL).build());

        assertThat(diff.rules())
                .containsExactly(new RuleChange("QH-7.3", Change.CHANGED, List.of(QH_7_3_VISITS), List.of(QH_7_3_VISITS, QH_7_3_ALL)));
    }

    @Test
    @DisplayName("unchanged rule ids are not listed")
    void unchangedNotListed() {
        PolicyRule longer = deadlineRule("QH-3.5", deadline("SUGGESTION_ASSIGNED", "P6M").build());
        PolicyProfile before = qinghai().rules(QH_7_2, deadlineRule("QH-3.5", deadline("SUGGESTION_ASSIGNED", "P3M").build()), QH_11_2).build();
        PolicyProfile after = qinghai().rules(QH_7_2, longer, QH_11_2).build();

        assertThat(ProfileDiff.between(before, after).rules()).extracting(RuleChange::rule).containsExactly("QH-3.5");
    }

    @Test
    @DisplayName("added, removed and changed rule ids are reported together, rules and nothing else")
    void addedRemovedChangedTogether() {
        PolicyRule raised = quotaRule("QH-7.2", 4, "STATION_RECEPTION");

        Result diff = ProfileDiff.between(qinghai().rules(QH_7_2, QH_7_3_VISITS).build(), qinghai().rules(raised, QH_11_2).build());

        assertThat(diff.rules()).extracting(RuleChange::rule, RuleChange::change).containsExactlyInAnyOrder(
                tuple("QH-7.2", Change.CHANGED),
                tuple("QH-7.3", Change.REMOVED),
                tuple("QH-11.2", Change.ADDED));
        assertThat(diff.others()).isEmpty();
    }

    @Test
    @DisplayName("activity types added, removed or renamed appear in others(), keyed by code")
    void activityTypeChanges() {
        PolicyProfile before = qinghai().types(type("LIAISON_ROOM_ACTIVITY", "代表联络室活动", ActivityCategory.PUBLIC_CONTACT),
                type("OLD_TYPE")).build();
        PolicyProfile after = qinghai().types(type("LIAISON_ROOM_ACTIVITY", "代表工作室、联络室活动", ActivityCategory.PUBLIC_CONTACT),
                type("FIXED_CONTACT_REMOTE")).build();

        assertThat(ProfileDiff.between(before, after).others()).containsExactlyInAnyOrder(
                new OtherChange("activityType", "LIAISON_ROOM_ACTIVITY", Change.CHANGED),
                new OtherChange("activityType", "OLD_TYPE", Change.REMOVED),
                new OtherChange("activityType", "FIXED_CONTACT_REMOTE", Change.ADDED));
    }

    @Test
    @DisplayName("disabled rules switched off, switched back on or given another reason appear in others(), keyed by rule id")
    void disabledChanges() {
        PolicyProfile before = qinghai().disable("BL-7", "由 QH-4.2 规定").disable("BL-15", "由 QH-5 规定").build();
        PolicyProfile after = qinghai().disable("BL-7", "由 QH-4.2.1、QH-4.2.2 规定").disable("BL-33", "由 QH-11.6 规定").build();

        assertThat(ProfileDiff.between(before, after).others()).containsExactlyInAnyOrder(
                new OtherChange("disabled", "BL-7", Change.CHANGED),
                new OtherChange("disabled", "BL-15", Change.REMOVED),
                new OtherChange("disabled", "BL-33", Change.ADDED));
    }

    @Test
    @DisplayName("templates changes appear in others(), keyed by event")
    void templateChanges() {
        PolicyProfile before = qinghai().templates(template("SUGGESTION_DUE", "提醒", "{{due}} 前答复", "due")).build();
        PolicyProfile after = qinghai().templates(template("SUGGESTION_DUE", "办理期限提醒", "{{due}} 前答复", "due")).build();

        assertThat(ProfileDiff.between(before, after).others()).containsExactly(new OtherChange("template", "SUGGESTION_DUE", Change.CHANGED));
    }

    @Test
    @DisplayName("a new effective date or rest-day rule appears in others() as a changed setting")
    void settingChanges() {
        PolicyProfile before = qinghai().build();
        PolicyProfile after = qinghai().effectiveFrom("2024-01-01").restDayRule(RestDayRule.NONE).build();

        assertThat(ProfileDiff.between(before, after).others()).containsExactlyInAnyOrder(
                new OtherChange("setting", "effectiveFrom", Change.CHANGED),
                new OtherChange("setting", "restDayRule", Change.CHANGED));
        assertThat(ProfileDiff.between(before, after).rules()).isEmpty();
    }
}
