package org.lvzhi.application.matter.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.matter.MatterKind;

/** A matter as staff record it: its kind, the deputies it concerns, the unit where there is one, and the day it began. */
public record RecordMatterCommand(MatterKind kind, List<DeputyId> deputies, Optional<UnitId> unit, String title, String content,
                                  LocalDate on) {
}
