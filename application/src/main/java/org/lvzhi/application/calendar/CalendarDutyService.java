package org.lvzhi.application.calendar;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.application.calendar.event.CalendarDutyDue;
import org.lvzhi.application.calendar.port.in.CalendarDuties;
import org.lvzhi.application.calendar.port.out.CalendarTriggerPort;
import org.lvzhi.application.calendar.port.out.DutyOccurrencePort;
import org.lvzhi.application.congress.port.out.LoadTermsPort;
import org.lvzhi.application.congress.port.out.LoadUnitPort;
import org.lvzhi.application.deadline.port.in.DeadlineClocks;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.NotificationPort;
import org.lvzhi.application.event.Recipient;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.attendance.StepActor;
import org.lvzhi.domain.calendar.DutyDate;
import org.lvzhi.domain.calendar.DutyDeadline;
import org.lvzhi.domain.calendar.DutyKey;
import org.lvzhi.domain.calendar.ScheduledDuty;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.OrganisationUnit;
import org.lvzhi.domain.deadline.DeadlineSubject;
import org.lvzhi.domain.policy.CalendarDuty;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.RuleKind;
import org.lvzhi.domain.policy.Sourced;
import org.lvzhi.domain.shared.Messages;

/**
 * Fires a congress's calendar duties on their days and keeps one trigger per duty waiting for the next day.
 * Every read and write runs in the congress's own transaction; the triggers live in the scheduler, outside it.
 */
@Singleton
class CalendarDutyService implements CalendarDuties {

    private static final String EVERY_SESSION = "SESSION";
    private static final Messages MESSAGES = Messages.of(CalendarDutyService.class);

    private final TransactionPort transactions;
    private final PolicyProfileQueries profiles;
    private final LoadTermsPort terms;
    private final LoadUnitPort units;
    private final DutyRecipients recipients;
    private final DutyOccurrencePort occurrences;
    private final NotificationPort notifications;
    private final CalendarTriggerPort triggers;
    private final CongressDirectory congresses;
    private final DeadlineClocks deadlines;
    private final Clock clock;

    CalendarDutyService(TransactionPort transactions, PolicyProfileQueries profiles, LoadTermsPort terms, LoadUnitPort units,
            DutyRecipients recipients, DutyOccurrencePort occurrences, NotificationPort notifications,
            CalendarTriggerPort triggers, CongressDirectory congresses, DeadlineClocks deadlines, Clock clock) {
        this.transactions = transactions;
        this.profiles = profiles;
        this.terms = terms;
        this.units = units;
        this.recipients = recipients;
        this.occurrences = occurrences;
        this.notifications = notifications;
        this.triggers = triggers;
        this.congresses = congresses;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public int fire(CongressId congress, DutyKey key, DutyDate date) {
        CalendarPlan plan = plan(congress, date.fireOn());
        Optional<CalendarPlan.Entry> entry = plan.entry(key);
        boolean brought = entry.map(e -> e.schedule().brings(date, plan.terms())).orElse(false);
        int told = brought ? transactions.inCongress(congress, () -> record(congress, entry.get().rule(), key, date, plan)) : 0;
        // The next day: after this one; or, when the profile changed the duty's days, its first one after today's.
        Optional<DutyDate> next = entry.flatMap(e -> brought ? e.schedule().after(date, plan.terms())
                : e.schedule().firstOnOrAfter(date.fireOn().plusDays(1), plan.terms()));
        next.ifPresentOrElse(n -> triggers.schedule(congress, new ScheduledDuty(key, n)), () -> triggers.unschedule(congress, key));
        return told;
    }

    @Override
    public int sessionPlanned(CongressId congress, LocalDate opensOn, LocalDate closesOn) {
        CalendarPlan plan = plan(congress, opensOn);
        DutyDate date = new DutyDate(opensOn, closesOn, DutyDate.Kind.DUE, 1, 1);
        return profiles.effectiveIn(congress, opensOn).rules().stream().map(Sourced::value)
                .filter(rule -> rule.kind() == RuleKind.SCHEDULE)
                .filter(rule -> rule.schedule().filter(duty -> EVERY_SESSION.equals(duty.every())).isPresent())
                .mapToInt(rule -> record(congress, rule, new DutyKey(rule.rule(), rule.schedule().orElseThrow().duty()), date, plan))
                .sum();
    }

    private int record(CongressId congress, PolicyRule rule, DutyKey key, DutyDate date, CalendarPlan plan) {
        CalendarDuty duty = rule.schedule().orElseThrow();
        List<DeputyView> owing = recipients.deputies(duty, plan.terms().termOn(date.dueOn()), date.dueOn());
        List<Recipient> told = owing.stream().map(DeputyView::recipient).toList();
        if (!occurrences.record(key, rule.article(), date, told.size())) {
            return 0;
        }
        if (DutyDeadline.startsOn(duty, date)) {
            startClocks(congress, rule, duty, date, owing);
        }
        notifications.send(Notification.of(congress, due(rule, duty, date), told));
        return told.size();
    }

    /**
     * The duty's deadline clocks, due on its due day: one per deputy who owes it; one per unit when each unit of a kind
     * owes it (JD-26: each deputy group reports by the end of December; its reminders go to the group's leader); or one
     * for the congress when a body owes it (its reminders and escalation go to the office, the clock's
     * {@code responsible}). Only on the occurrence's first recording, so a second firing starts nothing.
     */
    private void startClocks(CongressId congress, PolicyRule rule, CalendarDuty duty, DutyDate date, List<DeputyView> owing) {
        String what = text("duty." + duty.duty(), duty.duty());
        List<Period> reminders = duty.reminders().stream().map(Period::parse).toList();
        String kind = DutyDeadline.subjectKind(duty.duty());
        if (DutyDeadline.EACH_DEPUTY.equals(duty.owedBy())) {
            for (DeputyView deputy : owing) {
                String name = deputy.person().name().value();
                DeadlineSubject subject = new DeadlineSubject(kind, DutyDeadline.subjectId(deputy.deputy().id().toString(), date),
                        title(what + "：" + name), Optional.empty());
                deadlines.startDue(congress, rule.rule(), rule.article(), DutyDeadline.EVENT, what, subject, date.dueOn(),
                        reminders, Optional.empty());
            }
        } else if (DutyDeadline.eachUnit(duty.owedBy()).isPresent()) {
            DutyDeadline.EachUnit each = DutyDeadline.eachUnit(duty.owedBy()).get();
            for (OrganisationUnit unit : Page.all(page -> units.list(each.kind(), page))) {
                DeadlineSubject subject = new DeadlineSubject(kind, DutyDeadline.subjectId(unit.id().toString(), date),
                        title(what + "：" + unit.name().value()), Optional.of(unit.id()));
                deadlines.startDue(congress, rule.rule(), rule.article(), DutyDeadline.EVENT, what, subject, date.dueOn(), reminders,
                        Optional.of(each.reminded().name()));
            }
        } else {
            DeadlineSubject subject = new DeadlineSubject(kind, DutyDeadline.subjectId(congress.value(), date), title(what),
                    Optional.empty());
            deadlines.startDue(congress, rule.rule(), rule.article(), DutyDeadline.EVENT, what, subject, date.dueOn(), reminders,
                    Optional.of(duty.owedBy()));
        }
    }

    private static String title(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200);
    }

