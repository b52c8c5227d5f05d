package org.lvzhi.application.deputy;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.lvzhi.application.congress.port.out.LoadTermsPort;
import org.lvzhi.application.congress.port.out.LoadUnitPort;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.deputy.Seat;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.shared.Violations;

/** Checks that what a seat refers to exists in the acting congress: the term, the delegation, the group, the station. */
@Singleton
class SeatReferences {

    private static final Messages MESSAGES = Messages.of(SeatReferences.class);

    private final LoadTermsPort terms;
    private final LoadUnitPort units;

    SeatReferences(LoadTermsPort terms, LoadUnitPort units) {
        this.terms = terms;
        this.units = units;
    }

    void check(Optional<TermId> term, Seat seat) {
        Violations violations = new Violations();
        term.ifPresent(id -> violations.check(() -> terms.find(id)
                .orElseThrow(() -> MESSAGES.violation("termId", "term.unknown", id))));
        seat.delegation().ifPresent(id -> violations.check(() -> unit("delegationId", id, UnitKind.DELEGATION)));
        seat.deputyGroup().ifPresent(id -> violations.check(() -> unit("deputyGroupId", id, UnitKind.DEPUTY_GROUP)));
        seat.liaisonStation().ifPresent(id -> violations.check(() -> unit("liaisonStationId", id, UnitKind.LIAISON_STATION)));
        violations.throwIfAny();
    }

    private UnitId unit(String field, UnitId id, UnitKind kind) {
        return units.find(id).filter(u -> u.kind() == kind).map(u -> id)
                .orElseThrow(() -> MESSAGES.violation(field, "unit.unknown", id, kind));
    }
}
