package org.lvzhi.adapter.persistence.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TenantIT;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.motion.port.out.JointProposalPort;
import org.lvzhi.application.report.port.out.OutstandingReport;
import org.lvzhi.application.report.port.out.ProposalLine;
import org.lvzhi.application.report.port.out.SuggestionLine;
import org.lvzhi.application.report.port.out.DeputySubmissionsPort;
import org.lvzhi.application.report.port.out.DutyReportPort;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.suggestion.port.out.SuggestionPort;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.motion.JointProposal;
import org.lvzhi.domain.motion.JointProposalId;
import org.lvzhi.domain.motion.PresidiumDecision;
import org.lvzhi.domain.motion.PresidiumOutcome;
import org.lvzhi.domain.motion.ProposalKind;
import org.lvzhi.domain.motion.ProposalState;
import org.lvzhi.domain.motion.ProposalText;
import org.lvzhi.domain.motion.SignatureThreshold;
import org.lvzhi.domain.report.DutyReport;
import org.lvzhi.domain.report.ReportState;
import org.lvzhi.domain.suggestion.ActionKind;
import org.lvzhi.domain.suggestion.Feedback;
import org.lvzhi.domain.suggestion.HandlingRole;
import org.lvzhi.domain.suggestion.HandlingUnit;
import org.lvzhi.domain.suggestion.Suggestion;
import org.lvzhi.domain.suggestion.SuggestionAction;
import org.lvzhi.domain.suggestion.SuggestionState;

class ReportAdaptersIT extends TenantIT {

    private static final int YEAR = 2025;
    private static final LocalDate DAY = LocalDate.of(YEAR, 3, 1);
    private static final Instant AT = Instant.parse("2025-03-01T01:00:00Z");

    @Inject DutyReportPort reports;
    @Inject DeputySubmissionsPort submissions;
    @Inject SuggestionPort suggestions;
    @Inject JointProposalPort proposals;
    @Inject LoadDeputyPort load;

    @Test
    @DisplayName("a deputy's report of a year is saved as a draft, then replaced when submitted; another congress cannot read it")
    void reportSavedAndReplaced() {
        DeputyId deputy = deputy("述职代表");
        DutyReport draft = new DutyReport(deputy, YEAR, "一年来，我参加了代表小组活动六次……", ReportState.DRAFT, Optional.empty());
        DutyReport submitted = new DutyReport(deputy, YEAR, "一年来，我参加了代表小组活动八次。", ReportState.SUBMITTED,
                Optional.of(LocalDate.of(YEAR, 12, 20)));

        run(() -> reports.save(draft));
        Optional<DutyReport> drafted = read(() -> reports.find(deputy, YEAR));
        run(() -> reports.save(submitted));

        assertThat(drafted).contains(draft);
        assertThat(read(() -> reports.find(deputy, YEAR))).contains(submitted);
        assertThat(read(() -> reports.find(deputy, YEAR - 1))).isEmpty();
        assertThat(read(other, () -> reports.find(deputy, YEAR))).isEmpty();
    }

    @Test
    @DisplayName("the outstanding reports of a year are the serving active deputies' without a submitted one, by name, drafts marked")
    void outstandingReports() {
        CongressId own = addCongress();
        TermId ownTerm = in(own, () -> addTerm(2021));
        TermId laterTerm = in(own, () -> addTerm(2031));
        DeputyId submitted = in(own, () -> addDeputy(ownTerm, "甲已交"));
        DeputyId drafted = in(own, () -> addDeputy(ownTerm, "一草稿"));
        DeputyId missing = in(own, () -> addDeputy(ownTerm, "二未交"));
        DeputyId resigned = in(own, () -> addDeputy(ownTerm, "丁辞职"));
        in(own, () -> addDeputy(laterTerm, "戊下届"));
        run(own, () -> {
            reports.save(new DutyReport(submitted, YEAR, "已交", ReportState.SUBMITTED, Optional.of(DAY)));
            reports.save(new DutyReport(drafted, YEAR, "草稿", ReportState.DRAFT, Optional.empty()));
            reports.save(new DutyReport(missing, YEAR - 1, "去年的", ReportState.SUBMITTED, Optional.of(DAY.minusYears(1))));
            deputies.update(load.find(resigned).orElseThrow().deputy().moveTo(DeputyStatus.RESIGNED));
        });

        Slice<OutstandingReport> first = read(own, () -> reports.outstanding(YEAR, new KeysetRequest(Optional.empty(), 1, true)));
        Slice<OutstandingReport> second = read(own, () -> reports.outstanding(YEAR, new KeysetRequest(first.next(), 1)));
        Slice<OutstandingReport> all = read(own, () -> reports.outstanding(YEAR, new KeysetRequest(Optional.empty(), 20)));

        assertThat(all.items()).containsExactly(new OutstandingReport(drafted, "一草稿", true), new OutstandingReport(missing, "二未交", false));
        assertThat(first.items()).containsExactly(all.items().getFirst());
        assertThat(second.items()).containsExactly(all.items().getLast());
        assertThat(second.next()).isEmpty();
        assertThat(first.total()).contains(2L);
        assertThat(all.total()).isEmpty();
    }