    private static CalendarDutyDue due(PolicyRule rule, CalendarDuty duty, DutyDate date) {
        long daysLeft = ChronoUnit.DAYS.between(date.fireOn(), date.dueOn());
        return new CalendarDutyDue(text("duty." + duty.duty(), duty.duty()), rule.rule(), rule.article(), date.dueOn(),
                date.kind() == DutyDate.Kind.DUE ? MESSAGES.text("when.due") : MESSAGES.text("when.reminder", daysLeft),
                date.rounds() == 1 ? Optional.empty() : Optional.of(MESSAGES.text("round.of", date.round(), date.rounds())),
                text("for." + duty.owedBy(), duty.owedBy()),
                duty.submitTo().map(actor -> StepActor.of(actor).label()).orElse(MESSAGES.text("submit.none")));
    }

    private static String text(String key, String fallback) {
        return MESSAGES.has(key) ? MESSAGES.text(key) : fallback;
    }

    @Override
    public Reconciliation reconcile(CongressId congress) {
        LocalDate today = LegalDate.today(clock);
        CalendarPlan plan = plan(congress, today);
        Map<DutyKey, DutyDate> wanted = plan.firstOnOrAfter(today);
        int added = 0;
        int changed = 0;
        int removed = 0;
        int kept = 0;
        for (ScheduledDuty existing : triggers.scheduled(congress)) {
            DutyDate next = wanted.remove(existing.key());
            if (next == null) {
                triggers.unschedule(congress, existing.key());
                removed++;
            } else if (existing.next().equals(next) || stillOwed(plan, existing, next)) {
                kept++;
            } else {
                triggers.schedule(congress, new ScheduledDuty(existing.key(), next));
                changed++;
            }
        }
        for (Map.Entry<DutyKey, DutyDate> missing : wanted.entrySet()) {
            triggers.schedule(congress, new ScheduledDuty(missing.getKey(), missing.getValue()));
            added++;
        }
        return new Reconciliation(added, changed, removed, kept);
    }

    /** A day that passed while no node ran (or is firing now) and the profile still brings: it fires once, late. */
    private static boolean stillOwed(CalendarPlan plan, ScheduledDuty existing, DutyDate next) {
        return existing.next().compareTo(next) < 0
                && plan.entry(existing.key()).map(e -> e.schedule().brings(existing.next(), plan.terms())).orElse(false);
    }

    @Override
    public Reconciliation reconcileAll() {
        Reconciliation total = Reconciliation.none();
        for (CongressId congress : congresses.all()) {
            total = total.plus(reconcile(congress));
        }
        return total;
    }

    @Override
    public List<ScheduledDuty> scheduled(ActingCaller caller) {
        if (!staff(caller)) {
            throw new AccessDenied(MESSAGES.text("scheduled.denied"));
        }
        return triggers.scheduled(caller.congress());
    }

    private static boolean staff(ActingCaller caller) {
        return caller.has(AccessRole.PLATFORM_ADMIN) || caller.has(AccessRole.TENANT_ADMIN) || caller.has(AccessRole.LIAISON_OFFICER);
    }

    private CalendarPlan plan(CongressId congress, LocalDate on) {
        return CalendarPlan.of(profiles.effectiveIn(congress, on), transactions.readInCongress(congress, terms::calendar));
    }
}
