package org.lvzhi.adapter.web.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.adapter.web.testing.ProblemAssert.assertInvalid;
import static org.lvzhi.adapter.web.testing.ProblemAssert.assertProblem;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.web.testing.Api;
import org.lvzhi.adapter.web.testing.FixedClock;
import org.lvzhi.adapter.web.testing.Script;
import org.lvzhi.adapter.web.testing.TestTokens;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.motion.port.in.DecisionCommand;
import org.lvzhi.application.motion.port.in.FileProposalCommand;
import org.lvzhi.application.motion.port.in.JointProposalUseCases;
import org.lvzhi.application.motion.port.in.WithdrawalCommand;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.motion.JointProposal;
import org.lvzhi.domain.motion.PresidiumOutcome;
import org.lvzhi.domain.motion.ProposalKind;
import org.lvzhi.domain.motion.ProposalText;
import org.lvzhi.domain.motion.SignatureThreshold;
import org.lvzhi.domain.shared.InvariantViolation;

/** Motions and the other joint proposals over HTTP, the use cases replaced by a fake. */
@MicronautTest
class MotionRoutesTest {

    private static final String DEPUTY = TestTokens.of("zhang", List.of("DEPUTY"), List.of("qinghai"));
    private static final String OFFICER = TestTokens.of("officer", List.of("LIAISON_OFFICER"), List.of("qinghai"));
    private static final DeputyId FIRST = DeputyId.random();
    private static final DeputyId SECOND = DeputyId.random();
    private static final JointProposal MOTION = JointProposal.file(ProposalKind.MOTION, TermId.random(),
            new ProposalText("关于制定草原保护条例的议案", Optional.of("草原保护"), Optional.of("草原退化"), Optional.of("制定条例")),
            List.of(FIRST, SECOND), new SignatureThreshold("MOTION_THRESHOLD", "代表法第九条", 2, Optional.empty(), 0, List.of()),
            FixedClock.TODAY, "zhang");
    private static final String ID = MOTION.id().toString();

    @Inject
    Api api;

    private final Script<JointProposalUseCases> proposals = Script.of(JointProposalUseCases.class);

    @MockBean(JointProposalUseCases.class)
    JointProposalUseCases proposals() {
        return proposals.port();
    }

    @BeforeEach
    void answerTheMotion() {
        proposals.answer(MOTION, "file", "find", "withdraw", "decide", "recordAnswerVerdict");
    }

