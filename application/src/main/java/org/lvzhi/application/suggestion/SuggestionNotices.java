package org.lvzhi.application.suggestion;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.event.Event;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.NotificationPort;
import org.lvzhi.application.event.Recipient;
import org.lvzhi.application.suggestion.port.out.HandlingUnitHeadsPort;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.suggestion.HandlingUnit;
import org.lvzhi.domain.suggestion.Suggestion;

/**
 * Tells the people concerned of each change (and every webhook subscribed to its event): the sponsors of what
 * happens to their suggestion, the heads of the handling units of what is asked of them. Every event carries
 * {@link org.lvzhi.application.suggestion.event.AboutSuggestion}; each adds what it is about.
 */
@Singleton
class SuggestionNotices {

    private final NotificationPort notifications;
    private final LoadDeputyPort deputies;
    private final HandlingUnitHeadsPort heads;

    SuggestionNotices(NotificationPort notifications, LoadDeputyPort deputies, HandlingUnitHeadsPort heads) {
        this.notifications = notifications;
        this.deputies = deputies;
        this.heads = heads;
    }

    /** To the sponsor and co-sponsors. */
    void toSponsors(CongressId congress, Suggestion suggestion, Event event) {
        send(congress, event, sponsors(suggestion));
    }

    /** To the heads of every handling unit on the date. */
    void toUnits(CongressId congress, Suggestion suggestion, LocalDate on, Event event) {
        send(congress, event, unitHeads(suggestion.units().stream().map(HandlingUnit::unit), on));
    }

    /** To the heads of the lead unit on the date. */
    void toLead(CongressId congress, Suggestion suggestion, LocalDate on, Event event) {
        send(congress, event, unitHeads(suggestion.leadUnit().stream(), on));
    }

    /** To the sponsors and the heads of every handling unit. */
    void toAll(CongressId congress, Suggestion suggestion, LocalDate on, Event event) {
        List<Recipient> all = new ArrayList<>(sponsors(suggestion));
        all.addAll(unitHeads(suggestion.units().stream().map(HandlingUnit::unit), on));
        send(congress, event, all);
    }

    private void send(CongressId congress, Event event, List<Recipient> recipients) {
        notifications.send(Notification.of(congress, event, recipients));
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
