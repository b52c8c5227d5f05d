package org.lvzhi.adapter.web.suggestion;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.suggestion.Feedback;
import org.lvzhi.domain.suggestion.HandlingUnit;
import org.lvzhi.domain.suggestion.Suggestion;
import org.lvzhi.domain.suggestion.SuggestionAction;
import org.lvzhi.domain.suggestion.SuggestionId;
import org.lvzhi.domain.suggestion.SuggestionState;

@Serdeable
record SuggestionResponse(
        String id,
        String termId,
        String sponsorId,
        List<String> coSponsorIds,
        String title,
        String content,
        @Schema(implementation = SuggestionState.class, requiredMode = Schema.RequiredMode.REQUIRED) String state,
        String stateName,
        int round,
        List<UnitResponse> units,
        boolean complex,
        @Nullable LocalDate assignedOn,
        @Nullable LocalDate replyDueOn,
        @Nullable LocalDate feedbackDueOn,
        @Nullable String mergedIntoId,
        @Nullable String refusal,
        boolean extensionPending,
        List<ActionResponse> actions) {

    static SuggestionResponse of(Suggestion suggestion) {
        return new SuggestionResponse(suggestion.id().toString(), suggestion.term().toString(), suggestion.sponsor().toString(),
                suggestion.coSponsors().stream().map(DeputyId::toString).toList(), suggestion.title(), suggestion.content(),
                suggestion.state().name(), Messages.label(suggestion.state()), suggestion.round(),
                suggestion.units().stream().map(UnitResponse::of).toList(), suggestion.complex(),
                suggestion.assignedOn().orElse(null), suggestion.replyDueOn().orElse(null), suggestion.feedbackDueOn().orElse(null),
                suggestion.mergedInto().map(SuggestionId::toString).orElse(null), suggestion.refusal().orElse(null),
                suggestion.extensionPending(), suggestion.actions().stream().map(ActionResponse::of).toList());
    }

    @Serdeable
    record UnitResponse(String unitId, String role, String roleName) {

        static UnitResponse of(HandlingUnit unit) {
            return new UnitResponse(unit.unit().toString(), unit.role().name(), Messages.label(unit.role()));
        }
    }

    @Serdeable
    record ActionResponse(String kind, String kindName, int round, String by, Instant at, LocalDate on, @Nullable String unitId,
                          @Nullable String text, @Nullable String code, @Nullable String signedBy, @Nullable String verdict,
                          @Nullable String attitude) {

        static ActionResponse of(SuggestionAction action) {
            return new ActionResponse(action.kind().name(), Messages.label(action.kind()), action.round(), action.by(), action.at(),
                    action.on(), action.unit().map(UnitId::toString).orElse(null), action.text().orElse(null),
                    action.code().orElse(null), action.signedBy().orElse(null), action.verdict().map(Feedback::name).orElse(null),
                    action.attitude().map(Feedback::name).orElse(null));
        }
    }
}
