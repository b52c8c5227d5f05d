package org.lvzhi.domain.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.compliance.DutyFixtures.DEPUTY;
import static org.lvzhi.domain.compliance.DutyFixtures.TERM;
import static org.lvzhi.domain.compliance.DutyFixtures.ordinaryDeputy;
import static org.lvzhi.domain.compliance.DutyFixtures.profileOf;
import static org.lvzhi.domain.policy.ProfileFixtures.calendarYear;
import static org.lvzhi.domain.policy.ProfileFixtures.date;
import static org.lvzhi.domain.policy.ProfileFixtures.step;
import static org.lvzhi.domain.policy.ProfileFixtures.supervisionRule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.compliance.DateRange;
import org.lvzhi.domain.compliance.DutyPoints;
import org.lvzhi.domain.compliance.Placement;
import org.lvzhi.domain.compliance.ScoredDeputy;
import org.lvzhi.domain.compliance.Standings;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.policy.BandEdge;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.RankScope;
import org.lvzhi.domain.policy.Ranking;
import org.lvzhi.domain.policy.Supervision;
import org.lvzhi.domain.policy.Trigger;

/**
 * RANKING rules judged on hand-computed standings: the deputy under test among four others scoring 90, 80, 70 and 60
 * every year (five ranked), the deputy's own score set per year. Bands: under 60 较差, otherwise 合格.
 */
class RankingTriggerTest {

    private static final List<String> OTHERS = List.of("90", "80", "70", "60");
    private static final List<DeputyId> OTHER_IDS = OTHERS.stream().map(score -> DeputyId.random()).toList();

    /** RK-1 "连续两年积分排名倒数后两名的，诫勉谈话". */
    private static final PolicyRule BOTTOM_TWO_TWICE = rule("RK-1", 2, bottom(2), "CAUTIONARY_TALK", "CHAIR_MEETING");
    /** RK-2 "连续三年积分排名前三名的，予以表扬". */
    private static final PolicyRule TOP_THREE_THRICE = rule("RK-2", 3, new Ranking(Optional.empty(), Optional.of(3), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of(), Optional.empty()), "COMMENDATION", "STANDING_COMMITTEE");
    /** RK-3 "年度积分排名后40%的，约谈", each year on its own. */
    private static final PolicyRule BOTTOM_FORTY_PERCENT = rule("RK-3", null, new Ranking(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.of(new BigDecimal("40")), List.of(), Optional.empty()), "INTERVIEW", "DELEGATION_HEAD");
    /** RK-4 "连续两年评为较差的，告诫". */
    private static final PolicyRule POOR_TWICE = rule("RK-4", 2, new Ranking(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of("较差"), Optional.empty()), "ADMONITION", "STANDING_COMMITTEE");
    /** RK-5 "年度积分不满60分的，约谈". */
    private static final PolicyRule UNDER_SIXTY = rule("RK-5", null, new Ranking(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of(), Optional.of(new BandEdge(new BigDecimal("60"), false))), "INTERVIEW", "DELEGATION_HEAD");

    private static Ranking bottom(int n) {
        return new Ranking(Optional.of(RankScope.CONGRESS), Optional.empty(), Optional.of(n), Optional.empty(), Optional.empty(), List.of(),
                Optional.empty());
    }

    private static PolicyRule rule(String id, Integer consecutive, Ranking ranking, String action, String actor) {
        return supervisionRule(id, new Supervision(new Trigger("RANKING", List.of(), List.of(), Optional.empty(), Optional.ofNullable(consecutive),
                calendarYear(), false, false, Optional.of(ranking)), Optional.empty(), List.of(step(action, actor))));
    }

    /** The deputy's ranking cases as the congress-wide review keeps them, judged again whenever a score changes. */
    private static final class Docket {

        private final EffectiveProfile profile;
        private final Map<Integer, String> scores = new TreeMap<>();
        private final List<SupervisionCase> cases = new ArrayList<>();
        private Map<RankScope, String> units = Map.of(RankScope.CONGRESS, "");

        Docket(PolicyRule... rules) {
            this.profile = profileOf(rules);
        }

        /** Every deputy of the congress sits in one delegation. */
        Docket inOneDelegation() {
            units = Map.of(RankScope.CONGRESS, "", RankScope.DELEGATION, "一团");
            return this;
        }

        Docket score(int year, String score) {
            scores.put(year, score);
            return this;
        }

