package org.lvzhi.application.archive;

import java.util.Optional;
import org.lvzhi.domain.compliance.QuotaStatus;
import org.lvzhi.domain.congress.UnitId;

/** Which deputies the overview lists: those whose worst status is the one given, in a deputy group or delegation. */
public record StandingFilter(Optional<QuotaStatus> worst, Optional<UnitId> deputyGroup, Optional<UnitId> delegation) {
}
