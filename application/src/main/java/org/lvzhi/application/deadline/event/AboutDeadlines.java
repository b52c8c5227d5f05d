package org.lvzhi.application.deadline.event;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lvzhi.application.event.Event;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deadline.DeadlineClock;
import org.lvzhi.domain.deadline.DeadlineId;

/**
 * What every deadline notice says of the clocks it is about (of one action under one rule for one party): the first
 * clock's facts, how many there are, each clock's id ({@code deadlineIds}, comma-separated) and each listed as a line of
 * {@code items}. A single clock reads as itself, several as a digest ("…等3件").
 */
public record AboutDeadlines(int count, DeadlineId deadlineId, String deadlineIds, String rule, String article, String what,
                             String subjectKind, String subjectId, String subjectTitle, Optional<UnitId> unitId,
                             LocalDate dueOn, long daysLeft, Optional<LocalDate> progressReportOn, String items)
        implements Event.Part {

    private static final int LISTED = 50;

    /** The clocks as seen on {@code today}, the first one standing for all. */
    public static AboutDeadlines of(List<DeadlineClock> clocks, LocalDate today) {
        DeadlineClock first = clocks.getFirst();
        int count = clocks.size();
        return new AboutDeadlines(count, first.id(),
                clocks.stream().map(c -> c.id().toString()).collect(Collectors.joining(",")),
                first.rule(), first.article(), first.what(), first.subject().kind(), first.subject().id(),
                count == 1 ? first.subject().title() : first.subject().title() + "等" + count + "件",
                first.subject().unit(), first.dueOn(), ChronoUnit.DAYS.between(today, first.dueOn()),
                first.progressReportOn(), items(clocks));
    }

    private static String items(List<DeadlineClock> clocks) {
        String listed = clocks.stream().limit(LISTED)
                .map(c -> "· " + c.subject().title() + "（" + c.rule() + "，" + c.dueOn() + "到期）")
                .collect(Collectors.joining("\n"));
        return clocks.size() > LISTED ? listed + "\n……共" + clocks.size() + "件" : listed;
    }
}
