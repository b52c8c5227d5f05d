package org.lvzhi.adapter.web.motion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.lvzhi.adapter.web.shared.Allowed;
import org.lvzhi.adapter.web.shared.PageResponse;
import org.lvzhi.application.motion.port.in.DecisionCommand;
import org.lvzhi.application.motion.port.in.FileProposalCommand;
import org.lvzhi.application.motion.port.in.JointProposalUseCases;
import org.lvzhi.application.motion.port.in.MotionAccess;
import org.lvzhi.application.motion.port.in.WithdrawalCommand;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.motion.JointProposalId;
import org.lvzhi.domain.motion.PresidiumOutcome;
import org.lvzhi.domain.motion.ProposalKind;
import org.lvzhi.domain.motion.ProposalText;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Violations;

/**
 * Motions (议案) and the other proposals deputies make jointly — inquiries, recall motions, investigation proposals —
 * told apart by {@code kind} (MOTION when not given).
 */
@Controller("/api/v1/motions")
class MotionController {

    private final JointProposalUseCases proposals;

    MotionController(JointProposalUseCases proposals) {
        this.proposals = proposals;
    }

    /** A deputy files as one of the signatories; staff register one on the sponsors' behalf. */
    @Post
    @Status(HttpStatus.CREATED)
    @Allowed(MotionAccess.FILE)
    MotionResponse file(ActingCaller caller, @Body FileRequest request) {
        return MotionResponse.of(proposals.file(caller, request.toCommand()));
    }

    /** The motions and joint proposals of the acting congress, paged. */
    @Get
    @Allowed(MotionAccess.READ)
    PageResponse<MotionResponse> list(ActingCaller caller, @Nullable @QueryValue String kind, @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size) {
        return PageResponse.of(proposals.list(caller, Optional.ofNullable(kind).map(k -> Checks.oneOf("kind", ProposalKind.class, k)),
                PageRequest.of(page, size)), MotionResponse::of);
    }

    /** One motion with its signatories and its decision. */
    @Get("/{id}")
    @Allowed(MotionAccess.READ)
    MotionResponse show(ActingCaller caller, @PathVariable String id) {
        return MotionResponse.of(proposals.find(caller, proposalId(id)));
    }

    /** Sponsors withdraw: a deputy their own signature; staff any, and the presidium's consent when it is all of them. */
    @Post("/{id}/withdrawals")
    @Allowed(MotionAccess.WITHDRAW)
    MotionResponse withdraw(ActingCaller caller, @PathVariable String id, @Body WithdrawalRequest request) {
        JointProposalId proposal = proposalId(id);
        return MotionResponse.of(proposals.withdraw(caller, proposal, new WithdrawalCommand(
                deputyIds("signatories", request.signatories()), Boolean.TRUE.equals(request.presidiumConsent()))));
    }

    /** Staff record the presidium's decision. */
    @Post("/{id}/decision")
    @Allowed(MotionAccess.DECIDE)
    MotionResponse decide(ActingCaller caller, @PathVariable String id, @Body DecisionRequest request) {
        JointProposalId proposal = proposalId(id);
        return MotionResponse.of(proposals.decide(caller, proposal, new DecisionCommand(
                Checks.oneOf("outcome", PresidiumOutcome.class, request.outcome()), Optional.ofNullable(request.note()),
                Optional.ofNullable(request.decidedOn()), Optional.ofNullable(request.category()))));
    }

    /** Staff record which signatories of an inquiry were dissatisfied with the answer (BL-11). */
    @Post("/{id}/answer-verdicts")
    @Allowed(MotionAccess.DECIDE)
    MotionResponse recordAnswerVerdict(ActingCaller caller, @PathVariable String id, @Body AnswerVerdictRequest request) {
        JointProposalId proposal = proposalId(id);
        return MotionResponse.of(proposals.recordAnswerVerdict(caller, proposal, deputyIds("dissatisfied", request.dissatisfied())));
    }

    private static JointProposalId proposalId(String id) {
        return Ids.parse("id", id, JointProposalId::new);
    }

    private static List<DeputyId> deputyIds(String field, List<String> ids) {
        return ids == null ? List.of() : IntStream.range(0, ids.size())
                .mapToObj(i -> Ids.parse(field + "." + i, ids.get(i), DeputyId::new))
                .toList();
    }

    @Serdeable
    record FileRequest(@Nullable String kind, @Nullable String title, @Nullable String subject, @Nullable String grounds,
            @Nullable String proposal, @Nullable List<String> signatories) {

        /** Every bad field at once: the kind, the text and each signatory id. */
        FileProposalCommand toCommand() {
            Violations violations = new Violations();
            ProposalKind parsed = violations.check(() -> kind == null ? ProposalKind.MOTION : Checks.oneOf("kind", ProposalKind.class, kind));
            ProposalText text = violations.check(() -> new ProposalText(title, Optional.ofNullable(subject),
                    Optional.ofNullable(grounds), Optional.ofNullable(proposal)));
            List<DeputyId> ids = violations.check(() -> deputyIds("signatories", signatories));
            violations.throwIfAny();
            return new FileProposalCommand(parsed, text, ids);
        }
    }

    @Serdeable
    record WithdrawalRequest(@Nullable List<String> signatories, @Nullable Boolean presidiumConsent) {
    }

    @Serdeable
    record DecisionRequest(@Nullable String outcome, @Nullable String note, @Nullable LocalDate decidedOn, @Nullable String category) {
    }

    @Serdeable
    record AnswerVerdictRequest(@Nullable List<String> dissatisfied) {
    }
}
