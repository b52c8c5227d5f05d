package org.lvzhi.application.statistics.port.out;

import java.util.Optional;
import java.util.UUID;

/** One deputy's counts for a year, with the group and station they belong to (as read under the congress's RLS). */
public record DeputyFigures(UUID id, String name, Optional<Unit> group, Optional<Unit> station, long records, long attended,
        long absences, long quotas, long quotasMet) {

    public record Unit(UUID id, String name) {
    }

    public TenantStatistics.Line line() {
        return new TenantStatistics.Line(id, name, 1, records, attended, absences, quotas, quotasMet);
    }
}
