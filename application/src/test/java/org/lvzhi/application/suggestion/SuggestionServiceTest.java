package org.lvzhi.application.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lvzhi.application.testing.TestData.HUNAN;
import static org.lvzhi.application.testing.ViolationAssertions.violationOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.suggestion.RecordingDeadlineClocks.Call;
import org.lvzhi.application.suggestion.port.in.AssignCommand;
import org.lvzhi.application.suggestion.port.in.DraftSuggestionCommand;
import org.lvzhi.application.suggestion.port.in.EvaluationCommand;
import org.lvzhi.application.suggestion.port.in.FeedbackCommand;
import org.lvzhi.application.suggestion.port.in.ReplyCommand;
import org.lvzhi.application.suggestion.port.in.ScreenCommand;
import org.lvzhi.application.suggestion.port.in.ScreeningDecision;
import org.lvzhi.application.suggestion.port.in.SuggestionPeople;
import org.lvzhi.domain.deadline.DeadlineSubject;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.shared.Violation;
import org.lvzhi.domain.suggestion.ActionKind;
import org.lvzhi.domain.suggestion.Feedback;
import org.lvzhi.domain.suggestion.Suggestion;
import org.lvzhi.domain.suggestion.SuggestionAction;
import org.lvzhi.domain.suggestion.SuggestionFilter;
import org.lvzhi.domain.suggestion.SuggestionState;

/** Suggestions through their statutory life under a Hunan-like profile, with a recording deadline engine. */
class SuggestionServiceTest {

    private final SuggestionTestBed bed = new SuggestionTestBed();

    @Test
    @DisplayName("HN-5: staff refuse a suggestion about a specific court case; the category is named, and nothing further is done with it")
    void refusedAsSpecificCourtCase() {
        Suggestion submitted = submitted("关于督促某区法院重审我表弟借款纠纷案的建议", "（2025）湘0102民初1234号案件判决不公，请求督促法院依法重审。");

        Violation motionOnly = violationOf(() -> bed.screening.screen(bed.liaison, submitted.id(),
                new ScreenCommand(ScreeningDecision.REFUSE, Optional.of("OUTSIDE_CONGRESS_POWERS"), Optional.empty())));
        Suggestion refused = bed.screening.screen(bed.liaison, submitted.id(),
                new ScreenCommand(ScreeningDecision.REFUSE, Optional.of("SPECIFIC_JUDICIAL_CASE"), Optional.empty()));
        Violation assigning = violationOf(() -> bed.handling.assign(bed.liaison, submitted.id(),
                new AssignCommand(bed.water.id(), List.of(), false)));

        assertThat(motionOnly.field()).isEqualTo("category");
        assertThat(motionOnly.message()).contains("SPECIFIC_JUDICIAL_CASE（涉及具体司法案件）");
        assertThat(refused.state()).isEqualTo(SuggestionState.REFUSED);
        assertThat(refused.refusal()).contains("涉及具体司法案件（HN-5，第五条）");
        assertThat(assigning.field()).isEqualTo("state");
        assertThat(assigning.message()).contains("涉及具体司法案件").contains("交办");
        assertThat(bed.notifications.sent()).filteredOn(n -> n.event().equals("suggestion.screened")).singleElement()
                .satisfies(n -> assertThat(n.variables().get("outcome")).contains("涉及具体司法案件"));
        assertThat(bed.deadlines.calls).isEmpty();
    }

