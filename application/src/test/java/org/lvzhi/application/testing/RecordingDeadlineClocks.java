package org.lvzhi.application.testing;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.lvzhi.application.deadline.port.in.DeadlineClocks;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deadline.DeadlineSubject;
import org.lvzhi.domain.policy.Deadline;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.RuleKind;
import org.lvzhi.domain.policy.Sourced;

/**
 * Records the clocks started and stopped. Started clocks are the profile's DEADLINE rules for the event, each due the
 * plain calendar period after (or, for BEFORE, before) the date — no rest-day moves; the engine owns those.
 */
public final class RecordingDeadlineClocks implements DeadlineClocks {

    /** One start or stop as the use case asked for it. */
    public record Call(CongressId congress, String event, DeadlineSubject subject, LocalDate on, boolean complex) {
    }

    private final PolicyProfileQueries profiles;
    private final AtomicInteger ids = new AtomicInteger();
    private final List<Call> started = new ArrayList<>();
    private final List<Call> stopped = new ArrayList<>();
    private final List<String> stoppedRules = new ArrayList<>();
    private final List<StartedDeadline> open = new ArrayList<>();

    public RecordingDeadlineClocks(PolicyProfileQueries profiles) {
        this.profiles = profiles;
    }

    @Override
    public List<StartedDeadline> start(CongressId congress, String event, DeadlineSubject subject, LocalDate on, boolean complex) {
        started.add(new Call(congress, event, subject, on, complex));
        List<StartedDeadline> clocks = profiles.effectiveIn(congress, on).rules().stream().map(Sourced::value)
                .filter(rule -> rule.kind() == RuleKind.DEADLINE)
                .flatMap(rule -> rule.deadline().filter(d -> d.event().equals(event)).map(d -> clock(rule, d, on, complex)).stream())
                .toList();
        open.addAll(clocks);
        return clocks;
    }

    @Override
    public int stop(CongressId congress, String event, DeadlineSubject subject, LocalDate on) {
        stopped.add(new Call(congress, event, subject, on, false));
        return (int) started.stream().filter(call -> call.subject().equals(subject) && call.event().equals(event)).count();
    }

    @Override
    public int stop(CongressId congress, String event, String rule, DeadlineSubject subject, LocalDate on) {
        stoppedRules.add(rule);
        return stop(congress, event, subject, on) > 0 ? 1 : 0;
    }

    @Override
    public List<StartedDeadline> start(CongressId congress, String event, java.util.function.Predicate<String> rules,
            DeadlineSubject subject, LocalDate on) {
        List<StartedDeadline> all = start(congress, event, subject, on, false);
        return all.stream().filter(clock -> rules.test(clock.rule())).toList();
    }

    @Override
    public StartedDeadline startDue(CongressId congress, String rule, String article, String event, String what,
            DeadlineSubject subject, LocalDate dueOn, List<Period> reminders, java.util.Optional<String> responsible) {
        started.add(new Call(congress, event, subject, dueOn, false));
        StartedDeadline clock = new StartedDeadline("clock-" + ids.incrementAndGet(), rule, article, what, dueOn);
        open.add(clock);
        return clock;
    }

    @Override
    public boolean stopOne(CongressId congress, String event, DeadlineSubject subject, LocalDate on, Due which) {
        return stop(congress, event, subject, on) > 0;
    }

    /** The rules whose clock was stopped one by one, in order. */
    public List<String> stoppedRules() {
        return List.copyOf(stoppedRules);
    }

    public List<Call> started() {
        return List.copyOf(started);
    }

    public List<Call> stopped() {
        return List.copyOf(stopped);
    }

    private StartedDeadline clock(PolicyRule rule, Deadline deadline, LocalDate on, boolean complex) {
        Period period = Period.parse(complex ? deadline.complexPeriod().orElse(deadline.period()) : deadline.period());
        LocalDate due = deadline.direction().filter("BEFORE"::equals).isPresent() ? on.minus(period) : on.plus(period);
        return new StartedDeadline("clock-" + ids.incrementAndGet(), rule.rule(), rule.article(),
                deadline.what().orElse(rule.summary()), due);
    }

    /** Every clock started and not yet asked about, for assertions. */
    public List<StartedDeadline> open() {
        return List.copyOf(open);
    }
}
