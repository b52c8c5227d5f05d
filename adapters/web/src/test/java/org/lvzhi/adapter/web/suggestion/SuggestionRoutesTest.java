package org.lvzhi.adapter.web.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.adapter.web.testing.ProblemAssert.assertInvalid;
import static org.lvzhi.adapter.web.testing.ProblemAssert.assertProblem;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.web.testing.Api;
import org.lvzhi.adapter.web.testing.FixedClock;
import org.lvzhi.adapter.web.testing.Script;
import org.lvzhi.adapter.web.testing.TestTokens;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.suggestion.port.out.AwaitingReply;
import org.lvzhi.application.suggestion.port.in.AssignCommand;
import org.lvzhi.application.suggestion.port.in.DraftSuggestionCommand;
import org.lvzhi.application.suggestion.port.in.EvaluationCommand;
import org.lvzhi.application.suggestion.port.in.FeedbackCommand;
import org.lvzhi.application.suggestion.port.in.FilingUseCases;
import org.lvzhi.application.suggestion.port.in.HandlingUseCases;
import org.lvzhi.application.suggestion.port.in.ReplyCommand;
import org.lvzhi.application.suggestion.port.in.ScreenCommand;
import org.lvzhi.application.suggestion.port.in.ScreeningDecision;
import org.lvzhi.application.suggestion.port.in.ScreeningUseCases;
import org.lvzhi.application.suggestion.port.in.SuggestionQueries;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.suggestion.Feedback;
import org.lvzhi.domain.suggestion.NearDuplicates;
import org.lvzhi.domain.suggestion.Suggestion;
import org.lvzhi.domain.suggestion.SuggestionAction;
import org.lvzhi.domain.suggestion.SuggestionFilter;
import org.lvzhi.domain.suggestion.SuggestionId;
import org.lvzhi.domain.suggestion.SuggestionState;

/** Filing, screening, reading and handling suggestions over HTTP, the use cases replaced by fakes. */
@MicronautTest
class SuggestionRoutesTest {

    private static final CongressId QINGHAI = new CongressId("qinghai");
    private static final String DEPUTY = TestTokens.of("zhang", List.of("DEPUTY"), List.of("qinghai"));
    private static final String OFFICER = TestTokens.of("officer", List.of("LIAISON_OFFICER"), List.of("qinghai"));
    private static final String UNIT = TestTokens.of("water", List.of("HANDLING_UNIT"), List.of("qinghai"));
    private static final Suggestion DRAFT = Suggestion.draft(TermId.random(), DeputyId.random(), List.of(), "关于改善农村饮水的建议",
            "建议加快管网建设。", new SuggestionAction.Acting("zhang", FixedClock.NOW, FixedClock.TODAY));
    private static final String ID = DRAFT.id().toString();

    @Inject
    Api api;

    private final Script<SuggestionQueries> queries = Script.of(SuggestionQueries.class);
    private final Script<FilingUseCases> filing = Script.of(FilingUseCases.class);
    private final Script<ScreeningUseCases> screening = Script.of(ScreeningUseCases.class);
    private final Script<HandlingUseCases> handling = Script.of(HandlingUseCases.class);

    @MockBean(SuggestionQueries.class)
    SuggestionQueries queries() {
        return queries.port();
    }

    @MockBean(FilingUseCases.class)
    FilingUseCases filing() {
        return filing.port();
    }

    @MockBean(ScreeningUseCases.class)
    ScreeningUseCases screening() {
        return screening.port();
    }

    @MockBean(HandlingUseCases.class)
    HandlingUseCases handling() {
        return handling.port();
    }

    @BeforeEach
    void answerTheDraft() {
        filing.answer(DRAFT, "draft", "revise", "submit");
        screening.answer(DRAFT, "screen", "merge", "dismissMerge");
        handling.answer(DRAFT, "assign", "reassign", "urge", "decideExtension", "close", "reportProgress", "requestExtension",
                "reply", "feedback", "evaluate");
    }

