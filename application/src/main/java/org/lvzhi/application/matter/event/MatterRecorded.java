package org.lvzhi.application.matter.event;

import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.application.event.Event;
import org.lvzhi.domain.matter.MatterId;
import org.lvzhi.domain.matter.MatterKind;
import org.lvzhi.domain.matter.MatterState;

/** Staff recorded a matter (a letter, a visit, a hotline call…) for deputies, its deadline running where one applies. */
public record MatterRecorded(MatterId matterId, MatterKind kind, String title, MatterState state,
        Optional<LocalDate> dueOn) implements Event {

    @Override
    public String code() {
        return "matter.recorded";
    }
}
