package org.lvzhi.application.deadline;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.lvzhi.application.deadline.port.in.DeadlineClocks;
import org.lvzhi.application.deadline.port.out.DeadlinePort;
import org.lvzhi.application.deadline.port.out.HolidayCalendarPort;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deadline.DeadlineClock;
import org.lvzhi.domain.deadline.DeadlineId;
import org.lvzhi.domain.deadline.DeadlineState;
import org.lvzhi.domain.deadline.DeadlineSubject;
import org.lvzhi.domain.deadline.DeadlineTerms;
import org.lvzhi.domain.deadline.HolidayCalendar;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.Enforcement;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.RuleKind;
import org.lvzhi.domain.policy.Sourced;
import org.lvzhi.domain.shared.Checks;

/**
 * Starts and stops clocks inside the caller's transaction: each enforced DEADLINE rule of the profile in force that
 * names the event becomes one row, due on the date the Civil Code's counting gives with the platform's holiday
 * calendar; opens no transaction of its own, so a rolled-back event leaves no clock.
 */
@Singleton
class DeadlineClockService implements DeadlineClocks {

    private final PolicyProfileQueries profiles;
    private final HolidayCalendarPort holidays;
    private final DeadlinePort deadlines;
    private final Clock clock;

    DeadlineClockService(PolicyProfileQueries profiles, HolidayCalendarPort holidays, DeadlinePort deadlines, Clock clock) {
        this.profiles = profiles;
        this.holidays = holidays;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public List<StartedDeadline> start(CongressId congress, String event, DeadlineSubject subject, LocalDate on, boolean complex) {
        return start(congress, event, rule -> true, subject, on, complex);
    }

    @Override
    public List<StartedDeadline> start(CongressId congress, String event, Predicate<String> rules, DeadlineSubject subject,
            LocalDate on) {
        return start(congress, event, Checks.required("rules", rules), subject, on, false);
    }

    private List<StartedDeadline> start(CongressId congress, String event, Predicate<String> accepted, DeadlineSubject subject,
            LocalDate on, boolean complex) {
        Checks.required("event", event);
        Checks.required("subject", subject);
        Checks.required("on", on);
        EffectiveProfile profile = profiles.effectiveIn(congress, on);
        List<PolicyRule> rules = rulesFor(profile, event).stream().filter(rule -> accepted.test(rule.rule())).toList();
        if (rules.isEmpty()) {
            return List.of();
        }
        HolidayCalendar calendar = new HolidayCalendar(holidays.all());
        LocalDate today = LegalDate.today(clock);
        List<StartedDeadline> started = new ArrayList<>();
        for (PolicyRule rule : rules) {
            DeadlineClock opened = DeadlineClock.start(DeadlineId.random(),
                    DeadlineTerms.of(rule, complex, profile.restDayRule().value()), subject, on, today, calendar);
            deadlines.add(opened);
            started.add(new StartedDeadline(opened.id().value().toString(), opened.rule(), opened.article(), opened.what(),
                    opened.dueOn()));
        }
        return started;
    }

    @Override
    public StartedDeadline startDue(CongressId congress, String rule, String article, String event, String what,
            DeadlineSubject subject, LocalDate dueOn, List<Period> reminders, Optional<String> responsible) {
        DeadlineClock opened = DeadlineClock.due(DeadlineId.random(), Checks.required("rule", rule), Checks.required("article", article),
                Checks.required("event", event), Checks.required("subject", subject), Checks.required("what", what),
                Checks.required("responsible", responsible), LegalDate.today(clock), Checks.required("dueOn", dueOn),
                List.copyOf(Checks.required("reminders", reminders)));
        deadlines.add(opened);
        return new StartedDeadline(opened.id().value().toString(), opened.rule(), opened.article(), opened.what(), opened.dueOn());
    }

    @Override
    public int stop(CongressId congress, String event, DeadlineSubject subject, LocalDate on) {
        Checks.required("event", event);
        Checks.required("subject", subject);
        return deadlines.stop(event, Optional.empty(), subject.kind(), subject.id(), Checks.required("on", on));
    }

    @Override
    public int stop(CongressId congress, String event, String rule, DeadlineSubject subject, LocalDate on) {
        Checks.required("event", event);
        Checks.required("subject", subject);
        return deadlines.stop(event, Optional.of(Checks.required("rule", rule)), subject.kind(), subject.id(),
                Checks.required("on", on));
    }

    @Override
    public boolean stopOne(CongressId congress, String event, DeadlineSubject subject, LocalDate on, Due which) {
        Checks.required("event", event);
        Checks.required("subject", subject);
        Comparator<DeadlineClock> byDue = Comparator.comparing(DeadlineClock::dueOn);
        Optional<DeadlineClock> open = deadlines.ofSubject(subject.kind(), subject.id()).stream()
                .filter(c -> c.event().equals(event) && c.state() == DeadlineState.OPEN)
                .min(Checks.required("which", which) == Due.FIRST ? byDue : byDue.reversed());
        return open.filter(c -> deadlines.stop(c.id(), Checks.required("on", on)) > 0).isPresent();
    }

    static List<PolicyRule> rulesFor(EffectiveProfile profile, String event) {
        return profile.rules().stream().map(Sourced::value)
                .filter(rule -> rule.kind() == RuleKind.DEADLINE && rule.enforcedAs() == Enforcement.ENFORCED)
                .filter(rule -> rule.deadline().filter(d -> d.event().equals(event)).isPresent())
                .toList();
    }
}
