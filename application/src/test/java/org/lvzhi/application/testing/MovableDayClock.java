package org.lvzhi.application.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.lvzhi.application.shared.LegalDate;

/** A clock whose date the test sets: noon in China on that date. */
public final class MovableDayClock extends Clock {

    private LocalDate today;

    public MovableDayClock(LocalDate today) {
        this.today = today;
    }

    public void setToday(LocalDate today) {
        this.today = today;
    }

    @Override
    public ZoneId getZone() {
        return LegalDate.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return today.atTime(12, 0).atZone(LegalDate.ZONE).toInstant();
    }
}
