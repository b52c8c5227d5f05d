package org.lvzhi.application.statistics.port.out;

import java.util.Optional;
import org.lvzhi.domain.congress.CongressId;

/**
 * The totals of one congress below the acting one, for a year: no deputy appears, only counts (DESIGN.md §2: the one
 * cross-congress read, on the platform role). Deputies are those of terms overlapping the year.
 */
public record SubordinateTotals(CongressId congress, String name, String level, Optional<CongressId> parent, long deputies,
        long records, long absences, long quotas, long quotasMet, long repliesDue, long repliedOnTime) {

    public Double quotaCompletion() {
        return Rates.of(quotasMet, quotas);
    }

    public Double onTimeRate() {
        return Rates.of(repliedOnTime, repliesDue);
    }
}