    @Test
    @DisplayName("a drafted suggestion answers 201 with its state and Chinese state name; the draft reaches the use case as the caller")
    void drafts() {
        String coSponsor = DeputyId.random().toString();

        var created = api.postJson("/api/v1/suggestions", DEPUTY,
                "{\"title\":\"关于改善农村饮水的建议\",\"content\":\"建议加快管网建设。\",\"coSponsorIds\":[\"" + coSponsor + "\"]}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("id")).isEqualTo(ID);
        assertThat(created.text("state")).isEqualTo("DRAFT");
        assertThat(created.text("stateName")).containsPattern("\\p{IsHan}");
        assertThat(created.node().get("actions").get(0).get("kind").getStringValue()).isEqualTo("DRAFTED");
        DraftSuggestionCommand command = filing.argument("draft", 1, DraftSuggestionCommand.class);
        assertThat(command.title()).isEqualTo("关于改善农村饮水的建议");
        assertThat(command.coSponsors()).extracting(DeputyId::toString).containsExactly(coSponsor);
        ActingCaller caller = filing.argument("draft", 0, ActingCaller.class);
        assertThat(caller.subject()).isEqualTo("zhang");
        assertThat(caller.congress()).isEqualTo(QINGHAI);
    }

    @Test
    @DisplayName("a draft without title and content and with a bad co-sponsor is one 422 pointing at each, the list element by index")
    void refusesABadDraft() {
        var refused = api.postJson("/api/v1/suggestions", DEPUTY,
                "{\"coSponsorIds\":[\"" + DeputyId.random() + "\",\"nobody\"]}");

        assertInvalid(refused, "/title", "/content", "/coSponsorIds/1");
        assertThat(filing.called("draft")).isFalse();
    }

    @Test
    @DisplayName("the list's state and unit filters reach the use case parsed; both bad are one 422 naming both parameters")
    void filtersTheList() {
        queries.answer(new Slice<>(List.of(DRAFT), 20, Optional.empty()), "list");
        UnitId unit = UnitId.random();

        var listed = api.get("/api/v1/suggestions?state=ASSIGNED&unitId=" + unit, OFFICER);
        var refused = api.get("/api/v1/suggestions?state=LOST&unitId=7", OFFICER);

        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.node().get("items").get(0).get("title").getStringValue()).isEqualTo("关于改善农村饮水的建议");
        assertThat(listed.node().get("next").isNull()).isTrue();
        SuggestionFilter filter = queries.argument("list", 1, SuggestionFilter.class);
        assertThat(filter.state()).contains(SuggestionState.ASSIGNED);
        assertThat(filter.unit()).contains(unit);
        assertInvalid(refused, "/state", "/unitId");
    }

    @Test
    @DisplayName("a work list line says how many days are left until the reply is due, counted from the clock's today")
    void countsDaysLeft() {
        AwaitingReply due = new AwaitingReply(SuggestionId.random(), "关于道路的建议", SuggestionState.ASSIGNED, false, 1,
                FixedClock.TODAY.minusMonths(2), FixedClock.TODAY.plusDays(5), Optional.empty());
        AwaitingReply late = new AwaitingReply(SuggestionId.random(), "关于桥梁的建议", SuggestionState.ASSIGNED, true, 1,
                FixedClock.TODAY.minusMonths(4), FixedClock.TODAY.minusDays(3), Optional.of(UnitId.random()));
        queries.answer(new Slice<>(List.of(late, due), 2, Optional.of("bmV4dA")), "awaitingReply");

        var list = api.get("/api/v1/suggestions/awaiting-reply?size=2", UNIT);

        assertThat(list.status()).as(list.body()).isEqualTo(200);
        var items = list.node().get("items");
        assertThat(items.get(0).get("daysLeft").getIntValue()).isEqualTo(-3);
        assertThat(items.get(0).get("overdue").getBooleanValue()).isTrue();
        assertThat(items.get(1).get("daysLeft").getIntValue()).isEqualTo(5);
        assertThat(items.get(1).get("overdue").getBooleanValue()).isFalse();
        assertThat(list.header("Link")).contains("after=bmV4dA").contains("size=2");
    }

