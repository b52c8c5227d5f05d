package org.lvzhi.application.archive.port.out;

import java.util.Optional;
import org.lvzhi.domain.compliance.QuotaStatus;
import org.lvzhi.domain.congress.UnitId;

/** Which deputies the overview lists: by worst status, deputy group, delegation and liaison station. */
public record StandingFilter(
        Optional<QuotaStatus> worst, Optional<UnitId> deputyGroup, Optional<UnitId> delegation, Optional<UnitId> liaisonStation) {
}
