package org.lvzhi.application.statistics.port.out;

import java.util.List;
import org.lvzhi.domain.congress.CongressId;

/** Counts across congresses (the platform role): only the descendants of the parent, only totals. */
public interface SubordinateStatisticsPort {

    List<SubordinateTotals> below(CongressId parent, int year);
}
