package org.lvzhi.domain.calendar;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One day a calendar duty brings: the duty falls due on {@code dueOn}, or a reminder of it comes on
 * {@code fireOn}. A duty done several times per year or term ({@code times: 7}) is the {@code round}-th of
 * {@code rounds} checkpoints.
 */
public record DutyDate(LocalDate fireOn, LocalDate dueOn, Kind kind, int round, int rounds) implements Comparable<DutyDate> {

    public enum Kind {
        REMINDER,
        DUE
    }

    private static final Comparator<DutyDate> ORDER = Comparator.comparing(DutyDate::fireOn)
            .thenComparing(DutyDate::dueOn).thenComparing(DutyDate::kind);

    public DutyDate {
        if (fireOn.isAfter(dueOn)) {
            throw new IllegalArgumentException("a reminder comes before its due date: " + fireOn + " > " + dueOn);
        }
        if (round < 1 || round > rounds) {
            throw new IllegalArgumentException("round " + round + " of " + rounds);
        }
    }

    static DutyDate due(LocalDate dueOn, int round, int rounds) {
        return new DutyDate(dueOn, dueOn, Kind.DUE, round, rounds);
    }

    DutyDate reminder(LocalDate on) {
        return new DutyDate(on, dueOn, Kind.REMINDER, round, rounds);
    }

    @Override
    public int compareTo(DutyDate other) {
        return ORDER.compare(this, other);
    }
}