        Docket judge(String today) {
            Rejudgment changes = SupervisionEvaluator.judgeRankings(date -> profile,
                    new RankingFacts(DEPUTY, TERM, ordinaryDeputy(), placements(), cases), date(today));
            Stream.concat(changes.regrounded().stream(), changes.withdrawn().stream())
                    .forEach(changed -> cases.replaceAll(c -> c.id().equals(changed.id()) ? changed : c));
            changes.openings().forEach(opening -> cases.add(SupervisionCase.open(DEPUTY, opening, date(today))));
            return this;
        }

        private List<Placement> placements() {
            List<Placement> placements = new ArrayList<>();
            scores.forEach((year, own) -> {
                DateRange window = DateRange.year(year);
                List<ScoredDeputy> scored = new ArrayList<>(List.of(scored(DEPUTY, window, own)));
                for (int i = 0; i < OTHERS.size(); i++) {
                    scored.add(scored(OTHER_IDS.get(i), window, OTHERS.get(i)));
                }
                Standings.of(window, scored).stream().filter(p -> p.deputy().equals(DEPUTY)).forEach(placements::add);
            });
            return placements;
        }

        private ScoredDeputy scored(DeputyId deputy, DateRange window, String score) {
            BigDecimal total = new BigDecimal(score);
            return new ScoredDeputy(deputy, units, new DutyPoints("PT-1", "第一条", window, total,
                    Optional.of(total.compareTo(BigDecimal.valueOf(60)) < 0 ? "较差" : "合格"), List.of()));
        }

        List<SupervisionCase> open() {
            return cases.stream().filter(SupervisionCase::open).toList();
        }

        List<SupervisionCase> withdrawn() {
            return cases.stream().filter(c -> c.state() == CaseState.WITHDRAWN).toList();
        }
    }

    @Test
    @DisplayName("RK-1: last (55) in 2023 and second from the bottom (65) in 2024: one 诫勉谈话 naming both years with their ranks")
    void bottomTwoTwoYearsRunning() {
        Docket docket = new Docket(BOTTOM_TWO_TWICE).score(2023, "55").score(2024, "65").judge("2025-01-01");

        assertThat(docket.open()).singleElement().satisfies(opened -> {
            assertThat(opened.triggerKey()).isEqualTo("RANKING:CONGRESS:bottom2@2023-01-01");
            assertThat(opened.actionName()).isEqualTo("诫勉谈话");
            assertThat(opened.evidence()).containsExactly(
                    "2023-01-01至2023-12-31：积分55分（较差），在全体代表中排名第5名、倒数第1名，共5人",
                    "2023-01-01至2023-12-31：积分65分（合格），在全体代表中排名第4名、倒数第2名，共5人".replace("2023", "2024"));
            assertThat(opened.grounds().windows()).containsExactly(DateRange.year(2023), DateRange.year(2024));
        });
    }

    @Test
    @DisplayName("RK-1: a tie at the cut is in: 60 ties the last other deputy, 70 ties the third (both ranked second from the bottom); 71 is third from the bottom")
    void tiesAtTheCut() {
        assertThat(new Docket(BOTTOM_TWO_TWICE).score(2023, "60").score(2024, "70").judge("2025-01-01").open()).hasSize(1);
        assertThat(new Docket(BOTTOM_TWO_TWICE).score(2023, "60").score(2024, "71").judge("2025-01-01").open()).isEmpty();
    }

    @Test
    @DisplayName("RK-3: the bottom 40% of five is exactly ranks 1 and 2 from the bottom: 65 (second) is in, 75 (third) is not")
    void exactlyTheShare() {
        Docket docket = new Docket(BOTTOM_FORTY_PERCENT).score(2023, "65").score(2024, "75").judge("2025-01-01");

        assertThat(docket.open()).extracting(SupervisionCase::triggerKey).containsExactly("RANKING:CONGRESS:bottom40%@2023-01-01");
    }

    @Test
    @DisplayName("RK-1: a run broken by one good year opens nothing; the next two bad years are one case naming only them")
    void runBrokenByOneGoodYear() {
        Docket docket = new Docket(BOTTOM_TWO_TWICE).score(2023, "50").score(2024, "85").score(2025, "50").judge("2026-01-01");
        assertThat(docket.open()).isEmpty();

        docket.score(2026, "50").judge("2027-01-01");

        assertThat(docket.open()).singleElement().satisfies(opened -> {
            assertThat(opened.triggerKey()).endsWith("@2025-01-01");
            assertThat(opened.grounds().windows()).containsExactly(DateRange.year(2025), DateRange.year(2026));
        });
    }

