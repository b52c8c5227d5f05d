package org.lvzhi.application.policy.port.out;

import java.util.Optional;

/**
 * The edit was not based on the latest version: If-Match names an older one (412), or is missing although
 * versions exist (428).
 */
public class StaleProfileVersion extends RuntimeException {

    private final int latest;
    private final Optional<Integer> basedOn;

    public StaleProfileVersion(int latest, Optional<Integer> basedOn, String message) {
        super(message);
        this.latest = latest;
        this.basedOn = basedOn;
    }

    public int latest() {
        return latest;
    }

    public boolean basedOnNothing() {
        return basedOn.isEmpty();
    }
}
