package org.lvzhi.domain.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.shared.ViolationAssertions.violationOf;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyId;

class SuggestionTest {

    private static final LocalDate SUBMITTED_ON = LocalDate.of(2025, 3, 10);
    private static final LocalDate ASSIGNED_ON = LocalDate.of(2025, 3, 20);
    private final TermId term = TermId.random();
    private final DeputyId sponsor = DeputyId.random();
    private final DeputyId coSponsor = DeputyId.random();
    private final UnitId lead = UnitId.random();
    private final UnitId coHandler = UnitId.random();

    private static SuggestionAction.Acting on(LocalDate date) {
        return new SuggestionAction.Acting("someone", date.atStartOfDay().toInstant(ZoneOffset.ofHours(8)), date);
    }

    private Suggestion draft() {
        return Suggestion.draft(term, sponsor, List.of(coSponsor), "关于加强农村道路养护的建议", "建议增加养护经费。", on(SUBMITTED_ON));
    }

    private Suggestion accepted() {
        return draft().submit(on(SUBMITTED_ON)).accept(Optional.empty(), on(SUBMITTED_ON.plusDays(2)));
    }

    private Suggestion assigned(boolean complex) {
        return accepted().assign(List.of(new HandlingUnit(lead, HandlingRole.LEAD), new HandlingUnit(coHandler, HandlingRole.CO)),
                complex, on(ASSIGNED_ON));
    }

    private Suggestion replied() {
        return assigned(false).replyDue(Optional.of(ASSIGNED_ON.plusMonths(3)))
                .reply(lead, "已安排专项经费。", "王局长", on(ASSIGNED_ON.plusMonths(2)))
                .feedbackDue(Optional.of(ASSIGNED_ON.plusMonths(3)));
    }

    @Test
    @DisplayName("a draft changes until it is submitted; then it waits for screening and a draft's edits are refused")
    void draftThenSubmit() {
        Suggestion revised = draft().revise("关于农村道路养护的建议", "建议增加经费。", List.of());

        Suggestion submitted = revised.submit(on(SUBMITTED_ON));

        assertThat(revised.state()).isEqualTo(SuggestionState.DRAFT);
        assertThat(revised.coSponsors()).isEmpty();
        assertThat(submitted.state()).isEqualTo(SuggestionState.SUBMITTED);
        assertThat(submitted.actions()).extracting(SuggestionAction::kind).containsExactly(ActionKind.DRAFTED, ActionKind.SUBMITTED);
        assertThat(violationOf(() -> submitted.revise("新标题", "新内容", List.of())).message()).contains("修改");
    }

    @Test
    @DisplayName("the sponsor cannot co-sponsor, nor anyone twice")
    void coSponsors() {
        assertThat(violationOf(() -> draft().revise("标题", "内容", List.of(sponsor))).field()).isEqualTo("coSponsors");
        assertThat(violationOf(() -> draft().revise("标题", "内容", List.of(coSponsor, coSponsor))).field()).isEqualTo("coSponsors");
    }

    @Test
    @DisplayName("screening refuses with the category and reason; a refused suggestion says why whatever is tried next")
    void refused() {
        Suggestion refused = draft().submit(on(SUBMITTED_ON)).refuse("PERSONAL", "属于个人诉求", on(SUBMITTED_ON.plusDays(1)));

        assertThat(refused.state()).isEqualTo(SuggestionState.REFUSED);
        assertThat(refused.refusal()).contains("属于个人诉求");
        assertThat(refused.actions().getLast().code()).contains("PERSONAL");
        assertThat(violationOf(() -> refused.accept(Optional.empty(), on(SUBMITTED_ON.plusDays(2)))).message())
                .contains("属于个人诉求");
    }

    @Test
    @DisplayName("merging ends the merged one, pointing at its target; the target takes its sponsors as co-sponsors once")
    void merge() {
        Suggestion target = accepted();
        DeputyId other = DeputyId.random();
        Suggestion merged = Suggestion.draft(term, other, List.of(coSponsor), "同题建议", "内容相同。", on(SUBMITTED_ON))
                .submit(on(SUBMITTED_ON));

        Suggestion ended = merged.mergeInto(target, on(SUBMITTED_ON.plusDays(3)));
        Suggestion joined = target.absorb(merged, on(SUBMITTED_ON.plusDays(3)));

        assertThat(ended.state()).isEqualTo(SuggestionState.MERGED);
        assertThat(ended.mergedInto()).contains(target.id());
        assertThat(joined.coSponsors()).containsExactly(coSponsor, other);
        assertThat(joined.state()).isEqualTo(SuggestionState.ACCEPTED);
        assertThat(violationOf(() -> merged.mergeInto(merged, on(SUBMITTED_ON))).field()).isEqualTo("intoId");
    }