    @Test
    @DisplayName("an unknown suggestion is a 404 problem; a malformed id a 422 at /id that never reaches the use case")
    void answersMissingSuggestions() {
        queries.failNextWith(new NotFound("suggestion", ID));
        var missing = api.get("/api/v1/suggestions/" + ID, DEPUTY);
        var malformed = api.get("/api/v1/suggestions/abc", DEPUTY);

        assertProblem(missing, 404);
        assertInvalid(malformed, "/id");
    }

    @Test
    @DisplayName("merge candidates are a page, most alike first, each similarity rounded to two decimals")
    void listsMergeCandidates() {
        queries.answer(List.of(new NearDuplicates.Candidate(DRAFT, 0.87654, 0.5), new NearDuplicates.Candidate(DRAFT, 0.4, 0.33333)),
                "mergeCandidates");

        var candidates = api.get("/api/v1/suggestions/" + ID + "/merge-candidates?size=1", OFFICER);

        assertThat(candidates.status()).as(candidates.body()).isEqualTo(200);
        var first = candidates.node().get("items").get(0);
        assertThat(first.get("titleSimilarity").getDoubleValue()).isEqualTo(0.88);
        assertThat(first.get("suggestion").get("id").getStringValue()).isEqualTo(ID);
        assertThat(candidates.text("total")).isEqualTo("2");
        assertThat(candidates.header("Link")).contains("page=1");
    }

    @Test
    @DisplayName("screening takes a decision by its code; an unknown one is a 422 at /decision")
    void screens() {
        var screened = api.postJson("/api/v1/suggestions/" + ID + "/screening", OFFICER,
                "{\"decision\":\"ACCEPT\",\"category\":\"农业农村\"}");
        var refused = api.postJson("/api/v1/suggestions/" + ID + "/screening", OFFICER, "{\"decision\":\"MAYBE\"}");

        assertThat(screened.status()).as(screened.body()).isEqualTo(200);
        ScreenCommand command = screening.argument("screen", 2, ScreenCommand.class);
        assertThat(command.decision()).isEqualTo(ScreeningDecision.ACCEPT);
        assertThat(command.category()).contains("农业农村");
        assertThat(screening.argument("screen", 1, SuggestionId.class)).isEqualTo(DRAFT.id());
        assertInvalid(refused, "/decision");
    }

    @Test
    @DisplayName("merging names the target by intoId; a missing one is a 422 at /intoId")
    void merges() {
        SuggestionId into = SuggestionId.random();

        var merged = api.postJson("/api/v1/suggestions/" + ID + "/merge", OFFICER, "{\"intoId\":\"" + into + "\"}");
        var refused = api.postJson("/api/v1/suggestions/" + ID + "/merge", OFFICER, "{}");

        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(screening.argument("merge", 2, SuggestionId.class)).isEqualTo(into);
        assertInvalid(refused, "/intoId");
    }

    @Test
    @DisplayName("an assignment reaches the use case with its lead and co-units; a bad co-unit is a 422 at its index")
    void assigns() {
        UnitId lead = UnitId.random();
        UnitId co = UnitId.random();

        var assigned = api.postJson("/api/v1/suggestions/" + ID + "/assignment", OFFICER,
                "{\"leadUnitId\":\"" + lead + "\",\"coUnitIds\":[\"" + co + "\"],\"complex\":true}");
        var refused = api.postJson("/api/v1/suggestions/" + ID + "/assignment", OFFICER, "{\"coUnitIds\":[\"x\"]}");

        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        AssignCommand command = handling.argument("assign", 2, AssignCommand.class);
        assertThat(command.lead()).isEqualTo(lead);
        assertThat(command.co()).containsExactly(co);
        assertThat(command.complex()).isTrue();
        assertInvalid(refused, "/leadUnitId", "/coUnitIds/0");
    }

