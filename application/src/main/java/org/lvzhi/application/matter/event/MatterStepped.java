package org.lvzhi.application.matter.event;

import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.application.event.Event;
import org.lvzhi.domain.matter.MatterId;
import org.lvzhi.domain.matter.MatterKind;
import org.lvzhi.domain.matter.MatterState;
import org.lvzhi.domain.matter.MatterStep;

/** A matter took a step (forwarded, reported on, answered…): its state and deadline after the step. */
public record MatterStepped(MatterId matterId, MatterKind kind, String title, MatterStep step, MatterState state,
        Optional<LocalDate> dueOn) implements Event {

    @Override
    public String code() {
        return "matter.stepped";
    }
}