    @Test
    @DisplayName("assignment names one lead unit, starts round 1 on its date, and waits for the clock to give the reply date")
    void assign() {
        Suggestion assigned = assigned(false);

        assertThat(assigned.state()).isEqualTo(SuggestionState.ASSIGNED);
        assertThat(assigned.round()).isEqualTo(1);
        assertThat(assigned.assignedOn()).contains(ASSIGNED_ON);
        assertThat(assigned.leadUnit()).contains(lead);
        assertThat(assigned.replyDueOn()).isEmpty();
        assertThat(assigned.replyDue(Optional.of(LocalDate.of(2025, 6, 20))).replyDueOn()).contains(LocalDate.of(2025, 6, 20));
        assertThat(violationOf(() -> accepted().assign(List.of(new HandlingUnit(lead, HandlingRole.CO)), false,
                on(ASSIGNED_ON))).field()).isEqualTo("leadUnitId");
        assertThat(violationOf(() -> draft().assign(List.of(new HandlingUnit(lead, HandlingRole.LEAD)), false, on(ASSIGNED_ON)))
                .field()).isEqualTo("state");
    }

    @Test
    @DisplayName("a progress explanation within the first 3 months moves an ordinary suggestion to the 6-month period (BL-13)")
    void progressWithinThreeMonths() {
        Suggestion explained = assigned(false).reportProgress(lead, "正在调研", on(ASSIGNED_ON.plusMonths(3)));
        Suggestion late = assigned(false).reportProgress(lead, "正在调研", on(ASSIGNED_ON.plusMonths(3).plusDays(1)));

        assertThat(explained.complex()).isTrue();
        assertThat(late.complex()).isFalse();
        assertThat(violationOf(() -> assigned(false).reportProgress(coHandler, "进展", on(ASSIGNED_ON))).field()).isEqualTo("unitId");
    }

    @Test
    @DisplayName("the lead asks once for the longer period; approval makes it complex, refusal keeps 3 months")
    void extension() {
        Suggestion requested = assigned(false).requestExtension(lead, "涉及多个部门", on(ASSIGNED_ON.plusDays(10)));

        assertThat(requested.extensionPending()).isTrue();
        assertThat(violationOf(() -> requested.requestExtension(lead, "再申请", on(ASSIGNED_ON.plusDays(11)))).message())
                .contains("待审批");
        Suggestion approved = requested.decideExtension(true, Optional.empty(), on(ASSIGNED_ON.plusDays(12)));
        Suggestion refused = requested.decideExtension(false, Optional.of("不符合条件"), on(ASSIGNED_ON.plusDays(12)));
        assertThat(approved.complex()).isTrue();
        assertThat(approved.extensionPending()).isFalse();
        assertThat(refused.complex()).isFalse();
        assertThat(violationOf(() -> approved.requestExtension(lead, "又一次", on(ASSIGNED_ON.plusDays(13)))).field())
                .isEqualTo("state");
        assertThat(violationOf(() -> assigned(false).decideExtension(true, Optional.empty(), on(ASSIGNED_ON))).field())
                .isEqualTo("state");
    }

    @Test
    @DisplayName("a complex suggestion answered after 3 months needs a progress explanation in that round first")
    void complexReplyNeedsProgress() {
        LocalDate after = ASSIGNED_ON.plusMonths(4);

        assertThat(violationOf(() -> assigned(true).reply(lead, "答复", "王局长", on(after))).message())
                .contains(ASSIGNED_ON.plusMonths(3).toString());
        Suggestion answered = assigned(true).reportProgress(lead, "调研中", on(ASSIGNED_ON.plusMonths(3)))
                .reply(lead, "答复", "王局长", on(after));
        assertThat(answered.state()).isEqualTo(SuggestionState.REPLIED);
    }

