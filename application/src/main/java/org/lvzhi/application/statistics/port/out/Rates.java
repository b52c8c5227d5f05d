package org.lvzhi.application.statistics.port.out;

/** A share as a fraction rounded to four places, or null where nothing was due (no rate rather than 0 or 1). */
public final class Rates {

    private Rates() {
    }

    public static Double of(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}
