package org.lvzhi.adapter.web.matter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.matter.Matter;
import org.lvzhi.domain.matter.MatterAction;
import org.lvzhi.domain.matter.MatterKind;
import org.lvzhi.domain.matter.MatterState;
import org.lvzhi.domain.shared.Messages;

@Serdeable
record MatterResponse(
        String id,
        @Schema(implementation = MatterKind.class, requiredMode = Schema.RequiredMode.REQUIRED) String kind,
        String kindName, String rule, List<String> deputyIds, @Nullable String unitId, String title, String content,
        @Schema(implementation = MatterState.class, requiredMode = Schema.RequiredMode.REQUIRED) String state,
        String stateName, int round, @Nullable LocalDate dueOn, List<ActionResponse> actions) {

    static MatterResponse of(Matter matter) {
        return new MatterResponse(matter.id().toString(), matter.kind().name(), Messages.label(matter.kind()), matter.kind().rule(),
                matter.deputies().stream().map(DeputyId::toString).toList(), matter.unit().map(Object::toString).orElse(null),
                matter.title(), matter.content(), matter.state().name(), Messages.label(matter.state()), matter.round(),
                matter.dueOn().orElse(null), matter.actions().stream().map(ActionResponse::of).toList());
    }

    @Serdeable
    record ActionResponse(String step, String stepName, LocalDate on, String by, Instant at, @Nullable String note,
                          @Nullable String unitId) {

        static ActionResponse of(MatterAction action) {
            return new ActionResponse(action.step().name(), Messages.label(action.step()), action.on(), action.by(), action.at(),
                    action.text().orElse(null), action.unit().map(Object::toString).orElse(null));
        }
    }
}