    @Test
    @DisplayName("the reply is signed by the lead unit's head and clears the reply date; only the lead replies")
    void reply() {
        Suggestion replied = replied();

        assertThat(replied.state()).isEqualTo(SuggestionState.REPLIED);
        assertThat(replied.replyDueOn()).isEmpty();
        assertThat(replied.replies()).singleElement().satisfies(r -> {
            assertThat(r.signedBy()).contains("王局长");
            assertThat(r.unit()).contains(lead);
            assertThat(r.on()).isEqualTo(ASSIGNED_ON.plusMonths(2));
        });
        assertThat(violationOf(() -> assigned(false).reply(coHandler, "答复", "李主任", on(ASSIGNED_ON))).field())
                .isEqualTo("unitId");
    }

    @Test
    @DisplayName("a satisfied feedback closes it; a dissatisfied one needs reasons and awaits re-handling, once only (BL-13)")
    void feedbackAndRehandling() {
        Suggestion satisfied = replied().feedback(Feedback.SATISFIED, Optional.empty(), on(ASSIGNED_ON.plusMonths(2).plusDays(5)));
        assertThat(satisfied.state()).isEqualTo(SuggestionState.CLOSED);
        assertThat(satisfied.feedbackDueOn()).isEmpty();
        assertThat(violationOf(() -> replied().feedback(Feedback.DISSATISFIED, Optional.of(" "), on(ASSIGNED_ON))).field())
                .isEqualTo("reasons");

        Suggestion dissatisfied = replied().feedback(Feedback.DISSATISFIED, Optional.of("未解决实际问题"),
                on(ASSIGNED_ON.plusMonths(2).plusDays(5)));
        assertThat(dissatisfied.state()).isEqualTo(SuggestionState.DISSATISFIED);

        LocalDate again = ASSIGNED_ON.plusMonths(3);
        Suggestion reassigned = dissatisfied.reassign(List.of(new HandlingUnit(coHandler, HandlingRole.LEAD)), on(again));
        assertThat(reassigned.state()).isEqualTo(SuggestionState.REASSIGNED);
        assertThat(reassigned.round()).isEqualTo(2);
        assertThat(reassigned.assignedOn()).contains(again);
        assertThat(reassigned.leadUnit()).contains(coHandler);

        Suggestion secondReply = reassigned.reply(coHandler, "再次答复", "李主任", on(again.plusDays(20)));
        Suggestion stillDissatisfied = secondReply.feedback(Feedback.DISSATISFIED, Optional.of("仍不满意"), on(again.plusDays(25)));
        assertThat(stillDissatisfied.state()).isEqualTo(SuggestionState.CLOSED);
    }

    @Test
    @DisplayName("each handling unit is evaluated once a round, and only after the reply")
    void evaluation() {
        LocalDate day = ASSIGNED_ON.plusMonths(2).plusDays(1);
        assertThat(violationOf(() -> assigned(false).evaluate(lead, Feedback.SATISFIED, Feedback.SATISFIED, on(day))).field())
                .isEqualTo("state");

        Suggestion evaluated = replied().evaluate(coHandler, Feedback.SATISFIED, Feedback.BASICALLY_SATISFIED, on(day));

        assertThat(evaluated.actions().getLast().verdict()).contains(Feedback.BASICALLY_SATISFIED);
        assertThat(evaluated.actions().getLast().attitude()).contains(Feedback.SATISFIED);
        assertThat(violationOf(() -> evaluated.evaluate(coHandler, Feedback.SATISFIED, Feedback.SATISFIED, on(day))).field())
                .isEqualTo("unitId");
        assertThat(violationOf(() -> replied().evaluate(UnitId.random(), Feedback.SATISFIED, Feedback.SATISFIED, on(day))).field())
                .isEqualTo("unitId");
    }

    @Test
    @DisplayName("staff close a replied suggestion without feedback; a transition never loses the earlier history")
    void closeKeepsHistory() {
        Suggestion replied = replied();
        Suggestion closed = replied.close(Optional.of("代表未反馈"), on(ASSIGNED_ON.plusMonths(4)));

        assertThat(violationOf(() -> assigned(false).close(Optional.empty(), on(ASSIGNED_ON))).field()).isEqualTo("state");
        assertThat(closed.state()).isEqualTo(SuggestionState.CLOSED);
        assertThat(closed.actions()).extracting(SuggestionAction::kind).containsExactly(ActionKind.DRAFTED, ActionKind.SUBMITTED,
                ActionKind.ACCEPTED, ActionKind.ASSIGNED, ActionKind.REPLIED, ActionKind.CLOSED);
        assertThat(closed).usingRecursiveComparison().comparingOnlyFields("id", "term", "sponsor", "coSponsors", "title", "units")
                .isEqualTo(replied);
    }
}
