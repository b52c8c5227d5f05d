package org.lvzhi.application.archive;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.lvzhi.application.congress.port.out.LoadTermsPort;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.PositionPort;
import org.lvzhi.application.duty.port.out.DutyHistoryPort;
import org.lvzhi.domain.compliance.DeputyAttributes;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.PersonId;
import org.lvzhi.domain.deputy.Position;
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
        return of(List.of(deputy), on).getFirst();
    }

    /** The files of many deputies in the order given, in two reads whatever their number (one more per unknown term). */
    List<DeputyFile> of(List<DeputyView> deputies, LocalDate on) {
        Map<PersonId, Set<Position>> offices = positions.heldBy(deputies.stream().map(deputy -> deputy.person().id()).toList(), on)
                .stream().collect(Collectors.groupingBy(PositionAssignment::holder,
                        Collectors.mapping(PositionAssignment::position, Collectors.toSet())));
        Map<DeputyId, DutyHistoryPort.DutyHistory> history = new HashMap<>();
        deputies.stream().collect(Collectors.groupingBy(deputy -> deputy.deputy().term())).forEach((id, ofTerm) -> {
            Term term = term(id);
            history.putAll(histories.of(ofTerm.stream().map(deputy -> deputy.deputy().id()).toList(), term.startsOn(), term.endsOn()));
        });
        return deputies.stream().map(deputy -> {
            Seat seat = deputy.deputy().seat();
            DutyHistoryPort.DutyHistory own = history.get(deputy.deputy().id());
            return new DeputyFile(deputy, term(deputy.deputy().term()), new DeputyAttributes(seat.grassroots(), seat.military(),
                    seat.constituency(), offices.getOrDefault(deputy.person().id(), Set.of())), own.records(), own.absences());
        }).toList();
    }

    private Term term(TermId id) {
        return known.computeIfAbsent(id, unknown -> terms.find(unknown).orElseThrow());
    }
}
