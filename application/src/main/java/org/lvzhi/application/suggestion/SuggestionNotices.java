package org.lvzhi.application.suggestion;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.lvzhi.application.deputy.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.NotificationPort;
import org.lvzhi.application.event.Recipient;
import org.lvzhi.application.suggestion.port.out.HandlingUnitHeadsPort;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.suggestion.HandlingUnit;
import org.lvzhi.domain.suggestion.Suggestion;

/**
 * Tells the people concerned of each change (and every webhook subscribed to its event): the sponsors of what
 * happens to their suggestion, the heads of the handling units of what is asked of them. Every notification
 * carries the suggestion's id, title and state (in Chinese); events add what they are about.
 */
@Singleton
class SuggestionNotices {

    static final String SUBMITTED = "suggestion.submitted";
    static final String SCREENED = "suggestion.screened";
    static final String MERGED = "suggestion.merged";
    static final String ASSIGNED = "suggestion.assigned";
    static final String PROGRESS_REPORTED = "suggestion.progress-reported";
    static final String EXTENSION_REQUESTED = "suggestion.extension-requested";
    static final String EXTENSION_DECIDED = "suggestion.extension-decided";
    static final String URGED = "suggestion.urged";
    static final String REPLIED = "suggestion.replied";
    static final String FEEDBACK_GIVEN = "suggestion.feedback-given";
    static final String REASSIGNED = "suggestion.reassigned";
    static final String EVALUATED = "suggestion.evaluated";
    static final String CLOSED = "suggestion.closed";

    private final NotificationPort notifications;
    private final LoadDeputyPort deputies;
    private final HandlingUnitHeadsPort heads;

    SuggestionNotices(NotificationPort notifications, LoadDeputyPort deputies, HandlingUnitHeadsPort heads) {
        this.notifications = notifications;
        this.deputies = deputies;
        this.heads = heads;
    }

    /** To the sponsor and co-sponsors. */
    void toSponsors(CongressId congress, String event, Suggestion suggestion, Map<String, String> extra) {
        send(congress, event, suggestion, sponsors(suggestion), extra);
    }

    /** To the heads of every handling unit on the date. */
    void toUnits(CongressId congress, String event, Suggestion suggestion, LocalDate on, Map<String, String> extra) {
        send(congress, event, suggestion, unitHeads(suggestion.units().stream().map(HandlingUnit::unit), on), extra);
    }

    /** To the heads of the lead unit on the date. */
    void toLead(CongressId congress, String event, Suggestion suggestion, LocalDate on, Map<String, String> extra) {
        send(congress, event, suggestion, unitHeads(suggestion.leadUnit().stream(), on), extra);
    }

    /** To the sponsors and the heads of every handling unit. */
    void toAll(CongressId congress, String event, Suggestion suggestion, LocalDate on, Map<String, String> extra) {
        List<Recipient> all = new ArrayList<>(sponsors(suggestion));
        all.addAll(unitHeads(suggestion.units().stream().map(HandlingUnit::unit), on));
        send(congress, event, suggestion, all, extra);
    }

    private void send(CongressId congress, String event, Suggestion suggestion, List<Recipient> recipients, Map<String, String> extra) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("suggestionId", suggestion.id().toString());
        variables.put("title", suggestion.title());
        variables.put("state", Messages.label(suggestion.state()));
        variables.put("dueOn", suggestion.replyDueOn().or(suggestion::feedbackDueOn).map(LocalDate::toString).orElse(""));
        variables.putAll(extra);
        notifications.send(new Notification(congress, event, recipients, variables));
    }

    private List<Recipient> sponsors(Suggestion suggestion) {
        return Stream.concat(Stream.of(suggestion.sponsor()), suggestion.coSponsors().stream())
                .map(deputies::find).flatMap(Optional::stream).map(DeputyView::recipient).toList();
    }

    private List<Recipient> unitHeads(Stream<UnitId> units, LocalDate on) {
        return units.flatMap(unit -> heads.heads(unit, on).stream())
                .map(person -> new Recipient(person.name().value(), person.login().map(Login::value), Optional.empty()))
                .distinct().toList();
    }
}
