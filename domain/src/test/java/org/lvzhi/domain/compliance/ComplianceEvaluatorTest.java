package org.lvzhi.domain.compliance;

import java.math.BigDecimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.lvzhi.domain.compliance.DutyFixtures.TERM;
import static org.lvzhi.domain.compliance.DutyFixtures.confirmed;
import static org.lvzhi.domain.compliance.DutyFixtures.holding;
import static org.lvzhi.domain.compliance.DutyFixtures.ordinaryDeputy;
import static org.lvzhi.domain.compliance.DutyFixtures.pending;
import static org.lvzhi.domain.compliance.DutyFixtures.profileOf;
import static org.lvzhi.domain.compliance.DutyFixtures.rejected;
import static org.lvzhi.domain.policy.ProfileFixtures.calendarYear;
import static org.lvzhi.domain.policy.ProfileFixtures.date;
import static org.lvzhi.domain.policy.ProfileFixtures.quota;
import static org.lvzhi.domain.policy.ProfileFixtures.quotaRule;
import static org.lvzhi.domain.policy.ProfileFixtures.term;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.policy.Audience;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.Quota;

class ComplianceEvaluatorTest {

    private static final EffectiveProfile DONGCHENG_RECEPTIONS = profileOf(quotaRule("DC-6.2", 2, "STATION_RECEPTION"));
    private static final EffectiveProfile THREE_A_YEAR = profileOf(quotaRule("X-3", 3, "INSPECTION"));
    private static final EffectiveProfile DISTINCT_AND_PLAIN = profileOf(
            quotaRule("X-distinct", new Quota(List.of("FIXED_CONTACT_VISIT"), 3, Optional.empty(), calendarYear(), Optional.empty(),
                    Optional.of("FIXED_CONTACT"), Optional.empty())),
            quotaRule("X-distinct", 3, "FIXED_CONTACT_VISIT"));
    private static final EffectiveProfile MEMBERS_CONTACT_DEPUTIES = profileOf(quotaRule("DC-10.5", new Quota(
            List.of("STANDING_COMMITTEE_MEMBER_CONTACT"), 5, Optional.of(6), term(),
            Optional.of(new Audience(Optional.empty(), Optional.empty(), Optional.empty(), List.of("STANDING_COMMITTEE_MEMBER"))),
            Optional.of("DEPUTY"), Optional.empty())));

    private static Compliance judge(EffectiveProfile profile, String on, DutyRecord... records) {
        return ComplianceEvaluator.evaluate(profile, ordinaryDeputy(), TERM, date(on), RecordTallies.of(List.of(records)));
    }

    @Test
    @DisplayName("DC-6.2: two station receptions in the year meet the quota")
    void twoReceptionsMeetDongchengQuota() {
        var compliance = judge(DONGCHENG_RECEPTIONS, "2026-06-01",
                confirmed("STATION_RECEPTION", "2026-02-01"), confirmed("STATION_RECEPTION", "2026-05-20"));

        assertThat(compliance.status("DC-6.2")).contains(QuotaStatus.MET);
    }

    @Test
    @DisplayName("DC-6.2: one reception by 10 December is behind — December is too short to count on")
    void oneReceptionInDecemberIsBehind() {
        var verdict = judge(DONGCHENG_RECEPTIONS, "2026-12-10", confirmed("STATION_RECEPTION", "2026-04-01")).verdictsFor("DC-6.2").getFirst();

        assertThat(verdict.status()).isEqualTo(QuotaStatus.BEHIND);
        assertThat(verdict.count()).isEqualByComparingTo("1");
    }

    @Test
    @DisplayName("JD-8: no session speech by 31 December is behind")
    void noSpeechAtYearEndIsBehind() {
        assertThat(judge(profileOf(quotaRule("JD-8", 1, "SESSION_SPEECH")), "2026-12-31").status("JD-8")).contains(QuotaStatus.BEHIND);
    }

    @Test
    @DisplayName("three a year with none: on track on 1 January, at risk on 1 May (in 2028, when a third of the year has elapsed)")
    void threeAYearFromOnTrackToAtRisk() {
        Term fifteenth = new Term(TermId.random(), 15, date("2028-01-01"), date("2032-12-31"));
        var none = RecordTallies.of(List.of());

        assertThat(ComplianceEvaluator.evaluate(THREE_A_YEAR, ordinaryDeputy(), fifteenth, date("2028-01-01"), none).status("X-3"))
                .contains(QuotaStatus.ON_TRACK);
        assertThat(ComplianceEvaluator.evaluate(THREE_A_YEAR, ordinaryDeputy(), fifteenth, date("2028-05-01"), none).status("X-3"))
                .contains(QuotaStatus.AT_RISK);
    }

    @ParameterizedTest(name = "{0} records on {1} → {2}")
    @CsvSource({
        "0, 2026-05-01, ON_TRACK",   // 3 × 121/365 = 0.99: not yet one whole record behind
        "0, 2026-05-02, AT_RISK",    // 3 × 122/365 = 1.003
        "1, 2026-08-31, ON_TRACK",   // 3 × 243/365 = 1.997
        "1, 2026-09-01, AT_RISK",    // 3 × 244/365 = 2.005: two expected, one held
        "2, 2026-11-30, ON_TRACK",   // 31 days left: still time to count on
        "2, 2026-12-01, BEHIND",     // 30 days left: fewer than 365/12
        "3, 2026-12-31, MET",
    })
    @DisplayName("status follows the pro-rata pace and the last twelfth of the window")
    void paceBoundaries(int records, String on, QuotaStatus expected) {
        DutyRecord[] inspections = IntStream.range(0, records).mapToObj(i -> confirmed("INSPECTION", "2026-01-0" + (i + 1)))
                .toArray(DutyRecord[]::new);

        assertThat(judge(THREE_A_YEAR, on, inspections).status("X-3")).contains(expected);
    }

