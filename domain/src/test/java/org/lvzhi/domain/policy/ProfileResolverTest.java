package org.lvzhi.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.lvzhi.domain.policy.ProfileFixtures.baseline;
import static org.lvzhi.domain.policy.ProfileFixtures.date;
import static org.lvzhi.domain.policy.ProfileFixtures.deadline;
import static org.lvzhi.domain.policy.ProfileFixtures.deadlineRule;
import static org.lvzhi.domain.policy.ProfileFixtures.history;
import static org.lvzhi.domain.policy.ProfileFixtures.profile;
import static org.lvzhi.domain.policy.ProfileFixtures.quotaRule;
import static org.lvzhi.domain.policy.ProfileFixtures.recordRule;
import static org.lvzhi.domain.policy.ProfileFixtures.template;
import static org.lvzhi.domain.policy.ProfileFixtures.type;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProfileResolverTest {

    private static final LocalDate ON = date("2022-06-30");
    private static final String BL_15_OFF = "闭会期间活动请假由 QH-5 规定，保留基线规则会对同一请假重复审批。";

    private static final PolicyRule QH_7_2 = quotaRule("QH-7.2", 3, "LIAISON_ROOM_ACTIVITY", "STATION_RECEPTION");
    private static final PolicyProfile PROVINCE = profile("qinghai")
            .effectiveFrom("2018-08-01")
            .types(type("LIAISON_ROOM_ACTIVITY", "代表联络室活动", ActivityCategory.PUBLIC_CONTACT))
            .rules(QH_7_2)
            .disable("BL-15", BL_15_OFF)
            .build();

    private static final PolicyRule COUNTY_BL_13 = deadlineRule("BL-13", deadline("SUGGESTION_ASSIGNED", "P2M").build());
    private static final PolicyRule CT_1 = recordRule("CT-1", "平台只记录");
    private static final PolicyProfile COUNTY = profile("county")
            .effectiveFrom("2020-01-01")
            .rules(COUNTY_BL_13, CT_1)
            .build();

    private static final PolicyRule TS_1 = quotaRule("TS-1", 2, "PUBLIC_CONTACT");
    private static final PolicyProfile TOWNSHIP = profile("township")
            .effectiveFrom("2021-01-01")
            .rules(TS_1)
            .build();

    private static List<ProfileHistory> chain(ProfileHistory... below) {
        return Stream.concat(Stream.of(history(PolicyProfile.BASELINE, baseline())),
                Stream.of(below)).toList();
    }

    private static final List<ProfileHistory> FOUR_LEVELS =
            chain(history("qinghai", PROVINCE), history("county", COUNTY), history("township", TOWNSHIP));

    private static List<String> ids(EffectiveProfile effective) {
        return effective.rules().stream().map(r -> r.value().rule()).toList();
    }

    @Test
    @DisplayName("baseline → province → county → township: the chain is listed root first and every level adds its rules")
    void fourLevelChain() {
        EffectiveProfile effective = ProfileResolver.resolve("township", FOUR_LEVELS, ON);

        assertThat(effective.congress()).isEqualTo("township");
        assertThat(effective.on()).isEqualTo(ON);
        assertThat(effective.chain()).containsExactly(PolicyProfile.BASELINE, "qinghai", "county", "township");
        assertThat(ids(effective)).containsExactlyInAnyOrder("BL-7", "BL-7", "BL-13", "QH-7.2", "CT-1", "TS-1");
    }

    @Test
    @DisplayName("a county's own rule with an inherited id replaces ALL inherited entries with that id (both BL-13 clauses)")
    void overrideReplacesAllEntriesOfTheId() {
        EffectiveProfile effective = ProfileResolver.resolve("county", FOUR_LEVELS.subList(0, 3), ON);

        assertThat(effective.rulesWithId("BL-13")).containsExactly(COUNTY_BL_13);
    }

    @Test
    @DisplayName("overriding one id leaves the other inherited ids and all their entries alone (both BL-7 clauses stay)")
    void overrideLeavesOtherIds() {
        EffectiveProfile effective = ProfileResolver.resolve("county", FOUR_LEVELS.subList(0, 3), ON);

        assertThat(effective.rulesWithId("BL-7")).containsExactlyElementsOf(baseline().rules().subList(0, 2));
    }

    @Test
    @DisplayName("a rule with a new id is added to what is inherited")
    void newIdsAreAdded() {
        EffectiveProfile effective = ProfileResolver.resolve("county", FOUR_LEVELS.subList(0, 3), ON);

        assertThat(effective.rulesWithId("QH-7.2")).containsExactly(QH_7_2);
        assertThat(effective.rulesWithId("CT-1")).containsExactly(CT_1);
    }

    @Test
    @DisplayName("a disabled rule (BL-15) is removed from the effective profile")
    void disabledRuleIsRemoved() {
        EffectiveProfile effective = ProfileResolver.resolve("qinghai", chain(history("qinghai", PROVINCE)), ON);

        assertThat(effective.hasRule("BL-15")).isFalse();
        assertThat(effective.rulesWithId("BL-15")).isEmpty();
    }

    @Test
    @DisplayName("a disabled rule is listed with its reason and the owner and version of the profile that disabled it")
    void disabledRuleIsListed() {
        EffectiveProfile effective = ProfileResolver.resolve("township", FOUR_LEVELS, ON);

        assertThat(effective.disabled()).containsExactly(new DisabledEntry("BL-15", BL_15_OFF, "qinghai", 1));
    }

    @Test
    @DisplayName("disabling an id that nothing above defines removes nothing and lists nothing")
    void disablingAnUnknownIdDoesNothing() {
        PolicyProfile province = profile("qinghai").effectiveFrom("2018-08-01").disable("BL-99", "无此规则").build();

        EffectiveProfile effective = ProfileResolver.resolve("qinghai", chain(history("qinghai", province)), ON);

        assertThat(effective.disabled()).isEmpty();
        assertThat(ids(effective)).containsExactlyInAnyOrder("BL-7", "BL-7", "BL-13", "BL-13", "BL-15");
    }

    @Test
    @DisplayName("each rule's provenance names the owner and version of the profile it came from")
    void provenanceNamesSourceAndVersion() {
        PolicyProfile provinceRevised = profile("qinghai").effectiveFrom("2021-01-01")
                .types(type("LIAISON_ROOM_ACTIVITY", "代表联络室活动", ActivityCategory.PUBLIC_CONTACT))
                .rules(QH_7_2).build();
        List<ProfileHistory> histories = chain(history("qinghai", PROVINCE, provinceRevised), history("county", COUNTY));

        EffectiveProfile effective = ProfileResolver.resolve("county", histories, ON);

        assertThat(effective.rules())
                .extracting(r -> r.value().rule(), Sourced::source, Sourced::version)
                .containsExactlyInAnyOrder(
                        tuple("BL-7", PolicyProfile.BASELINE, 1),
                        tuple("BL-7", PolicyProfile.BASELINE, 1),
                        tuple("BL-13", "county", 1),
                        tuple("BL-15", PolicyProfile.BASELINE, 1),
                        tuple("QH-7.2", "qinghai", 2),
                        tuple("CT-1", "county", 1));
    }

    @Test
    @DisplayName("activity types merge by code: a lower profile's entry replaces the inherited one with the same code")
    void activityTypesMergeByCodeLowerWins() {
        ActivityType countyContact = type("PUBLIC_CONTACT", "联系群众（社区走访）", ActivityCategory.PUBLIC_CONTACT);
        PolicyProfile county = profile("county").effectiveFrom("2020-01-01").types(countyContact).build();

        EffectiveProfile effective = ProfileResolver.resolve("county", chain(history("qinghai", PROVINCE), history("county", county)), ON);

        assertThat(effective.activityType("PUBLIC_CONTACT")).contains(countyContact);
        assertThat(effective.activityTypes())
                .filteredOn(t -> t.value().code().equals("PUBLIC_CONTACT"))
                .singleElement()
                .extracting(Sourced::source)
                .isEqualTo("county");
    }

    @Test
    @DisplayName("activity types a lower profile declares join the inherited catalogue, each with its source")
    void activityTypesAreAdded() {
        EffectiveProfile effective = ProfileResolver.resolve("qinghai", chain(history("qinghai", PROVINCE)), ON);

        assertThat(effective.activityTypes()).hasSize(baseline().activityTypes().size() + 1);
        assertThat(effective.activityTypes())
                .filteredOn(t -> t.value().code().equals("LIAISON_ROOM_ACTIVITY"))
                .singleElement()
                .extracting(Sourced::source)
                .isEqualTo("qinghai");
        assertThat(effective.activityType("TRAINING")).get().extracting(ActivityType::name).isEqualTo("履职学习培训");
    }

    @Test
    @DisplayName("the rest-day rule is inherited when no lower profile sets one")
    void restDayRuleInherited() {
        EffectiveProfile effective = ProfileResolver.resolve("township", FOUR_LEVELS, ON);

        assertThat(effective.restDayRule()).isEqualTo(new Sourced<>(RestDayRule.NEXT_WORKING_DAY, PolicyProfile.BASELINE, 1));
    }

    @Test
    @DisplayName("a lower profile's rest-day rule overrides the inherited one")
    void restDayRuleOverridden() {
        PolicyProfile county = profile("county").effectiveFrom("2020-01-01").restDayRule(RestDayRule.NONE).build();

        EffectiveProfile effective = ProfileResolver.resolve("county", chain(history("qinghai", PROVINCE), history("county", county)), ON);

        assertThat(effective.restDayRule()).isEqualTo(new Sourced<>(RestDayRule.NONE, "county", 1));
    }

    @Test
    @DisplayName("templates merge by event, the lower profile's text winning")
    void templatesMergeByEvent() {
        NotificationTemplate provincial = template("DEADLINE_NEAR", "期限将至", "{{title}} 将于 {{due}} 到期", "title", "due");
        NotificationTemplate local = template("DEADLINE_NEAR", "办理期限提醒", "{{title}} 请于 {{due}} 前办结", "title", "due");
        PolicyProfile province = profile("qinghai").effectiveFrom("2018-08-01").templates(provincial).build();
        PolicyProfile county = profile("county").effectiveFrom("2020-01-01").templates(local).build();

        EffectiveProfile effective = ProfileResolver.resolve("county", chain(history("qinghai", province), history("county", county)), ON);

        assertThat(effective.templates()).containsExactly(new Sourced<>(local, "county", 1));
    }

    @Test
    @DisplayName("a new township with no profile of its own works under its county's rules at once")
    void ownerWithoutProfileContributesNothing() {
        List<ProfileHistory> withNewTownship = chain(history("qinghai", PROVINCE), history("county", COUNTY), ProfileHistory.empty("new-township"));

        EffectiveProfile township = ProfileResolver.resolve("new-township", withNewTownship, ON);
        EffectiveProfile county = ProfileResolver.resolve("county", FOUR_LEVELS.subList(0, 3), ON);

        assertThat(township.rules()).isEqualTo(county.rules());
        assertThat(township.activityTypes()).isEqualTo(county.activityTypes());
        assertThat(township.disabled()).isEqualTo(county.disabled());
        assertThat(township.chain()).containsExactly(PolicyProfile.BASELINE, "qinghai", "county", "new-township");
    }

    @Test
    @DisplayName("an owner whose only version takes effect later contributes nothing before that date")
    void ownerWithNoVersionInForceYetContributesNothing() {
        EffectiveProfile effective = ProfileResolver.resolve("township", FOUR_LEVELS, date("2020-12-31"));

        assertThat(effective.hasRule("TS-1")).isFalse();
        assertThat(effective.hasRule("CT-1")).isTrue();
    }

    @Test
    @DisplayName("facts are judged by the version in force on their date: QH-7.2's minimum before and after a revision")
    void factsJudgedByVersionInForce() {
        PolicyProfile revised = profile("qinghai").effectiveFrom("2024-01-01")
                .types(type("LIAISON_ROOM_ACTIVITY", "代表联络室活动", ActivityCategory.PUBLIC_CONTACT))
                .rules(quotaRule("QH-7.2", 4, "LIAISON_ROOM_ACTIVITY", "STATION_RECEPTION"))
                .build();
        List<ProfileHistory> histories = chain(history("qinghai", PROVINCE, revised), history("county", COUNTY));

        EffectiveProfile before = ProfileResolver.resolve("county", histories, date("2023-12-31"));
        EffectiveProfile after = ProfileResolver.resolve("county", histories, date("2024-01-01"));

        assertThat(before.rulesWithId("QH-7.2")).singleElement().extracting(r -> r.quota().orElseThrow().minimum()).isEqualTo(3);
        assertThat(after.rulesWithId("QH-7.2")).singleElement().extracting(r -> r.quota().orElseThrow().minimum()).isEqualTo(4);
    }

    @Test
    @DisplayName("a revision that no longer disables a rule brings the inherited rule back from its effective date")
    void revisionCanReEnable() {
        PolicyProfile revised = profile("qinghai").effectiveFrom("2024-01-01").rules(QH_7_2)
                .types(type("LIAISON_ROOM_ACTIVITY", "代表联络室活动", ActivityCategory.PUBLIC_CONTACT)).build();
        List<ProfileHistory> histories = chain(history("qinghai", PROVINCE, revised));

        assertThat(ProfileResolver.resolve("qinghai", histories, date("2023-12-31")).hasRule("BL-15")).isFalse();
        EffectiveProfile after = ProfileResolver.resolve("qinghai", histories, date("2024-01-01"));
        assertThat(after.hasRule("BL-15")).isTrue();
        assertThat(after.disabled()).isEmpty();
    }
}
