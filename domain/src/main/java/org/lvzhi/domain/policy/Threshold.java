package org.lvzhi.domain.policy;

import java.util.List;

/** How many deputies a motion, inquiry, recall motion or investigation proposal needs, by level. */
public record Threshold(String subject, List<LevelThreshold> levels, List<String> requiredParts) {

    public Threshold {
        levels = Absent.orEmpty(levels);
        requiredParts = Absent.orEmpty(requiredParts);
    }
}
