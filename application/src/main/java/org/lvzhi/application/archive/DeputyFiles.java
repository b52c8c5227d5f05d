package org.lvzhi.application.archive;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.lvzhi.application.congress.port.out.LoadTermsPort;
import org.lvzhi.application.deputy.DeputyView;
import org.lvzhi.application.deputy.port.out.PositionPort;
import org.lvzhi.application.duty.port.out.DutyHistoryPort;
import org.lvzhi.domain.compliance.DeputyAttributes;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.PositionAssignment;
import org.lvzhi.domain.deputy.Seat;

/** Gathers a deputy's file; to be called inside a transaction of the deputy's congress. */
@Singleton
class DeputyFiles {

    private final LoadTermsPort terms;
    private final PositionPort positions;
    private final DutyHistoryPort histories;
    /**
     * A term is never changed once registered, and the id comes from the deputy's own row, read under the congress's
     * row-level security: each node remembers the terms it read, one statement less per file.
     */
    private final Map<TermId, Term> known = new ConcurrentHashMap<>();

    DeputyFiles(LoadTermsPort terms, PositionPort positions, DutyHistoryPort histories) {
        this.terms = terms;
        this.positions = positions;
        this.histories = histories;
    }

    DeputyFile of(DeputyView deputy, LocalDate on) {
        TermId id = deputy.deputy().term();
        Term term = known.computeIfAbsent(id, unknown -> terms.find(unknown).orElseThrow());
        DutyHistoryPort.DutyHistory history = histories.of(deputy.deputy().id(), term.startsOn(), term.endsOn());
        return new DeputyFile(deputy, term, attributes(deputy, on), history.records(), history.absences());
    }

    DeputyAttributes attributes(DeputyView deputy, LocalDate on) {
        Seat seat = deputy.deputy().seat();
        return new DeputyAttributes(seat.grassroots(), seat.military(), seat.constituency(),
                positions.heldBy(deputy.person().id(), on).stream().map(PositionAssignment::position).collect(Collectors.toSet()));
    }
}
