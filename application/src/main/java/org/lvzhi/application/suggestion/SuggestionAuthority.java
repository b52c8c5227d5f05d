package org.lvzhi.application.suggestion;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.deputy.port.out.PositionPort;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.suggestion.port.out.SuggestionScope;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.suggestion.Suggestion;

/**
 * Who sees and who acts on a suggestion. Staff (tenant admin, liaison officer) screen, assign and supervise; a deputy
 * acts on what they sponsor; a handling unit's user belongs to the units in which they hold HANDLING_UNIT_HEAD on the
 * day, and acts for the lead one.
 */
@Singleton
class SuggestionAuthority {

    private static final Messages MESSAGES = Messages.of(SuggestionAuthority.class);

    private final LoadDeputyPort deputies;
    private final PositionPort positions;

    SuggestionAuthority(LoadDeputyPort deputies, PositionPort positions) {
        this.deputies = deputies;
        this.positions = positions;
    }


    void checkStaff(ActingCaller caller) {
        if (!caller.isStaff()) {
            throw new AccessDenied(MESSAGES.text("staff-only"));
        }
    }

    /** The caller's own seat in the congress: whom a suggestion they draft is sponsored by. */
    Optional<DeputyView> ownSeat(ActingCaller caller) {
        return login(caller).flatMap(deputies::findByLogin);
    }

    DeputyView requireOwnSeat(ActingCaller caller) {
        return ownSeat(caller).orElseThrow(() -> new AccessDenied(MESSAGES.text("deputy-only")));
    }

    /** The handling units the caller heads on the date. */
    Set<UnitId> unitsOf(ActingCaller caller, LocalDate on) {
        return login(caller).map(login -> positions.heldBy(login, on).stream()
                        .filter(held -> held.position() == Position.HANDLING_UNIT_HEAD)
                        .flatMap(held -> held.unit().stream())
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    /** What the caller sees; nothing when they are neither staff, a deputy of the congress nor a unit's user. */
    SuggestionScope scope(ActingCaller caller, LocalDate on) {
        if (caller.isStaff() || caller.has(AccessRole.PLATFORM_ADMIN) || caller.has(AccessRole.INTEGRATION)) {
            return new SuggestionScope.Submitted();
        }
        if (caller.has(AccessRole.HANDLING_UNIT)) {
            return new SuggestionScope.HandledBy(unitsOf(caller, on));
        }
        return ownSeat(caller).<SuggestionScope>map(seat -> new SuggestionScope.SponsoredBy(seat.deputy().id()))
                .orElseGet(() -> new SuggestionScope.HandledBy(Set.of()));
    }

    static boolean sees(SuggestionScope scope, Suggestion suggestion) {
        return switch (scope) {
            case SuggestionScope.Submitted all -> suggestion.state() != org.lvzhi.domain.suggestion.SuggestionState.DRAFT;
            case SuggestionScope.SponsoredBy own -> suggestion.sponsoredBy(own.deputy());
            case SuggestionScope.HandledBy handled -> suggestion.handledBy(handled.units());
        };
    }

    /** The lead unit the caller acts for, or refusal: a co-handler or a deputy may not answer for it. */
    UnitId actingForLead(ActingCaller caller, Suggestion suggestion, LocalDate on) {
        Optional<UnitId> lead = suggestion.leadUnit();
        if (caller.has(AccessRole.HANDLING_UNIT) && lead.isPresent() && unitsOf(caller, on).contains(lead.get())) {
            return lead.get();
        }
        throw new AccessDenied(MESSAGES.text("lead-unit-only"));
    }

    /** Only the sponsor who leads the suggestion gives feedback and evaluates. */
    void checkSponsor(ActingCaller caller, Suggestion suggestion) {
        if (ownSeat(caller).filter(seat -> seat.deputy().id().equals(suggestion.sponsor())).isEmpty()) {
            throw new AccessDenied(MESSAGES.text("sponsor-only"));
        }
    }

    private static Optional<Login> login(ActingCaller caller) {
        try {
            return Optional.of(new Login(caller.subject()));
        } catch (InvariantViolation notALogin) {
            return Optional.empty();
        }
    }
}
