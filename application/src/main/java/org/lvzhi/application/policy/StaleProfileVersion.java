package org.lvzhi.application.policy;

/** The edit was based on a version that is no longer the latest (If-Match does not match): 412. */
public class StaleProfileVersion extends RuntimeException {

    private final int latest;

    public StaleProfileVersion(int latest, String message) {
        super(message);
        this.latest = latest;
    }

    public int latest() {
        return latest;
    }
}
