package org.lvzhi.application.calendar;

import jakarta.inject.Singleton;
import java.time.Clock;
import org.lvzhi.application.calendar.port.in.CalendarDuties;
import org.lvzhi.application.policy.port.out.ProfileObserver;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.domain.congress.CongressId;

/**
 * A saved profile reschedules the calendar duties of its congress at once (trigger added, moved or removed),
 * and of every congress that inherits from it; the others' triggers are left as they are. The nightly
 * reconciliation catches up anything missed here (a node that stopped mid-way, a version effective later).
 */
@Singleton
class CalendarRescheduling implements ProfileObserver {

    private final CalendarDuties calendar;
    private final CongressDirectory congresses;
    private final PolicyProfileQueries profiles;
    private final Clock clock;

    CalendarRescheduling(CalendarDuties calendar, CongressDirectory congresses, PolicyProfileQueries profiles, Clock clock) {
        this.calendar = calendar;
        this.congresses = congresses;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Override
    public void saved(CongressId owner) {
        calendar.reconcile(owner);
        for (CongressId congress : congresses.all()) {
            if (!congress.equals(owner) && inherits(congress, owner)) {
                calendar.reconcile(congress);
            }
        }
    }

    private boolean inherits(CongressId congress, CongressId owner) {
        return profiles.effectiveIn(congress, LegalDate.today(clock)).chain().contains(owner.value());
    }
}
