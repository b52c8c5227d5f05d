package org.lvzhi.application.calendar.port.in;

import java.time.LocalDate;
import java.util.List;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.domain.calendar.DutyDate;
import org.lvzhi.domain.calendar.DutyKey;
import org.lvzhi.domain.calendar.ScheduledDuty;
import org.lvzhi.domain.congress.CongressId;

/**
 * The calendar duties of each congress's profile (QH-11.6's annual written report by 30 November, DC-10.6's
 * seven receptions a year…): one trigger per duty, waiting for the next day the duty brings.
 */
public interface CalendarDuties {

    /**
     * A duty's day has come (the trigger's entry point): records the occurrence and tells whom it concerns,
     * once — a second call for the same day records and sends nothing. A day the profile in force no longer
     * brings sends nothing. Then the duty waits for its next day. Returns how many were told.
     */
    int fire(CongressId congress, DutyKey key, DutyDate date);

    /**
     * A session of the congress is planned: the duties the profile brings at every session (QH-10.2: last year's
     * handbook is handed in during the session) fall due on its closing day, once per session. Call inside the
     * transaction that plans the session. Returns how many were told.
     */
    int sessionPlanned(CongressId congress, LocalDate opensOn, LocalDate closesOn);

    /** Brings the congress's triggers in line with its profile in force today: added, changed, removed. */
    Reconciliation reconcile(CongressId congress);

    /** The same for every congress (at start-up and each night). */
    Reconciliation reconcileAll();

    /** The acting congress's scheduled duties, for its staff and the platform admin. */
    List<ScheduledDuty> scheduled(ActingCaller caller);

    record Reconciliation(int added, int changed, int removed, int kept) {

        public Reconciliation plus(Reconciliation other) {
            return new Reconciliation(added + other.added, changed + other.changed, removed + other.removed, kept + other.kept);
        }

        public static Reconciliation none() {
            return new Reconciliation(0, 0, 0, 0);
        }
    }
}