    @Test
    @DisplayName("a re-assignment without a lead unit asks the use case for the same units")
    void reassignsToTheSameUnits() {
        var reassigned = api.postJson("/api/v1/suggestions/" + ID + "/reassignment", OFFICER, "{}");

        assertThat(reassigned.status()).as(reassigned.body()).isEqualTo(200);
        assertThat(handling.argument("reassign", 2, Optional.class)).isEmpty();
    }

    @Test
    @DisplayName("an extension decision must say approve or not (422 at /approve); a blank note reaches the use case as none")
    void decidesExtensions() {
        var refused = api.postJson("/api/v1/suggestions/" + ID + "/extension-decision", OFFICER, "{\"note\":\"同意\"}");
        var approved = api.postJson("/api/v1/suggestions/" + ID + "/extension-decision", OFFICER, "{\"approve\":true,\"note\":\"  \"}");

        assertInvalid(refused, "/approve");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(handling.argument("decideExtension", 2, Boolean.class)).isTrue();
        assertThat(handling.argument("decideExtension", 3, Optional.class)).isEmpty();
    }

    @Test
    @DisplayName("a handling unit's progress report needs its note (422 at /note); its reply reaches the use case with who signed it")
    void handlingUnitReports() {
        var noNote = api.postJson("/api/v1/suggestions/" + ID + "/progress-reports", UNIT, "{}");
        var reply = api.postJson("/api/v1/suggestions/" + ID + "/replies", UNIT, "{\"answer\":\"已纳入计划。\",\"signedBy\":\"王局长\"}");
        var unsigned = api.postJson("/api/v1/suggestions/" + ID + "/replies", UNIT, "{\"answer\":\"已纳入计划。\"}");

        assertInvalid(noNote, "/note");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(handling.argument("reply", 2, ReplyCommand.class)).isEqualTo(new ReplyCommand("已纳入计划。", "王局长"));
        assertInvalid(unsigned, "/signedBy");
    }

    @Test
    @DisplayName("the sponsor's feedback and evaluation take codes; bad codes are one 422 naming every field")
    void sponsorEvaluates() {
        UnitId unit = UnitId.random();

        var feedback = api.postJson("/api/v1/suggestions/" + ID + "/feedback", DEPUTY, "{\"verdict\":\"DISSATISFIED\",\"reasons\":\"未落实\"}");
        var evaluation = api.postJson("/api/v1/suggestions/" + ID + "/evaluations", DEPUTY,
                "{\"unitId\":\"" + unit + "\",\"attitude\":\"SATISFIED\",\"handling\":\"BASICALLY_SATISFIED\"}");
        var refused = api.postJson("/api/v1/suggestions/" + ID + "/evaluations", DEPUTY, "{\"attitude\":\"GREAT\"}");

        assertThat(feedback.status()).as(feedback.body()).isEqualTo(200);
        assertThat(handling.argument("feedback", 2, FeedbackCommand.class))
                .isEqualTo(new FeedbackCommand(Feedback.DISSATISFIED, Optional.of("未落实")));
        assertThat(evaluation.status()).as(evaluation.body()).isEqualTo(200);
        assertThat(handling.argument("evaluate", 2, EvaluationCommand.class))
                .isEqualTo(new EvaluationCommand(unit, Feedback.SATISFIED, Feedback.BASICALLY_SATISFIED));
        assertInvalid(refused, "/unitId", "/attitude", "/handling");
    }

    @Test
    @DisplayName("a transition the suggestion's state forbids is the use case's 422 with its field and Chinese reason")
    void answersAForbiddenTransition() {
        handling.failNextWith(new InvariantViolation("state", "建议已办结，不能再催办"));

        var refused = api.postJson("/api/v1/suggestions/" + ID + "/urgings", OFFICER, "{\"note\":\"请尽快\"}");

        assertInvalid(refused, "/state");
        assertThat(refused.message("/state")).isEqualTo("建议已办结，不能再催办");
    }
}
