package org.lvzhi.application.duty;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.congress.port.out.LoadTermsPort;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.duty.event.DutyActivityAttendanceRegistered;
import org.lvzhi.application.duty.event.DutyActivityNoticeRecorded;
import org.lvzhi.application.duty.event.DutyActivityScheduled;
import org.lvzhi.application.duty.port.in.AttendanceCommand;
import org.lvzhi.application.duty.port.in.AttendanceOutcome;
import org.lvzhi.application.duty.port.in.DutyAccess;
import org.lvzhi.application.duty.port.in.DutyActivityUseCases;
import org.lvzhi.application.duty.port.in.FactsObserver;
import org.lvzhi.application.duty.port.in.NoticeRecorded;
import org.lvzhi.application.duty.port.in.ScheduleActivityCommand;
import org.lvzhi.application.duty.port.in.ScheduledActivity;
import org.lvzhi.application.duty.port.out.AbsencePort;
import org.lvzhi.application.duty.port.out.ActivityLeavePort;
import org.lvzhi.application.duty.port.out.DutyActivityPort;
import org.lvzhi.application.duty.port.out.DutyRecordPort;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.NotificationPort;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.AbsenceId;
import org.lvzhi.domain.duty.DutyActivity;
import org.lvzhi.domain.duty.DutyActivityId;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.policy.ActivityType;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.shared.Violations;

@Singleton
class DutyActivityService implements DutyActivityUseCases {

    private static final Messages MESSAGES = Messages.of(DutyActivityService.class);

    private final TransactionPort transactions;
    private final DutyActivityPort activities;
    private final DutyRecordPort records;
    private final AbsencePort absences;
    private final ActivityLeavePort leave;
    private final LoadTermsPort terms;
    private final LoadDeputyPort deputies;
    private final RecordChecks checks;
    private final FactsObserver observer;
    private final NoticeLeadTimes notices;
    private final NotificationPort notifications;
    private final Clock clock;

