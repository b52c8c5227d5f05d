package org.lvzhi.adapter.persistence.archive;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TenantIT;
import org.lvzhi.application.archive.port.out.ComplianceStanding;
import org.lvzhi.application.archive.port.out.ComplianceStanding.QuotaLine;
import org.lvzhi.application.archive.port.out.StandingFilter;
import org.lvzhi.application.archive.port.out.ComplianceStandingPort;
import org.lvzhi.application.archive.port.out.SupervisionCasePort;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.domain.compliance.Compliance;
import org.lvzhi.domain.compliance.QuotaStatus;
import org.lvzhi.domain.compliance.QuotaVerdict;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.compliance.DateRange;
import org.lvzhi.domain.supervision.CaseOpening;
import org.lvzhi.domain.supervision.CaseOutcome;
import org.lvzhi.domain.supervision.CaseState;
import org.lvzhi.domain.supervision.SupervisionCase;

class ArchiveAdaptersIT extends TenantIT {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 30);

    @Inject SupervisionCasePort cases;
    @Inject ComplianceStandingPort standings;

    @Test
    @DisplayName("a case keeps its alternatives and evidence in order; closing it stores outcome, note, who and when")
    void caseRoundTripAndClosing() {
        DeputyId deputy = deputy("吴被督");
        SupervisionCase opened = SupervisionCase.open(deputy, new CaseOpening("QH-7.1", "第七条第一款", "2025-H1", 2, "WARNING",
                "常委会主任会议", List.of("约谈", "书面告诫"), List.of("连续两次无故缺席", "未参加小组活动")), DAY);
        run(() -> cases.open(opened));
        SupervisionCase closed = opened.close(CaseOutcome.RESOLVED, "已整改，恢复正常履职", "主任 王某", DAY.plusDays(10));

        SupervisionCase beforeClosing = read(() -> cases.find(opened.id())).orElseThrow();
        run(() -> cases.update(closed));

        assertThat(beforeClosing).isEqualTo(opened);
        assertThat(read(() -> cases.find(opened.id()))).contains(closed);
        assertThat(read(other, () -> cases.find(opened.id()))).isEmpty();
        assertThat(read(other, () -> cases.ofDeputy(deputy))).isEmpty();
    }

    @Test
    @DisplayName("a case is opened once per deputy, rule and trigger: the second opening says so and changes nothing")
    void openedOncePerTrigger() {
        DeputyId deputy = deputy("郭重复");
        SupervisionCase first = openCase(deputy, "QH-7.1", "2025-H1", 1, DAY);
        SupervisionCase again = openCase(deputy, "QH-7.1", "2025-H1", 2, DAY.plusDays(1));
        SupervisionCase nextTrigger = openCase(deputy, "QH-7.1", "2025-H2", 1, DAY.plusDays(2));

        boolean openedFirst = in(() -> cases.open(first));
        boolean openedAgain = in(() -> cases.open(again));
        boolean openedNext = in(() -> cases.open(nextTrigger));

        assertThat(openedFirst).isTrue();
        assertThat(openedAgain).isFalse();
        assertThat(openedNext).isTrue();
        assertThat(read(() -> cases.ofDeputy(deputy))).containsExactly(first, nextTrigger);
    }

    @Test
    @DisplayName("cases of several deputies oldest first; the list filters by state, newest first, a page at a time")
    void casesOfDeputiesAndList() {
        CongressId own = addCongress();
        TermId ownTerm = in(own, () -> addTerm(2021));
        DeputyId first = in(own, () -> addDeputy(ownTerm, "一号"));
        DeputyId second = in(own, () -> addDeputy(ownTerm, "二号"));
        SupervisionCase early = openCase(first, "R1", "k1", 1, DAY);
        SupervisionCase middle = openCase(second, "R1", "k1", 1, DAY.plusDays(1));
        SupervisionCase late = openCase(first, "R2", "k1", 1, DAY.plusDays(2));
        run(own, () -> List.of(late, early, middle).forEach(cases::open));
        SupervisionCase closed = middle.close(CaseOutcome.DISMISSED, "误报", "staff", DAY.plusDays(3));
        run(own, () -> cases.update(closed));

        Slice<SupervisionCase> open = read(own, () -> cases.list(Optional.of(CaseState.OPEN), new KeysetRequest(Optional.empty(), 1, true)));
        Slice<SupervisionCase> all = read(own, () -> cases.list(Optional.empty(), new KeysetRequest(Optional.empty(), 20, true)));

        assertThat(read(own, () -> cases.ofDeputies(List.of(first, second)))).containsExactly(early, closed, late);
        assertThat(open.items()).containsExactly(late);
        assertThat(open.total()).contains(2L);
        assertThat(all.items()).containsExactly(late, closed, early);
    }

    @Test
    @DisplayName("standings are replaced on each evaluation, listed worst first then by name, filtered by status and the seat's units")
    void standingsWorstFirstAndFiltered() {
        CongressId own = addCongress();
        TermId ownTerm = in(own, () -> addTerm(2021));
        UnitId group = in(own, () -> addUnit(UnitKind.DEPUTY_GROUP, "第一小组"));
        DeputyId behind = in(own, () -> addDeputy(ownTerm, "乙落后", inGroup(group)));
        DeputyId met = in(own, () -> addDeputy(ownTerm, "甲达标", inGroup(group)));
        DeputyId atRisk = in(own, () -> addDeputy(ownTerm, "丙风险"));
        Map<DeputyId, Compliance> first = new LinkedHashMap<>();
        first.put(behind, compliance(QuotaStatus.MET, 5));
        first.put(met, compliance(QuotaStatus.MET, 4));
        first.put(atRisk, compliance(QuotaStatus.AT_RISK, 1));
        run(own, () -> standings.saveAll(first));
        run(own, () -> standings.saveAll(Map.of(behind, new Compliance(DAY.plusDays(1), List.of(
                verdict("QH-3.1", QuotaStatus.BEHIND, 0), verdict("QH-3.2", QuotaStatus.ON_TRACK, 2))))));

        StandingFilter none = new StandingFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        Slice<ComplianceStanding> all = read(own, () -> standings.list(none, new KeysetRequest(Optional.empty(), 2, true)));
        Slice<ComplianceStanding> rest = read(own, () -> standings.list(none, new KeysetRequest(all.next(), 2)));
        Slice<ComplianceStanding> metOnly = read(own, () -> standings.list(new StandingFilter(Optional.of(QuotaStatus.MET), Optional.empty(),
                Optional.empty(), Optional.empty()), new KeysetRequest(Optional.empty(), 20)));
        Slice<ComplianceStanding> ofGroup = read(own, () -> standings.list(new StandingFilter(Optional.empty(), Optional.of(group),
                Optional.empty(), Optional.empty()), new KeysetRequest(Optional.empty(), 20)));

        assertThat(all.total()).contains(3L);
        assertThat(all.items()).extracting(ComplianceStanding::name).containsExactly("乙落后", "丙风险");
        assertThat(rest.items()).extracting(ComplianceStanding::name).containsExactly("甲达标");
        assertThat(rest.next()).isEmpty();
        assertThat(read(own, () -> standings.countsByStatus(none))).containsOnly(Map.entry(QuotaStatus.BEHIND, 1L),
                Map.entry(QuotaStatus.AT_RISK, 1L), Map.entry(QuotaStatus.MET, 1L));
        assertThat(read(own, () -> standings.countsByStatus(new StandingFilter(Optional.of(QuotaStatus.MET), Optional.of(group),
                Optional.empty(), Optional.empty())))).containsOnly(Map.entry(QuotaStatus.BEHIND, 1L), Map.entry(QuotaStatus.MET, 1L));
        assertThat(all.items().getFirst()).isEqualTo(new ComplianceStanding(behind, "乙落后", DAY.plusDays(1), QuotaStatus.BEHIND, List.of(
                new QuotaLine("QH-3.1", "第三条", BigDecimal.ZERO, 4, QuotaStatus.BEHIND),
                new QuotaLine("QH-3.2", "第三条", BigDecimal.valueOf(2), 4, QuotaStatus.ON_TRACK))));
        assertThat(metOnly.items()).extracting(ComplianceStanding::deputy).containsExactly(met);
        assertThat(ofGroup.items()).extracting(ComplianceStanding::name).containsExactly("乙落后", "甲达标");
        assertThat(read(() -> standings.list(none, new KeysetRequest(Optional.empty(), 20))).items()).extracting(ComplianceStanding::deputy).doesNotContain(behind, met, atRisk);
    }

    private static Compliance compliance(QuotaStatus status, long count) {
        return new Compliance(DAY, List.of(verdict("QH-3.1", status, count)));
    }

    private static QuotaVerdict verdict(String rule, QuotaStatus status, long count) {
        return new QuotaVerdict(rule, "第三条", "每年走访选民不少于四次", List.of("VISIT"), BigDecimal.valueOf(count), Optional.empty(), 4,
                Optional.empty(),
                new DateRange(DAY.withDayOfYear(1), DAY), status, false);
    }

    private static SupervisionCase openCase(DeputyId deputy, String rule, String trigger, int step, LocalDate on) {
        return SupervisionCase.open(deputy, new CaseOpening(rule, "第七条", trigger, step, "TALK", "主任会议", List.of(), List.of()), on);
    }
}
