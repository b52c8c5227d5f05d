package org.lvzhi.application.statistics.port.out;

import java.util.Optional;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyStatus;

/** Which deputies a page of statistics shows: of a deputy group, of a liaison station, in a status; empty: all. */
public record DeputyFiguresFilter(Optional<UnitId> group, Optional<UnitId> station, Optional<DeputyStatus> status) {

    public static DeputyFiguresFilter none() {
        return new DeputyFiguresFilter(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
