package org.lvzhi.application.suggestion.port.in;

import java.util.List;
import java.util.stream.IntStream;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Violations;

/** Assignment (交办) to one lead unit and any co-handling units; complex selects the 6-month period (QH-3.5, BL-13). */
public record AssignCommand(UnitId lead, List<UnitId> co, boolean complex) {

    public AssignCommand {
        Checks.required("leadUnitId", lead);
        co = List.copyOf(Checks.required("coUnitIds", co));
    }

    /** The command from the ids as a request or form sends them, every unreadable id named at once ({@code coUnitIds.1}). */
    public static AssignCommand of(String leadUnitId, List<String> coUnitIds, boolean complex) {
        Violations violations = new Violations();
        UnitId lead = violations.check(() -> Ids.parse("leadUnitId", leadUnitId, UnitId::new));
        List<UnitId> co = coUnitIds == null ? List.of() : IntStream.range(0, coUnitIds.size())
                .mapToObj(i -> violations.check(() -> Ids.parse("coUnitIds." + i, coUnitIds.get(i), UnitId::new)))
                .toList();
        violations.throwIfAny();
        return new AssignCommand(lead, co, complex);
    }
}
