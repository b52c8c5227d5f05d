package org.lvzhi.domain.supervision;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.lvzhi.domain.compliance.CountingWindow;
import org.lvzhi.domain.compliance.DateRange;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.policy.Trigger;
import org.lvzhi.domain.shared.Messages;

/**
 * MISSING_RECORDS: fires when a window holds no confirmed record of ALL of the trigger's groups (every group
 * empty: QH-11.4 no speech and no suggestion) or of ANY of them (one group empty: DC-9.2 no speech or no
 * suggestion). Which windows, by the trigger's window type:
 * <ul>
 *   <li>CALENDAR_YEAR — each of the last {@code consecutive} completed calendar years before the date, each
 *       meeting the term (clipped to it); with {@code atSession} only the days of the year's sessions count, and a
 *       year without a session breaks the run. Key: the year the run began (walking back while earlier years fire
 *       too), so a deputy silent 2024–2026 is one case, not one per pair of years; with {@code consecutive} 1 each
 *       year is its own case (see {@link Runs}); the case names every year of its run and rests on them;</li>
 *   <li>TERM — the whole term, from its last day (the nightly run judges the term in force, so later would be
 *       never); key: the term's start;</li>
 *   <li>ROLLING P — the period ending on the date (QH-12, DC-9.6: "a year or more without contact"), once the
 *       deputy has been in office for all of it; key: the day the lapse began (the last such record before the
 *       window, or the term's start), so one lapse is one case and a lapse after a new contact is a new one.</li>
 * </ul>
 * Keys start with the groups, so several triggers under one rule id (JD-29) never share a key.
 */
final class MissingRecordsTrigger {

    private static final Messages MESSAGES = Messages.of(MissingRecordsTrigger.class);

    private final Trigger trigger;
    private final Term term;
    private final ConfirmedRecords records;
    private final List<DateRange> sessions;
    private final Function<String, String> typeNames;
    private final boolean all;

    private MissingRecordsTrigger(Trigger trigger, SupervisionFacts facts, Function<String, String> typeNames) {
        this.trigger = trigger;
        this.term = facts.term();
        this.records = facts.records().within(facts.term());
        this.sessions = facts.sessions();
        this.typeNames = typeNames;
        this.all = trigger.missing().orElse("ALL").equals("ALL");
    }

    /** @param typeNames the Chinese name of an activity type code, for the evidence */
    static TriggerState check(Trigger trigger, SupervisionFacts facts, LocalDate on, Function<String, String> typeNames) {
        if (trigger.groups().isEmpty()) {
            return TriggerState.QUIET;
        }
        MissingRecordsTrigger check = new MissingRecordsTrigger(trigger, facts, typeNames);
        return switch (trigger.window().type()) {
            case CALENDAR_YEAR -> check.yearly(on);
            case TERM -> check.wholeTerm(on);
            case ROLLING -> check.rolling(on, CountingWindow.of(trigger.window()).period().orElseThrow());
        };
    }

    private TriggerState yearly(LocalDate on) {
        List<Integer> completed = IntStream.range(term.startsOn().getYear(), Math.min(on.getYear(), term.endsOn().getYear() + 1)).boxed().toList();
        return Runs.endingWithLast(completed, year -> firingGroupsIn(year).isPresent(), trigger.consecutive().orElse(1))
                .map(run -> TriggerState.once(new Firing(scope() + "@" + run.getFirst(),
                        run.stream().map(year -> MESSAGES.text(trigger.atSession() ? "evidence.session-year" : "evidence.year",
                                String.valueOf(year), describe(firingGroupsIn(year).orElseThrow()))).toList(),
                        new CaseGrounds(List.of(), run.stream().map(this::inTerm).flatMap(Optional::stream).toList()))))
                .orElse(TriggerState.QUIET);
    }

    private Optional<DateRange> inTerm(int year) {
        return DateRange.year(year).intersect(DateRange.of(term));
    }

    /**
     * The groups without a record in the year when they make the trigger fire; empty when the year does not fire,
     * lies outside the term or, with {@code atSession}, held no session.
     */
    private Optional<List<List<String>>> firingGroupsIn(int year) {
        List<DateRange> days = inTerm(year)
                .map(inTerm -> trigger.atSession()
                        ? sessions.stream().flatMap(session -> session.intersect(inTerm).stream()).toList()
                        : List.of(inTerm))
                .orElse(List.of());
        return days.isEmpty() ? Optional.empty() : Optional.of(emptyGroups(days)).filter(this::fires);
    }

    private TriggerState wholeTerm(LocalDate on) {
        DateRange whole = DateRange.of(term);
        List<List<String>> empty = emptyGroups(List.of(whole));
        if (on.isBefore(term.endsOn()) || !fires(empty)) {
            return TriggerState.QUIET;
        }
        return TriggerState.once(new Firing(scope() + "@" + term.startsOn(),
                List.of(MESSAGES.text("evidence.range", whole.from(), whole.to(), describe(empty))), new CaseGrounds(List.of(), List.of(whole))));
    }

    private TriggerState rolling(LocalDate on, Period period) {
        LocalDate from = on.minus(period).plusDays(1);
        if (from.isBefore(term.startsOn()) || !term.covers(on)) {
            return TriggerState.QUIET;
        }
        List<List<String>> empty = emptyGroups(List.of(new DateRange(from, on)));
        if (!fires(empty)) {
            return TriggerState.QUIET;
        }
        // The lapse began when the last group (ALL) or the first group (ANY) stopped having records.
        Stream<LocalDate> lastSeen = empty.stream().map(group -> records.lastBefore(group, from).orElse(term.startsOn()));
        LocalDate lapseStart = (all ? lastSeen.max(Comparator.naturalOrder()) : lastSeen.min(Comparator.naturalOrder())).orElseThrow();
        String since = MESSAGES.text("evidence.since", lapseStart);
        return TriggerState.once(new Firing(scope() + "@" + lapseStart,
                List.of(MESSAGES.text("evidence.range", from, on, describe(empty)), since),
                new CaseGrounds(List.of(), List.of(new DateRange(from, on)))));
    }

    private List<List<String>> emptyGroups(List<DateRange> ranges) {
        return trigger.groups().stream().filter(group -> ranges.stream().noneMatch(range -> records.any(group, range))).toList();
    }

    private boolean fires(List<List<String>> empty) {
        return all ? empty.size() == trigger.groups().size() : !empty.isEmpty();
    }

    private String scope() {
        return trigger.groups().stream().map(group -> String.join("+", group)).collect(Collectors.joining("|"));
    }

    private String describe(List<List<String>> groups) {
        return groups.stream()
                .map(group -> group.stream().map(typeNames).collect(Collectors.joining("或", "“", "”")))
                .collect(Collectors.joining("、"));
    }
}