    @Test
    @DisplayName("BL-13, HN-6: dissatisfied with the answer, re-assigned, answered again and closed, each clock started and stopped")
    void dissatisfiedRehandledClosed() {
        Suggestion suggestion = accepted("关于加快农村饮水安全工程建设的建议", "建议加大省级财政投入，加快农村饮水安全巩固提升工程建设。");
        DeadlineSubject subject = new DeadlineSubject("SUGGESTION", suggestion.id().toString(), suggestion.title(),
                Optional.of(bed.water.id()));

        bed.clock.setToday(LocalDate.of(2026, 1, 31));
        Suggestion assigned = bed.handling.assign(bed.liaison, suggestion.id(), new AssignCommand(bed.water.id(), List.of(bed.education.id()), false));
        bed.clock.setToday(LocalDate.of(2026, 4, 20));
        Suggestion replied = bed.handling.reply(bed.waterUnit, suggestion.id(), new ReplyCommand("已安排专项资金，年内完成改造。", "王厅长"));
        bed.clock.setToday(LocalDate.of(2026, 5, 6));
        Suggestion dissatisfied = bed.handling.feedback(bed.liuCaller, suggestion.id(),
                new FeedbackCommand(Feedback.DISSATISFIED, Optional.of("答复未说明资金到位时间和覆盖村组")));
        bed.clock.setToday(LocalDate.of(2026, 5, 8));
        Suggestion reassigned = bed.handling.reassign(bed.liaison, suggestion.id(), Optional.empty());
        bed.clock.setToday(LocalDate.of(2026, 6, 1));
        Suggestion repliedAgain = bed.handling.reply(bed.waterUnit, suggestion.id(),
                new ReplyCommand("资金已于5月下达，覆盖12个乡镇86个村。", "王厅长"));
        bed.clock.setToday(LocalDate.of(2026, 6, 10));
        Suggestion closed = bed.handling.feedback(bed.liuCaller, suggestion.id(), new FeedbackCommand(Feedback.BASICALLY_SATISFIED, Optional.empty()));

        assertThat(List.of(assigned.state(), replied.state(), dissatisfied.state(), reassigned.state(), repliedAgain.state(), closed.state()))
                .containsExactly(SuggestionState.ASSIGNED, SuggestionState.REPLIED, SuggestionState.DISSATISFIED,
                        SuggestionState.REASSIGNED, SuggestionState.REPLIED, SuggestionState.CLOSED);
        assertThat(assigned.replyDueOn()).contains(LocalDate.of(2026, 4, 30));
        assertThat(replied.feedbackDueOn()).contains(LocalDate.of(2026, 5, 20));
        assertThat(reassigned.replyDueOn()).contains(LocalDate.of(2026, 6, 8));
        assertThat(reassigned.round()).isEqualTo(2);
        assertThat(bed.deadlines.calls).containsExactly(
                new Call("start", "SUGGESTION_ASSIGNED", subject, LocalDate.of(2026, 1, 31), false),
                new Call("stop", "SUGGESTION_ASSIGNED", subject, LocalDate.of(2026, 4, 20), false),
                new Call("start", "SUGGESTION_REPLIED", subject, LocalDate.of(2026, 4, 20), false),
                new Call("stop", "SUGGESTION_REPLIED", subject, LocalDate.of(2026, 5, 6), false),
                new Call("start", "SUGGESTION_REASSIGNED", subject, LocalDate.of(2026, 5, 8), false),
                new Call("stop", "SUGGESTION_REASSIGNED", subject, LocalDate.of(2026, 6, 1), false),
                new Call("start", "SUGGESTION_REPLIED", subject, LocalDate.of(2026, 6, 1), false),
                new Call("stop", "SUGGESTION_REPLIED", subject, LocalDate.of(2026, 6, 10), false));
        assertThat(closed.actions()).extracting(SuggestionAction::kind).containsExactly(ActionKind.DRAFTED, ActionKind.SUBMITTED,
                ActionKind.ACCEPTED, ActionKind.ASSIGNED, ActionKind.REPLIED, ActionKind.FEEDBACK_GIVEN, ActionKind.REASSIGNED,
                ActionKind.REPLIED, ActionKind.FEEDBACK_GIVEN);
        assertThat(closed.actions()).extracting(SuggestionAction::by).containsExactly("liu.zq", "liu.zq", "hunan-liaison",
                "hunan-liaison", "water.head", "liu.zq", "hunan-liaison", "water.head", "liu.zq");
        assertThat(bed.notifications.sent()).extracting(n -> n.event()).contains("suggestion.assigned", "suggestion.replied",
                "suggestion.feedback-given", "suggestion.reassigned");
    }

    @Test
    @DisplayName("HN-6: a dissatisfied feedback without reasons is refused")
    void dissatisfiedNeedsReasons() {
        Suggestion suggestion = repliedByWater();

        Violation violation = violationOf(() -> bed.handling.feedback(bed.liuCaller, suggestion.id(),
                new FeedbackCommand(Feedback.DISSATISFIED, Optional.empty())));

        assertThat(violation.field()).isEqualTo("reasons");
        assertThat(violation.message()).contains("具体原因");
    }