    @Test
    @DisplayName("a term quota not met once the term has ended is behind")
    void endedWindowIsBehind() {
        var profile = profileOf(quotaRule("DC-9.4", quota(1, term(), "STANDING_COMMITTEE_ATTENDANCE")));

        assertThat(judge(profile, "2028-01-05").status("DC-9.4")).contains(QuotaStatus.BEHIND);
    }

    @Test
    @DisplayName("a quota counting distinct counterparts counts three visits to the same person once")
    void distinctCounting() {
        var compliance = judge(DISTINCT_AND_PLAIN, "2026-12-31",
                confirmed("FIXED_CONTACT_VISIT", "2026-02-01", "王大妈"),
                confirmed("FIXED_CONTACT_VISIT", "2026-06-01", "王大妈"),
                confirmed("FIXED_CONTACT_VISIT", "2026-09-01", "王大妈"));

        assertThat(compliance.verdictsFor("X-distinct")).extracting(v -> v.count().intValueExact(), QuotaVerdict::status)
                .containsExactly(tuple(1, QuotaStatus.BEHIND), tuple(3, QuotaStatus.MET));
        assertThat(compliance.status("X-distinct")).contains(QuotaStatus.BEHIND);
    }

    @Test
    @DisplayName("DC-10.5 applies only to deputies holding the STANDING_COMMITTEE_MEMBER position")
    void audience() {
        var plan = ComplianceEvaluator.forPlan(MEMBERS_CONTACT_DEPUTIES, TERM, date("2026-05-01"));
        var none = RecordTallies.of(List.of());

        assertThat(plan.evaluate(ordinaryDeputy(), none).quotas()).isEmpty();
        assertThat(plan.evaluate(holding(Position.STANDING_COMMITTEE_MEMBER), none).status("DC-10.5")).isPresent();
    }

    @Test
    @DisplayName("DC-10.5: contacting more deputies than the maximum still meets the quota, flagged above the maximum")
    void aboveMaximum() {
        DutyRecord[] contacts = IntStream.rangeClosed(1, 7)
                .mapToObj(i -> confirmed("STANDING_COMMITTEE_MEMBER_CONTACT", "2025-03-0" + i, "代表" + i)).toArray(DutyRecord[]::new);

        var verdict = ComplianceEvaluator.evaluate(MEMBERS_CONTACT_DEPUTIES, holding(Position.STANDING_COMMITTEE_MEMBER), TERM,
                date("2026-05-01"), RecordTallies.of(List.of(contacts))).verdictsFor("DC-10.5").getFirst();

        assertThat(verdict.status()).isEqualTo(QuotaStatus.MET);
        assertThat(verdict.aboveMaximum()).isTrue();
        assertThat(verdict.window()).isEqualTo(DateRange.of(TERM));
    }

    @Test
    @DisplayName("rejected and pending records never count towards a quota")
    void unconfirmedRecordsNeverCount() {
        var compliance = judge(DONGCHENG_RECEPTIONS, "2026-06-01", confirmed("STATION_RECEPTION", "2026-02-01"),
                pending("STATION_RECEPTION", "2026-03-01"), rejected("STATION_RECEPTION", "2026-04-01"));

        assertThat(compliance.verdictsFor("DC-6.2").getFirst().count()).isEqualByComparingTo("1");
        assertThat(compliance.status("DC-6.2")).isNotEqualTo(Optional.of(QuotaStatus.MET));
    }

    @Test
    @DisplayName("a verdict says which rule and article it rests on, what it counted and over which window")
    void verdictCitesItsRule() {
        var verdict = judge(DONGCHENG_RECEPTIONS, "2026-06-01").verdictsFor("DC-6.2").getFirst();

        assertThat(verdict.article()).isEqualTo("第一条");
        assertThat(verdict.summary()).isEqualTo("DC-6.2 的条文摘要");
        assertThat(verdict.counts()).containsExactly("STATION_RECEPTION");
        assertThat(verdict.minimum()).isEqualTo(2);
        assertThat(verdict.window()).isEqualTo(DateRange.year(2026));
    }

    @Test
    @DisplayName("one plan judges many deputies from the counts a database gave per tally key")
    void onePlanManyDeputies() {
        var compliance = ComplianceEvaluator.forPlan(DONGCHENG_RECEPTIONS, TERM, date("2026-12-10"));
        String key = compliance.plan().tallies().getFirst().key();

        assertThat(compliance.evaluate(ordinaryDeputy(), TallyCounts.of(Map.of(key, BigDecimal.valueOf(2)))).status("DC-6.2")).contains(QuotaStatus.MET);
        assertThat(compliance.evaluate(ordinaryDeputy(), TallyCounts.of(Map.of())).status("DC-6.2")).contains(QuotaStatus.BEHIND);
    }

    @Test
    @DisplayName("a rule with no quota that applies has no status")
    void noStatusForUnknownRule() {
        assertThat(judge(DONGCHENG_RECEPTIONS, "2026-06-01").status("QH-7.2")).isEmpty();
    }
}
