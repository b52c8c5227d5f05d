package org.lvzhi.application.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.application.deadline.port.out.DeadlineRecipientsPort;
import org.lvzhi.application.notification.Notification;
import org.lvzhi.application.notification.Recipient;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deadline.DeadlineAction;
import org.lvzhi.domain.deadline.DeadlineClock;
import org.lvzhi.domain.deputy.Position;

/**
 * The notification for one action of one clock, within one congress's poll: reminders and the progress explanation go
 * to whoever the rule makes responsible (the heads of the handling unit), escalations to the liaison office (its
 * director); when nobody holds the office the notification still goes out, to the webhooks only. Holders are looked up
 * once per office and unit per poll.
 */
final class DeadlineNotices {

    static final String REMINDER = "deadline.reminder";
    static final String PROGRESS_REPORT = "deadline.progress-report";
    static final String OVERDUE = "deadline.overdue";
    private static final String LIAISON_OFFICE = "LIAISON_OFFICE";

    private final CongressId congress;
    private final LocalDate today;
    private final DeadlineRecipientsPort recipients;
    private final Map<String, List<Recipient>> holders = new HashMap<>();

    DeadlineNotices(CongressId congress, LocalDate today, DeadlineRecipientsPort recipients) {
        this.congress = congress;
        this.today = today;
        this.recipients = recipients;
    }

    Notification of(DeadlineClock clock, DeadlineAction action) {
        String event = switch (action) {
            case REMINDER -> REMINDER;
            case PROGRESS_REPORT -> PROGRESS_REPORT;
            case OVERDUE -> OVERDUE;
        };
        String party = action == DeadlineAction.OVERDUE ? clock.escalateTo().orElse(LIAISON_OFFICE) : clock.responsible().orElse("");
        return new Notification(congress, event, holdersOf(party, clock.subject().unit()), variables(clock));
    }

    private List<Recipient> holdersOf(String party, Optional<UnitId> unit) {
        Optional<Position> position = position(party);
        if (position.isEmpty() || position.get().heldIn().isPresent() && unit.isEmpty()) {
            return List.of();
        }
        Optional<UnitId> in = position.get().heldIn().isPresent() ? unit : Optional.empty();
        return holders.computeIfAbsent(position.get() + "@" + in.map(UnitId::toString).orElse(""),
                key -> recipients.holders(position.get(), in, today));
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

    private Map<String, String> variables(DeadlineClock clock) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("deadlineId", clock.id().value().toString());
        variables.put("rule", clock.rule());
        variables.put("article", clock.article());
        variables.put("what", clock.what());
        variables.put("subjectKind", clock.subject().kind());
        variables.put("subjectId", clock.subject().id());
        variables.put("subjectTitle", clock.subject().title());
        variables.put("unitId", clock.subject().unit().map(UnitId::toString).orElse(""));
        variables.put("dueOn", clock.dueOn().toString());
        variables.put("daysLeft", String.valueOf(ChronoUnit.DAYS.between(today, clock.dueOn())));
        variables.put("progressReportOn", clock.progressReportOn().map(LocalDate::toString).orElse(""));
        return variables;
    }
}