    @Test
    @DisplayName("RK-1: a late fact that lifts 2024 out of the bottom two withdraws the case with its reason")
    void lateFactBreaksTheRun() {
        Docket docket = new Docket(BOTTOM_TWO_TWICE).score(2023, "50").score(2024, "50").judge("2025-01-02");
        assertThat(docket.open()).hasSize(1);

        docket.score(2024, "85").judge("2025-02-01");

        assertThat(docket.open()).isEmpty();
        assertThat(docket.withdrawn()).singleElement().satisfies(withdrawn -> assertThat(withdrawn.note().orElseThrow()).contains("RK-1", "撤销"));
    }

    @Test
    @DisplayName("RK-1: a late fact that drops 2024 into the bottom two completes the run and opens the case")
    void lateFactCompletesTheRun() {
        Docket docket = new Docket(BOTTOM_TWO_TWICE).score(2023, "50").score(2024, "85").judge("2025-01-05");
        assertThat(docket.open()).isEmpty();

        docket.score(2024, "59").judge("2025-03-01");

        assertThat(docket.open()).singleElement().satisfies(opened -> assertThat(opened.evidence()).hasSize(2));
    }

    @Test
    @DisplayName("RK-1: three bottom years judged year by year stay one case, opened once and naming all three")
    void aRunThatGrowsIsOneCase() {
        Docket docket = new Docket(BOTTOM_TWO_TWICE).score(2023, "50").score(2024, "50").judge("2025-01-01");
        docket.score(2025, "50").judge("2026-01-01").judge("2026-06-01");

        assertThat(docket.cases).singleElement().satisfies(opened -> {
            assertThat(opened.open()).isTrue();
            assertThat(opened.grounds().windows()).containsExactly(DateRange.year(2023), DateRange.year(2024), DateRange.year(2025));
        });
    }

    @Test
    @DisplayName("RK-2: top three for three years is commended (表扬) once the third year ends, not after two")
    void commendedAfterThreeYears() {
        Docket docket = new Docket(TOP_THREE_THRICE).score(2023, "95").score(2024, "80").score(2025, "70");
        assertThat(docket.judge("2025-12-31").open()).isEmpty();

        docket.judge("2026-01-01");

        assertThat(docket.open()).singleElement().satisfies(opened -> {
            assertThat(opened.action()).isEqualTo("COMMENDATION");
            assertThat(opened.actionName()).isEqualTo("表扬");
        });
    }

    @Test
    @DisplayName("RK-4 and RK-5: 较差 two years running admonished; under 60 (不满60) holds at 59.5 and not at exactly 60")
    void bandAndThreshold() {
        Docket poor = new Docket(POOR_TWICE, UNDER_SIXTY).score(2023, "59.5").score(2024, "60").judge("2025-01-01");

        assertThat(poor.open()).extracting(SupervisionCase::rule).containsExactly("RK-5");
        assertThat(poor.open().getFirst().triggerKey()).isEqualTo("RANKING:CONGRESS:below60@2023-01-01");

        Docket twice = new Docket(POOR_TWICE).score(2023, "59.5").score(2024, "12").judge("2025-01-01");
        assertThat(twice.open()).extracting(SupervisionCase::action).containsExactly("ADMONITION");
    }

    @Test
    @DisplayName("a deputy's per-fact judgment leaves ranking cases alone: they are judged for the whole congress together")
    void perDeputyJudgmentKeepsRankingCases() {
        Docket docket = new Docket(BOTTOM_TWO_TWICE).score(2023, "50").score(2024, "50").judge("2025-01-01");

        Rejudgment perDeputy = SupervisionEvaluator.judge(date -> profileOf(BOTTOM_TWO_TWICE), new SupervisionFacts(DEPUTY, TERM,
                ordinaryDeputy(), List.of(), List.of(), List.of(), docket.cases), date("2025-02-01"));

        assertThat(perDeputy.withdrawn()).isEmpty();
        assertThat(perDeputy.openings()).isEmpty();
    }

    @Test
    @DisplayName("a DELEGATION rule ranks within the delegation: last there twice opens the case; a deputy of no delegation is not ranked and opens nothing")
    void rankedWithinTheScope() {
        PolicyRule lastInDelegation = rule("RK-6", 2, new Ranking(Optional.of(RankScope.DELEGATION), Optional.empty(), Optional.of(1),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty()), "INTERVIEW", "DELEGATION_HEAD");

        assertThat(new Docket(lastInDelegation).inOneDelegation().score(2023, "10").score(2024, "10").judge("2025-01-01").open())
                .extracting(SupervisionCase::triggerKey).containsExactly("RANKING:DELEGATION:bottom1@2023-01-01");
        assertThat(new Docket(lastInDelegation).score(2023, "10").score(2024, "10").judge("2025-01-01").open()).isEmpty();
    }
}
