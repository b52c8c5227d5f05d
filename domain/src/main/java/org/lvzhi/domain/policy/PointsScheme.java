package org.lvzhi.domain.policy;

import java.util.List;

/** An optional points scheme (履职积分). */
public record PointsScheme(String rule, String article, List<PointsEntry> entries) {

    public PointsScheme {
        entries = Absent.orEmpty(entries);
    }
}