    @Test
    @DisplayName("QH-3.5, BL-13: a complex suggestion runs 6 months, and its answer after 3 months needs a progress explanation first")
    void complexNeedsProgressExplanation() {
        Suggestion suggestion = accepted("关于湘江流域综合治理的建议", "建议建立湘江流域上下游生态补偿机制。");
        bed.clock.setToday(LocalDate.of(2026, 1, 31));
        Suggestion assigned = bed.handling.assign(bed.liaison, suggestion.id(), new AssignCommand(bed.water.id(), List.of(), true));
        bed.clock.setToday(LocalDate.of(2026, 5, 15));

        Violation early = violationOf(() -> bed.handling.reply(bed.waterUnit, suggestion.id(), new ReplyCommand("已完成。", "王厅长")));
        bed.handling.reportProgress(bed.waterUnit, suggestion.id(), "已完成流域调查，补偿办法正在征求意见。");
        Suggestion replied = bed.handling.reply(bed.waterUnit, suggestion.id(), new ReplyCommand("补偿办法已印发。", "王厅长"));

        assertThat(assigned.replyDueOn()).contains(LocalDate.of(2026, 7, 31));
        assertThat(bed.deadlines.calls.getFirst().complex()).isTrue();
        assertThat(early.message()).contains("说明").contains("2026-04-30");
        assertThat(replied.state()).isEqualTo(SuggestionState.REPLIED);
    }

    @Test
    @DisplayName("an extension approved by the liaison office restarts the reply clock with the 6-month period from assignment")
    void extensionApproved() {
        Suggestion suggestion = accepted("关于湘江流域综合治理的建议", "建议建立湘江流域上下游生态补偿机制。");
        bed.clock.setToday(LocalDate.of(2026, 1, 31));
        bed.handling.assign(bed.liaison, suggestion.id(), new AssignCommand(bed.water.id(), List.of(), false));
        bed.clock.setToday(LocalDate.of(2026, 4, 1));
        bed.handling.requestExtension(bed.waterUnit, suggestion.id(), "涉及三市协调，需征求财政部门意见");

        Suggestion approved = bed.handling.decideExtension(bed.liaison, suggestion.id(), true, Optional.of("同意"));

        assertThat(approved.complex()).isTrue();
        assertThat(approved.replyDueOn()).contains(LocalDate.of(2026, 7, 31));
        assertThat(bed.deadlines.calls.subList(1, 3)).extracting(Call::verb, Call::event, Call::on, Call::complex).containsExactly(
                org.assertj.core.groups.Tuple.tuple("stop", "SUGGESTION_ASSIGNED", LocalDate.of(2026, 4, 1), false),
                org.assertj.core.groups.Tuple.tuple("start", "SUGGESTION_ASSIGNED", LocalDate.of(2026, 1, 31), true));
    }

    @Test
    @Tag("BL-13")
    @DisplayName("BL-13 “在三个月内不能办理完毕的应先向代表说明办理情况并在交办之日起六个月内办理完毕”: an explanation within the three months moves the reply to six months from assignment, with no approval and no overdue at three")
    void progressExplainedWithinThreeMonths() {
        Suggestion suggestion = accepted("关于湘江流域综合治理的建议", "建议建立湘江流域上下游生态补偿机制。");
        bed.clock.setToday(LocalDate.of(2026, 1, 31));
        bed.handling.assign(bed.liaison, suggestion.id(), new AssignCommand(bed.water.id(), List.of(), false));
        bed.clock.setToday(LocalDate.of(2026, 4, 30));

        Suggestion explained = bed.handling.reportProgress(bed.waterUnit, suggestion.id(), "需征求三市意见，预计六个月内答复。");

        assertThat(explained.complex()).isTrue();
        assertThat(explained.replyDueOn()).contains(LocalDate.of(2026, 7, 31));
        assertThat(bed.deadlines.calls.subList(1, 3)).extracting(Call::verb, Call::event, Call::on, Call::complex).containsExactly(
                org.assertj.core.groups.Tuple.tuple("stop", "SUGGESTION_ASSIGNED", LocalDate.of(2026, 4, 30), false),
                org.assertj.core.groups.Tuple.tuple("start", "SUGGESTION_ASSIGNED", LocalDate.of(2026, 1, 31), true));
    }

