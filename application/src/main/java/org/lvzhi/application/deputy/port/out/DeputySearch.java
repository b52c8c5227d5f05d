package org.lvzhi.application.deputy.port.out;

import java.util.Optional;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyStatus;

/** Filters of the deputy list; {@code name} matches any part of the name. Empty filters match all. */
public record DeputySearch(
        Optional<String> name,
        Optional<TermId> term,
        Optional<DeputyStatus> status,
        Optional<UnitId> delegation,
        Optional<UnitId> deputyGroup,
        Optional<Boolean> grassroots,
        Optional<Boolean> military) {
}
