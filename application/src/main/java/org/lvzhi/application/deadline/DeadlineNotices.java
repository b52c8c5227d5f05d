package org.lvzhi.application.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.application.deadline.event.AboutDeadlines;
import org.lvzhi.application.deadline.event.DeadlineOverdue;
import org.lvzhi.application.deadline.event.DeadlineProgressReport;
import org.lvzhi.application.deadline.event.DeadlineReminder;
import org.lvzhi.application.deadline.port.out.DeadlineRecipientsPort;
import org.lvzhi.application.event.Event;
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

    private static final String LIAISON_OFFICE = "LIAISON_OFFICE";

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
        pending.forEach((group, clocks) -> notifications.send(Notification.of(congress,
                event(group.action(), AboutDeadlines.of(clocks, today)), holdersOf(group))));
        return pending.size();
    }

    private static Event event(DeadlineAction action, AboutDeadlines deadlines) {
        return switch (action) {
            case REMINDER -> new DeadlineReminder(deadlines);
            case PROGRESS_REPORT -> new DeadlineProgressReport(deadlines);
            case OVERDUE -> new DeadlineOverdue(deadlines);
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
}
