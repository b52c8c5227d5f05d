package org.lvzhi.adapter.web.motion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.motion.AnswerVerdict;
import org.lvzhi.domain.motion.JointProposal;
import org.lvzhi.domain.motion.PresidiumDecision;
import org.lvzhi.domain.motion.ProposalKind;
import org.lvzhi.domain.motion.ProposalState;
import org.lvzhi.domain.motion.Share;
import org.lvzhi.domain.motion.SignatureThreshold;
import org.lvzhi.domain.shared.Messages;

/** A joint proposal as the API shows it, with the threshold it was filed under and its Chinese state. */
@Serdeable
record MotionResponse(
        String id,
        @Schema(implementation = ProposalKind.class, requiredMode = Schema.RequiredMode.REQUIRED) String kind,
        String kindName, String termId, String title, @Nullable String subject, @Nullable String grounds,
        @Nullable String proposal, String leadSponsor, List<String> signatories, List<String> withdrawn, List<String> sponsors,
        ThresholdResponse threshold,
        @Schema(implementation = ProposalState.class, requiredMode = Schema.RequiredMode.REQUIRED) String state,
        String stateName, LocalDate filedOn, String filedBy, @Nullable LocalDate endedOn,
        @Nullable DecisionResponse decision, @Nullable AnswerResponse answer) {

    static MotionResponse of(JointProposal p) {
        return new MotionResponse(p.id().toString(), p.kind().name(), Messages.label(p.kind()), p.term().toString(),
                p.text().title(), p.text().subject().orElse(null), p.text().grounds().orElse(null),
                p.text().proposal().orElse(null), p.leadSponsor().toString(), ids(p.signatories()), ids(p.withdrawn()),
                ids(p.sponsors()), ThresholdResponse.of(p.threshold()), p.state().name(), Messages.label(p.state()),
                p.filedOn(), p.filedBy(), p.endedOn().orElse(null), p.decision().map(DecisionResponse::of).orElse(null),
                p.answer().map(AnswerResponse::of).orElse(null));
    }

    private static List<String> ids(List<DeputyId> deputies) {
        return deputies.stream().map(DeputyId::toString).toList();
    }

    @Serdeable
    record ThresholdResponse(String rule, String article, int required, @Nullable String share, @Nullable Integer whole,
            String described) {

        static ThresholdResponse of(SignatureThreshold t) {
            return new ThresholdResponse(t.rule(), t.article(), t.required(), t.share().map(Share::toString).orElse(null),
                    t.share().isPresent() ? t.whole() : null, t.described());
        }
    }

    @Serdeable
    record DecisionResponse(String outcome, String outcomeName, @Nullable String note, LocalDate decidedOn, String recordedBy) {

        static DecisionResponse of(PresidiumDecision d) {
            return new DecisionResponse(d.outcome().name(), Messages.label(d.outcome()), d.note().orElse(null), d.decidedOn(),
                    d.recordedBy());
        }
    }

    @Serdeable
    record AnswerResponse(List<String> dissatisfied, ThresholdResponse threshold, boolean reanswerRequired, LocalDate recordedOn,
            String recordedBy) {

        static AnswerResponse of(AnswerVerdict a) {
            return new AnswerResponse(ids(a.dissatisfied()), ThresholdResponse.of(a.threshold()), a.reanswerRequired(),
                    a.recordedOn(), a.recordedBy());
        }
    }
}
