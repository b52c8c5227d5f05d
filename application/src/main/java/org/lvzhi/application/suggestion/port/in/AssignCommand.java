package org.lvzhi.application.suggestion.port.in;

import java.util.List;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.shared.Checks;

/** Assignment (交办) to one lead unit and any co-handling units; complex selects the 6-month period (QH-3.5, BL-13). */
public record AssignCommand(UnitId lead, List<UnitId> co, boolean complex) {

    public AssignCommand {
        Checks.required("leadUnitId", lead);
        co = List.copyOf(Checks.required("coUnitIds", co));
    }
}
