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
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.suggestion.port.in.SuggestionAccess;
import org.lvzhi.application.suggestion.port.out.SuggestionScope;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.suggestion.Suggestion;

/**
 * Who sees and who acts on a suggestion, after {@link SuggestionAccess} has granted the operation: those who handle
 * screen, assign and supervise; a deputy acts on what they sponsor; a handling unit's user belongs to the units in
 * which they hold HANDLING_UNIT_HEAD on the day, and answers for the lead one.
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
        if (!SuggestionAccess.GRANTS.allows(caller, SuggestionAccess.HANDLE)) {
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

    /** What the caller sees: every submitted one, what their units handle, or what they sponsor (nothing without a seat). */
    SuggestionScope scope(ActingCaller caller, LocalDate on) {
        if (SuggestionAccess.GRANTS.allows(caller, SuggestionAccess.READ_ALL)) {
            return new SuggestionScope.Submitted();
        }
        if (answers(caller)) {
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
        if (answers(caller) && lead.isPresent() && unitsOf(caller, on).contains(lead.get())) {
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

    private static boolean answers(ActingCaller caller) {
        return SuggestionAccess.GRANTS.allows(caller, SuggestionAccess.ANSWER);
    }

    private static Optional<Login> login(ActingCaller caller) {
        try {
            return Optional.of(new Login(caller.subject()));
        } catch (InvariantViolation notALogin) {
            return Optional.empty();
        }
    }
}