    DutyActivityService(TransactionPort transactions, DutyActivityPort activities, DutyRecordPort records,
            AbsencePort absences, ActivityLeavePort leave, LoadTermsPort terms, LoadDeputyPort deputies,
            RecordChecks checks, FactsObserver observer, NoticeLeadTimes notices,
            NotificationPort notifications, Clock clock) {
        this.transactions = transactions;
        this.activities = activities;
        this.records = records;
        this.absences = absences;
        this.leave = leave;
        this.terms = terms;
        this.deputies = deputies;
        this.checks = checks;
        this.observer = observer;
        this.notices = notices;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public ScheduledActivity schedule(ActingCaller caller, ScheduleActivityCommand command) {
        if (!DutyAccess.GRANTS.allows(caller, DutyAccess.ORGANISE)) {
            throw new AccessDenied(MESSAGES.text("schedule.denied"));
        }
        return transactions.inCongress(caller.congress(), () -> {
            Term term = terms.find(command.term()).orElseThrow(() -> MESSAGES.violation("termId", "term.unknown", command.term()));
            ActivityType type = checks.checkedType(caller.congress(), command.type(), command.date());
            Violations violations = new Violations();
            for (int i = 0; i < command.invited().size(); i++) {
                checkSeatInTerm("invited." + i, command.invited().get(i), term, "invitee.unknown", violations);
            }
            violations.throwIfAny();
            DutyActivity activity = new DutyActivity(DutyActivityId.random(), term.id(), type.code(), command.title(),
                    command.date(), command.place(), command.organiserUnit(), caller.subject(), command.invited());
            activities.add(activity);
            notifications.send(Notification.of(caller.congress(), new DutyActivityScheduled(activity.id(), activity.term(),
                    activity.type(), activity.title(), activity.date(), activity.invited().size()), List.of()));
            return notices.start(caller.congress(), activity, LegalDate.today(clock));
        });
    }

    @Override
    public DutyActivity find(ActingCaller caller, DutyActivityId id) {
        return transactions.readInCongress(caller.congress(), () -> activities.find(id)
                .orElseThrow(() -> new NotFound("duty activity", id)));
    }

    @Override
    public Page<DutyActivity> list(ActingCaller caller, PageRequest page) {
        return transactions.readInCongress(caller.congress(), () -> activities.list(page));
    }

    @Override
    public AttendanceOutcome registerAttendance(ActingCaller caller, DutyActivityId id, AttendanceCommand command) {
        return transactions.inCongress(caller.congress(), () -> {
            DutyActivity activity = organisedActivity(caller, id);
            Term term = terms.find(activity.term()).orElseThrow();
            Violations violations = new Violations();
            for (int i = 0; i < command.attended().size(); i++) {
                DeputyId deputy = command.attended().get(i);
                checkSeatInTerm("attended." + i, deputy, term, "deputy.unknown", violations);
                if (records.registeredAt(deputy, activity.id()) || command.attended().indexOf(deputy) < i) {
                    violations.add(MESSAGES.violation("attended." + i, "attendee.duplicate", deputy));
                }
            }
            for (int i = 0; i < command.confirmed().size(); i++) {
                if (!activity.invites(command.confirmed().get(i))) {
                    violations.add(MESSAGES.violation("confirmed." + i, "confirmed.not-invited", command.confirmed().get(i)));
                }
            }
            violations.throwIfAny();
            List<DutyRecord> filed = new ArrayList<>();
            for (DeputyId deputy : command.attended()) {
                DutyRecord record = DutyRecord.registered(deputy, activity.type(), activity.date(), Optional.of(activity.id()),
                        Optional.empty(), Optional.empty(), caller.subject());
                records.add(record);
                filed.add(record);
            }
            List<Absence> missing = activity.invited().stream()
                    .filter(deputy -> !command.attended().contains(deputy))
                    .map(deputy -> new Absence(AbsenceId.random(), deputy, activity.type(), activity.date(),
                            Optional.of(activity.id().toString()), leave.approvedLeave(deputy, activity.id()),
                            command.confirmed().contains(deputy)))
                    .toList();
            missing.forEach(absences::add);
            command.attended().forEach(deputy -> observer.filed(caller.congress(), deputy));
            missing.forEach(absence -> observer.filed(caller.congress(), absence.deputy()));
            notifications.send(Notification.of(caller.congress(),
                    new DutyActivityAttendanceRegistered(activity.id(), filed.size(), missing.size()), List.of()));
            return new AttendanceOutcome(filed, missing);
        });
    }

    @Override
    public NoticeRecorded recordNotice(ActingCaller caller, DutyActivityId id, String rule) {
        return transactions.inCongress(caller.congress(), () -> {
            NoticeRecorded recorded = notices.record(caller.congress(), organisedActivity(caller, id), rule, caller.subject(),
                    LegalDate.today(clock));
            notifications.send(Notification.of(caller.congress(), new DutyActivityNoticeRecorded(id, recorded.rule(),
                    recorded.sentOn(), recorded.outstanding().size()), List.of()));
            return recorded;
        });
    }

    /** The activity, when the caller organised it or is staff. */
    private DutyActivity organisedActivity(ActingCaller caller, DutyActivityId id) {
        DutyActivity activity = activities.find(id).orElseThrow(() -> new NotFound("duty activity", id));
        if (!activity.organisedBy().equals(caller.subject()) && !DutyAccess.GRANTS.allows(caller, DutyAccess.LIAISON_OFFICE)) {
            throw new AccessDenied(MESSAGES.text("activity.denied"));
        }
        return activity;
    }

    private void checkSeatInTerm(String field, DeputyId id, Term term, String key, Violations violations) {
        boolean seated = deputies.find(id).filter(found -> found.deputy().term().equals(term.id())).isPresent();
        if (!seated) {
            violations.add(MESSAGES.violation(field, key, id));
        }
    }
}