    @Test
    @Tag("BL-13")
    @DisplayName("BL-13 “在三个月内不能办理完毕的应先向代表说明办理情况”: an explanation a day after the three months moves nothing; the 3-month clock stays")
    void progressExplainedLate() {
        Suggestion suggestion = accepted("关于湘江流域综合治理的建议", "建议建立湘江流域上下游生态补偿机制。");
        bed.clock.setToday(LocalDate.of(2026, 1, 31));
        Suggestion assigned = bed.handling.assign(bed.liaison, suggestion.id(), new AssignCommand(bed.water.id(), List.of(), false));
        bed.clock.setToday(LocalDate.of(2026, 5, 1));

        Suggestion explained = bed.handling.reportProgress(bed.waterUnit, suggestion.id(), "仍在研究。");

        assertThat(assigned.replyDueOn()).contains(LocalDate.of(2026, 4, 30));
        assertThat(explained.complex()).isFalse();
        assertThat(bed.deadlines.calls).hasSize(1);
    }

    @Test
    @DisplayName("another handling unit finds nothing; a deputy may not reply; a reply not signed by the unit's head is refused")
    void whoMayReply() {
        Suggestion suggestion = accepted("关于加快农村饮水安全工程建设的建议", "建议加快工程建设。");
        bed.handling.assign(bed.liaison, suggestion.id(), new AssignCommand(bed.water.id(), List.of(), false));

        assertThatThrownBy(() -> bed.queries.find(bed.educationUnit, suggestion.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> bed.handling.reply(bed.educationUnit, suggestion.id(), new ReplyCommand("答复", "李厅长")))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> bed.handling.reply(bed.liuCaller, suggestion.id(), new ReplyCommand("答复", "刘志强")))
                .isInstanceOf(AccessDenied.class);
        Violation unsigned = violationOf(() -> bed.handling.reply(bed.waterUnit, suggestion.id(), new ReplyCommand("答复", "办公室小陈")));
        assertThat(unsigned.field()).isEqualTo("signedBy");
        assertThat(unsigned.message()).contains("办公室小陈").contains("省水利厅").contains("王厅长");
        assertThat(bed.queries.list(bed.waterUnit, SuggestionFilter.all(), KeysetRequest.of(null, 20)).items())
                .extracting(Suggestion::id).containsExactly(suggestion.id());
        assertThat(bed.queries.list(bed.educationUnit, SuggestionFilter.all(), KeysetRequest.of(null, 20)).items()).isEmpty();
    }

    @Test
    @DisplayName("the handling unit reads the names of the sponsors and of its head, who may sign the reply; another unit finds nothing")
    void peopleByName() {
        Suggestion draft = bed.filing.draft(bed.liuCaller, new DraftSuggestionCommand("关于加快农村饮水安全工程建设的建议", "建议加快工程建设。",
                List.of(bed.zhang.id())));
        bed.filing.submit(bed.liuCaller, draft.id());
        bed.screening.screen(bed.liaison, draft.id(), new ScreenCommand(ScreeningDecision.ACCEPT, Optional.empty(), Optional.empty()));
        SuggestionPeople beforeAssignment = bed.queries.people(bed.liuCaller, draft.id());
        bed.handling.assign(bed.liaison, draft.id(), new AssignCommand(bed.water.id(), List.of(), false));

        SuggestionPeople people = bed.queries.people(bed.waterUnit, draft.id());

        assertThat(beforeAssignment.leadHeads()).isEmpty();
        assertThat(people.sponsors()).containsExactly("刘志强", "张秀英");
        assertThat(people.leadHeads()).containsExactly("王厅长");
        assertThatThrownBy(() -> bed.queries.people(bed.educationUnit, draft.id())).isInstanceOf(NotFound.class);
    }

    @Test
    @DisplayName("submitting files a SUGGESTION duty record for the sponsor and each co-sponsor, and supervision hears of each")
    void submissionFilesDutyRecords() {
        Suggestion draft = bed.filing.draft(bed.liuCaller, new DraftSuggestionCommand("关于加快农村饮水安全工程建设的建议", "建议加快工程建设。",
                List.of(bed.zhang.id())));
        assertThat(bed.queries.find(bed.zhangCaller, draft.id()).state()).isEqualTo(SuggestionState.DRAFT);
        assertThatThrownBy(() -> bed.queries.find(bed.liaison, draft.id())).isInstanceOf(NotFound.class);

        bed.filing.submit(bed.liuCaller, draft.id());

        List<DutyRecord> records = bed.platform.transactions().readInCongress(HUNAN,
                () -> bed.platform.records().ofDeputy(bed.liu.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo("SUGGESTION");
            assertThat(r.registeredBy()).isEqualTo("system");
            assertThat(r.counts()).isTrue();
        });
        assertThat(bed.filed).containsExactly(bed.liu.id(), bed.zhang.id());
    }

