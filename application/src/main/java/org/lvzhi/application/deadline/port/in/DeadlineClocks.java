package org.lvzhi.application.deadline.port.in;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deadline.DeadlineSubject;

/**
 * Starts and stops the statutory clocks the congress's profile attaches to events (DEADLINE rules: a reply 3 months
 * after SUGGESTION_ASSIGNED, 6 if complex…). Call inside the transaction of the event that starts or stops them: a
 * deadline is a row written with the event, never a timer of its own.
 */
public interface DeadlineClocks {

    /**
     * Starts every clock the profile in force on {@code on} attaches to {@code event} for the subject, each due on the
     * date the Civil Code's counting gives (with the profile's rest-day rule); answers the due dates by rule id.
     * {@code complex} selects the longer period where the rule has one (QH-3.5, BL-13). For events with direction
     * BEFORE (a notice before ACTIVITY_DATE), {@code on} is the date of the event itself.
     */
    List<StartedDeadline> start(CongressId congress, String event, DeadlineSubject subject, LocalDate on, boolean complex);

    /**
     * Starts only the clocks of the rules {@code rules} accepts among those the profile attaches to {@code event}: where
     * two matters share an event (REPORT_ASSIGNED starts both BL-18's inspection and BL-21's research feedback), each
     * keeps to its own.
     */
    List<StartedDeadline> start(CongressId congress, String event, Predicate<String> rules, DeadlineSubject subject, LocalDate on);

    /**
     * Starts one clock whose due date is given, not counted from a DEADLINE rule (a calendar duty: QH-11.6's written
     * report by 30 November), started today, with reminders at the offsets before {@code dueOn}; the poller reminds
     * {@code responsible} and escalates it once when overdue like any other. {@link #stop} with {@code event} stops it.
     */
    StartedDeadline startDue(CongressId congress, String rule, String article, String event, String what, DeadlineSubject subject,
            LocalDate dueOn, List<Period> reminders, Optional<String> responsible);

    /**
     * Stops (as met on {@code on}) one of the subject's open clocks started by {@code event}: the one falling due first
     * or last (BL-20: the unit's 10-day report to the department and its 3-month answer both run from the appointment);
     * answers whether there was one.
     */
    boolean stopOne(CongressId congress, String event, DeadlineSubject subject, LocalDate on, Due which);

    /** Which of an event's clocks {@link #stopOne} stops. */
    enum Due { FIRST, LAST }

    /** Stops (as met on {@code on}) the subject's open clocks started by {@code event}; answers how many it stopped. */
    int stop(CongressId congress, String event, DeadlineSubject subject, LocalDate on);

    /**
     * Stops only the clock one rule started for the subject, where the event's rules are separate duties (a notice
     * five days before and the materials three days before the same activity, QH-3.6 and QH-8.2).
     */
    int stop(CongressId congress, String event, String rule, DeadlineSubject subject, LocalDate on);

    /** A clock started: which rule and article, what is due, and when. */
    record StartedDeadline(String id, String rule, String article, String what, LocalDate dueOn) {
    }
}
