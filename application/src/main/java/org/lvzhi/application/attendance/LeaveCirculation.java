package org.lvzhi.application.attendance;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.lvzhi.application.attendance.event.SessionLeaveCirculated;
import org.lvzhi.application.attendance.port.out.LeaveCirculationPort;
import org.lvzhi.application.attendance.port.out.PositionHoldersPort;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.NotificationPort;
import org.lvzhi.application.event.Recipient;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.domain.attendance.Circulation;
import org.lvzhi.domain.attendance.SessionAttendance;
import org.lvzhi.domain.attendance.SessionId;
import org.lvzhi.domain.attendance.StepActor;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.shared.Messages;

/**
 * Circulates a closing session's leave and absences where its profile's leave chains name a circulator (DC-3.1.2:
 * “请假、缺席情况由大会秘书处进行通报”): the circulation is kept with the session, and the holders of the circulating office
 * and every deputy of the session are told. Runs inside the closing transaction.
 */
@Singleton
class LeaveCirculation {

    private static final Messages MESSAGES = Messages.of(LeaveCirculation.class);

    private final PolicyProfileQueries profiles;
    private final LeaveCirculationPort circulations;
    private final PositionHoldersPort holders;
    private final NotificationPort notifications;
    private final Clock clock;

    LeaveCirculation(PolicyProfileQueries profiles, LeaveCirculationPort circulations, PositionHoldersPort holders,
            NotificationPort notifications, Clock clock) {
        this.profiles = profiles;
        this.circulations = circulations;
        this.holders = holders;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Under the profile in force on the session's opening day; answers the circulation, if the profile calls for one. */
    Optional<Circulation> circulate(CongressId congress, SessionAttendance attendance, List<DeputyView> deputies) {
        Optional<Circulation> circulation = Circulation.of(attendance,
                profiles.effectiveIn(congress, attendance.session().opensOn()), clock.instant());
        circulation.ifPresent(found -> {
            circulations.add(found);
            List<Recipient> told = Stream.concat(OfficeRecipients.of(holders, found.circulatedBy(), LegalDate.today(clock)),
                    deputies.stream().map(DeputyView::recipient)).distinct().toList();
            notifications.send(Notification.of(congress, circulated(attendance, found), told));
        });
        return circulation;
    }

    Optional<Circulation> of(SessionId session) {
        return circulations.find(session);
    }

    private static SessionLeaveCirculated circulated(SessionAttendance attendance, Circulation circulation) {
        boolean absences = circulation.circulates().contains(Circulation.Circulated.ABSENCE);
        long leave = circulation.count(Circulation.Circulated.LEAVE);
        String summary = absences
                ? MESSAGES.text("summary.leave-and-absence", leave, circulation.count(Circulation.Circulated.ABSENCE))
                : MESSAGES.text("summary.leave", leave);
        return new SessionLeaveCirculated(attendance.session().id(), attendance.session().title(),
                StepActor.of(circulation.circulatedBy()).label(), String.join("、", circulation.rules()),
                MESSAGES.text(absences ? "what.leave-and-absence" : "what.leave"), summary);
    }
}
