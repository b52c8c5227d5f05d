package org.lvzhi.domain.compliance;

import java.util.List;

/** A deputy's duty points (履职积分) under a scheme: the total and the line of each record that scored. */
public record DutyPoints(String rule, String article, int total, List<PointsLine> lines) {

    public DutyPoints {
        lines = List.copyOf(lines);
    }
}
