package org.lvzhi.application.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lvzhi.application.deadline.port.out.DeadlineRecipientsPort;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.NotificationPort;
import org.lvzhi.application.event.Recipient;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deadline.DeadlineAction;
import org.lvzhi.domain.deadline.DeadlineClock;
import org.lvzhi.domain.deputy.Position;

/**
 * The notifications of one congress's poll. Reminders and progress explanations go to whoever the rule makes
 * responsible (the heads of the subject's handling unit), escalations to the liaison office (its director); when nobody
 * holds the office the notification still goes out, to the webhooks only (no recipients). The clocks of one action under
 * one rule for the same party make one notification: a single clock reads as itself, several as a digest listing each (with every
 * deadline id for webhook consumers), so a unit with a hundred replies due hears once, not a hundred times.
 */
final class DeadlineNotices {

    static final String REMINDER = "deadline.reminder";
    static final String PROGRESS_REPORT = "deadline.progress-report";
    static final String OVERDUE = "deadline.overdue";
    private static final String LIAISON_OFFICE = "LIAISON_OFFICE";
    private static final int LISTED = 50;

    private final CongressId congress;
    private final LocalDate today;
    private final DeadlineRecipientsPort recipients;
    private final Map<String, List<Recipient>> holders = new HashMap<>();
    private final Map<Group, List<DeadlineClock>> pending = new LinkedHashMap<>();

    DeadlineNotices(CongressId congress, LocalDate today, DeadlineRecipientsPort recipients) {
        this.congress = congress;
        this.today = today;
        this.recipients = recipients;
    }

    private record Group(DeadlineAction action, String rule, Optional<Position> position, Optional<UnitId> unit) {
    }

    void add(DeadlineClock clock, DeadlineAction action) {
        String party = action == DeadlineAction.OVERDUE ? clock.escalateTo().orElse(LIAISON_OFFICE) : clock.responsible().orElse("");
        Optional<Position> position = position(party);
        Optional<UnitId> unit = position.flatMap(Position::heldIn).isPresent() ? clock.subject().unit() : Optional.empty();
        pending.computeIfAbsent(new Group(action, clock.rule(), position, unit), g -> new ArrayList<>()).add(clock);
    }

    /** Sends what was added; answers how many notifications went out. */
    int sendAll(NotificationPort notifications) {
        pending.forEach((group, clocks) -> notifications.send(new Notification(congress, event(group.action()),
                holdersOf(group), variables(clocks))));
        return pending.size();
    }

    private static String event(DeadlineAction action) {
        return switch (action) {
            case REMINDER -> REMINDER;
            case PROGRESS_REPORT -> PROGRESS_REPORT;
            case OVERDUE -> OVERDUE;
        };
    }

    private List<Recipient> holdersOf(Group group) {
        if (group.position().isEmpty() || group.position().get().heldIn().isPresent() && group.unit().isEmpty()) {
            return List.of();
        }
        return holders.computeIfAbsent(group.position().get() + "@" + group.unit().map(UnitId::toString).orElse(""),
                key -> recipients.holders(group.position().get(), group.unit(), today));
    }

    private static Optional<Position> position(String party) {
        if (party.equals(LIAISON_OFFICE)) {
            return Optional.of(Position.LIAISON_OFFICE_DIRECTOR);
        }
        for (Position position : Position.values()) {
            if (position.name().equals(party)) {
                return Optional.of(position);
            }
        }
        return Optional.empty();
    }

    private Map<String, String> variables(List<DeadlineClock> clocks) {
        DeadlineClock first = clocks.getFirst();
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("count", String.valueOf(clocks.size()));
        variables.put("deadlineId", first.id().value().toString());
        variables.put("deadlineIds", clocks.stream().map(c -> c.id().value().toString()).collect(Collectors.joining(",")));
        variables.put("rule", first.rule());
        variables.put("article", first.article());
        variables.put("what", first.what());
        variables.put("subjectKind", first.subject().kind());
        variables.put("subjectId", first.subject().id());
        variables.put("subjectTitle", clocks.size() == 1 ? first.subject().title() : first.subject().title() + "等" + clocks.size() + "件");
        variables.put("unitId", first.subject().unit().map(UnitId::toString).orElse(""));
        variables.put("dueOn", first.dueOn().toString());
        variables.put("daysLeft", String.valueOf(ChronoUnit.DAYS.between(today, first.dueOn())));
        variables.put("progressReportOn", first.progressReportOn().map(LocalDate::toString).orElse(""));
        variables.put("items", items(clocks));
        return variables;
    }

    private static String items(List<DeadlineClock> clocks) {
        String listed = clocks.stream().limit(LISTED)
                .map(c -> "· " + c.subject().title() + "（" + c.rule() + "，" + c.dueOn() + "到期）")
                .collect(Collectors.joining("\n"));
        return clocks.size() > LISTED ? listed + "\n……共" + clocks.size() + "件" : listed;
    }
}
