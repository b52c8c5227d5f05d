package org.lvzhi.domain.policy;

import java.util.List;
import java.util.Optional;
import org.lvzhi.domain.congress.Level;

/** The minimum at some levels: a number of deputies, or a share such as 1/10 of all deputies. */
public record LevelThreshold(List<Level> levels, Optional<Integer> minimum, Optional<String> share) {

    public LevelThreshold {
        levels = Absent.orEmpty(levels);
        minimum = Absent.orEmpty(minimum);
        share = Absent.orEmpty(share);
    }
}