    @Test
    @DisplayName("HN-5: a near-duplicate of the same term is proposed; merging joins its sponsor as co-sponsor, dismissing stops the proposal")
    void mergeNearDuplicates() {
        Suggestion first = submitted("关于加快农村饮水安全工程建设的建议", "建议加大省级财政投入。");
        Suggestion second = bed.filing.submit(bed.zhangCaller, bed.filing.draft(bed.zhangCaller,
                new DraftSuggestionCommand("关于加快推进农村饮水安全工程建设的建议", "山区农村饮水仍不稳定。", List.of())).id());

        assertThat(bed.queries.mergeCandidates(bed.liaison, second.id())).extracting(c -> c.suggestion().id()).containsExactly(first.id());
        Suggestion joined = bed.screening.merge(bed.liaison, second.id(), first.id());

        assertThat(joined.coSponsors()).containsExactly(bed.zhang.id());
        assertThat(bed.queries.find(bed.liaison, second.id()).state()).isEqualTo(SuggestionState.MERGED);
        assertThat(bed.queries.find(bed.zhangCaller, first.id()).id()).isEqualTo(first.id());
    }

    @Test
    @Tag("HN-5")
    @DisplayName("HN-5 “对于内容相同的，应当合并提出”: a suggestion with a near-duplicate of the term is not accepted beside it; once staff dismiss the candidate it is")
    void sameContentIsMergedNotAccepted() {
        Suggestion first = submitted("关于加快农村饮水安全工程建设的建议", "建议加大省级财政投入。");
        Suggestion second = bed.filing.submit(bed.zhangCaller, bed.filing.draft(bed.zhangCaller,
                new DraftSuggestionCommand("关于加快推进农村饮水安全工程建设的建议", "山区农村饮水仍不稳定。", List.of())).id());

        Violation beside = violationOf(() -> bed.screening.screen(bed.liaison, second.id(),
                new ScreenCommand(ScreeningDecision.ACCEPT, Optional.empty(), Optional.empty())));
        bed.screening.dismissMerge(bed.liaison, second.id(), first.id());
        Suggestion accepted = bed.screening.screen(bed.liaison, second.id(), new ScreenCommand(ScreeningDecision.ACCEPT, Optional.empty(), Optional.empty()));

        assertThat(beside.field()).isEqualTo("decision");
        assertThat(beside.message()).contains("关于加快农村饮水安全工程建设的建议").contains("合并");
        assertThat(accepted.state()).isEqualTo(SuggestionState.ACCEPTED);
    }

    @Test
    @DisplayName("JD-19: the sponsor evaluates the lead unit's attitude and handling once, after its reply; a co-sponsor may not")
    void evaluation() {
        Suggestion suggestion = repliedByWater();

        Suggestion evaluated = bed.handling.evaluate(bed.liuCaller, suggestion.id(),
                new EvaluationCommand(bed.water.id(), Feedback.SATISFIED, Feedback.BASICALLY_SATISFIED));

        assertThat(evaluated.actions().getLast()).satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ActionKind.EVALUATED);
            assertThat(a.attitude()).contains(Feedback.SATISFIED);
            assertThat(a.verdict()).contains(Feedback.BASICALLY_SATISFIED);
        });
        assertThat(violationOf(() -> bed.handling.evaluate(bed.liuCaller, suggestion.id(),
                new EvaluationCommand(bed.water.id(), Feedback.SATISFIED, Feedback.SATISFIED))).field()).isEqualTo("unitId");
    }

    private Suggestion submitted(String title, String content) {
        Suggestion draft = bed.filing.draft(bed.liuCaller, new DraftSuggestionCommand(title, content, List.of()));
        return bed.filing.submit(bed.liuCaller, draft.id());
    }

    private Suggestion accepted(String title, String content) {
        Suggestion submitted = submitted(title, content);
        return bed.screening.screen(bed.liaison, submitted.id(), new ScreenCommand(ScreeningDecision.ACCEPT, Optional.empty(), Optional.empty()));
    }

    private Suggestion repliedByWater() {
        Suggestion suggestion = accepted("关于加快农村饮水安全工程建设的建议", "建议加快工程建设。");
        bed.handling.assign(bed.liaison, suggestion.id(), new AssignCommand(bed.water.id(), List.of(), false));
        return bed.handling.reply(bed.waterUnit, suggestion.id(), new ReplyCommand("已安排。", "王厅长"));
    }
}