    @Test
    @DisplayName("a deputy's submissions of a period: suggestions sponsored or co-sponsored, with lead unit and latest verdict; proposals signed")
    void submissionsOfAPeriod() {
        DeputyId deputy = deputy("提交代表");
        DeputyId partner = deputy("合作代表");
        UnitId lead = in(() -> addUnit(UnitKind.HANDLING_UNIT, "县城管局"));
        Suggestion answered = submitted(deputy, List.of(), "关于占道经营的建议", DAY);
        Suggestion handled = new Suggestion(answered.id(), term, deputy, List.of(), answered.title(), answered.content(),
                SuggestionState.CLOSED, 1, List.of(new HandlingUnit(lead, HandlingRole.LEAD)), false, Optional.of(DAY),
                Optional.of(DAY.plusMonths(3)), Optional.empty(), Optional.empty(), List.of(answered.actions().get(0),
                answered.actions().get(1), feedback(Feedback.DISSATISFIED, 0), feedback(Feedback.SATISFIED, 1)));
        Suggestion coSponsored = submitted(partner, List.of(deputy), "关于公交线路的建议", DAY.plusDays(1));
        Suggestion tooLate = submitted(deputy, List.of(), "期外", DAY.plusYears(1));
        Suggestion draft = Suggestion.draft(term, deputy, List.of(), "草稿", "内容", new SuggestionAction.Acting("d", AT, DAY));
        run(() -> List.of(handled, coSponsored, tooLate, draft).forEach(suggestions::add));
        JointProposal led = proposal(List.of(deputy, partner), List.of(), "领衔议案", DAY);
        JointProposal withdrawnFrom = proposal(List.of(partner, deputy), List.of(deputy), "撤回附议", DAY.plusDays(2));
        run(() -> List.of(withdrawnFrom, led).forEach(proposals::add));

        List<SuggestionLine> lines = read(() -> submissions.suggestions(deputy, DAY, DAY.plusMonths(6)));
        List<ProposalLine> signed = read(() -> submissions.proposals(deputy, DAY, DAY.plusMonths(6)));

        assertThat(lines).containsExactly(
                new SuggestionLine(handled.id(), handled.title(), DAY, true, SuggestionState.CLOSED, Optional.of("县城管局"),
                        Optional.of(Feedback.SATISFIED)),
                new SuggestionLine(coSponsored.id(), coSponsored.title(), DAY.plusDays(1), false, SuggestionState.SUBMITTED,
                        Optional.empty(), Optional.empty()));
        assertThat(signed).containsExactly(
                new ProposalLine(led.id(), ProposalKind.MOTION, "领衔议案", DAY, true, false, ProposalState.PLACED_ON_AGENDA,
                        Optional.of(PresidiumOutcome.PLACED_ON_AGENDA), Optional.of(DAY.plusDays(5))),
                new ProposalLine(withdrawnFrom.id(), ProposalKind.MOTION, "撤回附议", DAY.plusDays(2), false, true,
                        ProposalState.PLACED_ON_AGENDA, Optional.of(PresidiumOutcome.PLACED_ON_AGENDA), Optional.of(DAY.plusDays(5))));
        assertThat(read(other, () -> submissions.suggestions(deputy, DAY, DAY.plusMonths(6)))).isEmpty();
        assertThat(read(other, () -> submissions.proposals(deputy, DAY, DAY.plusMonths(6)))).isEmpty();
    }

    private Suggestion submitted(DeputyId sponsor, List<DeputyId> coSponsors, String title, LocalDate on) {
        return Suggestion.draft(term, sponsor, coSponsors, title, title + "：内容", new SuggestionAction.Acting("d", AT, on.minusDays(1)))
                .submit(new SuggestionAction.Acting("d", AT.plusSeconds(60), on));
    }

    private static SuggestionAction feedback(Feedback verdict, int round) {
        return new SuggestionAction(ActionKind.FEEDBACK_GIVEN, round, "d", AT, DAY.plusMonths(2 + round), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(verdict), Optional.empty());
    }

    private JointProposal proposal(List<DeputyId> signatories, List<DeputyId> withdrawn, String title, LocalDate filedOn) {
        return new JointProposal(JointProposalId.random(), ProposalKind.MOTION, term, new ProposalText(title, Optional.empty(),
                Optional.empty(), Optional.empty()), signatories, withdrawn,
                new SignatureThreshold("DL-18", "第十八条", 10, Optional.empty(), 0, List.of()), filedOn, "staff",
                ProposalState.PLACED_ON_AGENDA, Optional.empty(),
                Optional.of(new PresidiumDecision(PresidiumOutcome.PLACED_ON_AGENDA, Optional.empty(), DAY.plusDays(5), "主席团")),
                Optional.empty());
    }
}
