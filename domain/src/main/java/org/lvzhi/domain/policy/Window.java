package org.lvzhi.domain.policy;

import java.util.Optional;

/** A counting window; ROLLING needs a period ("a year or more without contact" is ROLLING P1Y). */
public record Window(WindowType type, Optional<String> period) {

    public Window {
        period = Absent.orEmpty(period);
    }
}