    @Test
    @DisplayName("a filed proposal answers 201 with its threshold and Chinese kind; without a kind it is a MOTION")
    void files() {
        var filed = api.postJson("/api/v1/motions", DEPUTY, """
                {"title":"关于制定草原保护条例的议案","subject":"草原保护","signatories":["%s","%s"]}""".formatted(FIRST, SECOND));

        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.text("kind")).isEqualTo("MOTION");
        assertThat(filed.text("kindName")).containsPattern("\\p{IsHan}");
        assertThat(filed.node().get("threshold").get("article").getStringValue()).isEqualTo("代表法第九条");
        assertThat(filed.node().get("signatories").size()).isEqualTo(2);
        FileProposalCommand command = proposals.argument("file", 1, FileProposalCommand.class);
        assertThat(command.kind()).isEqualTo(ProposalKind.MOTION);
        assertThat(command.text().subject()).contains("草原保护");
        assertThat(command.text().grounds()).isEmpty();
        assertThat(command.signatories()).containsExactly(FIRST, SECOND);
    }

    @Test
    @DisplayName("an unknown kind, a missing title and a bad signatory are one 422 naming each")
    void refusesABadProposal() {
        var refused = api.postJson("/api/v1/motions", DEPUTY, "{\"kind\":\"PETITION\",\"signatories\":[\"" + FIRST + "\",\"x\"]}");

        assertInvalid(refused, "/kind", "/title", "/signatories/1");
        assertThat(proposals.called("file")).isFalse();
    }

    @Test
    @DisplayName("the threshold the use case finds unmet is its 422 at /signatories with the article in Chinese")
    void answersAnUnmetThreshold() {
        proposals.failNextWith(new InvariantViolation("signatories", "依照代表法第九条，议案须十人以上联名，现有 2 人"));

        var refused = api.postJson("/api/v1/motions", DEPUTY, "{\"title\":\"议案\",\"signatories\":[\"" + FIRST + "\"]}");

        assertInvalid(refused, "/signatories");
        assertThat(refused.message("/signatories")).contains("代表法第九条");
    }

    @Test
    @DisplayName("the list filters by kind; an unknown kind is a 422 at /kind; the page parameters reach the use case")
    void lists() {
        proposals.answer(new Page<>(List.of(MOTION), 3, 1, 9), "list");

        var listed = api.get("/api/v1/motions?kind=INQUIRY&page=3&size=1", OFFICER);
        var refused = api.get("/api/v1/motions?kind=petition", OFFICER);

        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(proposals.argument("list", 1, Optional.class)).contains(ProposalKind.INQUIRY);
        assertThat(proposals.argument("list", 2, PageRequest.class)).isEqualTo(new PageRequest(3, 1));
        assertThat(listed.text("next")).contains("page=4").contains("kind=INQUIRY");
        assertInvalid(refused, "/kind");
    }

    @Test
    @DisplayName("a withdrawal names the signatories and the presidium's consent; a proposal the caller did not sign is a 403")
    void withdraws() {
        var withdrawn = api.postJson("/api/v1/motions/" + ID + "/withdrawals", OFFICER,
                "{\"signatories\":[\"" + FIRST + "\"],\"presidiumConsent\":true}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(proposals.argument("withdraw", 2, WithdrawalCommand.class)).isEqualTo(new WithdrawalCommand(List.of(FIRST), true));

        proposals.failNextWith(new AccessDenied("只能撤回本人的联名"));
        var denied = api.postJson("/api/v1/motions/" + ID + "/withdrawals", DEPUTY, "{\"signatories\":[\"" + SECOND + "\"]}");

        assertProblem(denied, 403);
        assertThat(denied.text("detail")).isEqualTo("只能撤回本人的联名");
    }

    @Test
    @DisplayName("the presidium's decision takes an outcome code and a day; a bad outcome is a 422 at /outcome, a bad day a 400")
    void decides() {
        var decided = api.postJson("/api/v1/motions/" + ID + "/decision", OFFICER,
                "{\"outcome\":\"REFERRED_TO_COMMITTEE\",\"decidedOn\":\"2026-03-01\",\"category\":\"法律案\"}");
        var badOutcome = api.postJson("/api/v1/motions/" + ID + "/decision", OFFICER, "{\"outcome\":\"LATER\"}");
        var badDay = api.postJson("/api/v1/motions/" + ID + "/decision", OFFICER, "{\"outcome\":\"NOT_ACCEPTED\",\"decidedOn\":\"3月1日\"}");

        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        DecisionCommand command = proposals.argument("decide", 2, DecisionCommand.class);
        assertThat(command.outcome()).isEqualTo(PresidiumOutcome.REFERRED_TO_COMMITTEE);
        assertThat(command.decidedOn()).contains(LocalDate.of(2026, 3, 1));
        assertThat(command.category()).contains("法律案");
        assertInvalid(badOutcome, "/outcome");
        assertProblem(badDay, 400);
        assertThat(proposals.called("decide")).as("only the good decision reached the use case").isTrue();
    }

    @Test
    @DisplayName("an answer verdict names the dissatisfied signatories; a malformed one is a 422 at its index")
    void recordsAnswerVerdicts() {
        var recorded = api.postJson("/api/v1/motions/" + ID + "/answer-verdicts", OFFICER, "{\"dissatisfied\":[\"" + SECOND + "\"]}");
        var refused = api.postJson("/api/v1/motions/" + ID + "/answer-verdicts", OFFICER, "{\"dissatisfied\":[\"" + SECOND + "\",\"?\"]}");

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(proposals.argument("recordAnswerVerdict", 2, List.class)).containsExactly(SECOND);
        assertInvalid(refused, "/dissatisfied/1");
    }
}
