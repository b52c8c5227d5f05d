package org.lvzhi.adapter.web.statistics;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.lvzhi.application.statistics.port.out.SubordinateTotals;
import org.lvzhi.domain.congress.CongressId;

/** Totals per subordinate congress: its id, name and level, and counts — no field could name a deputy. */
@Serdeable
record SubordinatesResponse(int year, List<Item> items) {

    @Serdeable
    record Item(String congressId, String name, String level, String parentId, long deputies, long records, long absences,
            long quotas, long quotasMet, Double quotaCompletion, long repliesDue, long repliedOnTime, Double onTimeRate) {

        static Item of(SubordinateTotals totals) {
            return new Item(totals.congress().value(), totals.name(), totals.level(),
                    totals.parent().map(CongressId::value).orElse(null), totals.deputies(), totals.records(), totals.absences(),
                    totals.quotas(), totals.quotasMet(), totals.quotaCompletion(), totals.repliesDue(), totals.repliedOnTime(),
                    totals.onTimeRate());
        }
    }
}
