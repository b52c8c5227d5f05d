package org.lvzhi.application.archive;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lvzhi.application.congress.port.out.LoadTermsPort;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.PositionPort;
import org.lvzhi.application.duty.port.out.DutyHistoryPort;
import org.lvzhi.application.duty.port.out.SupervisionHistoryPort;
import org.lvzhi.domain.compliance.DeputyAttributes;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.PersonId;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.deputy.PositionAssignment;
import org.lvzhi.domain.deputy.Seat;
import org.lvzhi.domain.supervision.SupervisionPlan;

/** Gathers deputies' files; to be called inside a transaction of the deputies' congress. */
@Singleton
class DeputyFiles {

    private final LoadTermsPort terms;
    private final PositionPort positions;
    private final DutyHistoryPort histories;
    private final SupervisionHistoryPort supervised;
    /**
     * A term is never changed once registered, and the id comes from the deputy's own row, read under the congress's
     * row-level security: each node remembers the terms it read, one statement less per file.
     */
    private final Map<TermId, Term> known = new ConcurrentHashMap<>();

    DeputyFiles(LoadTermsPort terms, PositionPort positions, DutyHistoryPort histories, SupervisionHistoryPort supervised) {
        this.terms = terms;
        this.positions = positions;
        this.histories = histories;
        this.supervised = supervised;
    }

    DeputyFile of(DeputyView deputy, LocalDate on) {
        return of(List.of(deputy), on).getFirst();
    }

    /** The files of many deputies in the order given, in two reads whatever their number (one more per unknown term). */
    List<DeputyFile> of(List<DeputyView> deputies, LocalDate on) {
        return gather(deputies, on, (term, ids) -> histories.of(ids, term.startsOn(), term.endsOn()),
                (deputy, term, attributes, history) -> new DeputyFile(deputy, term, attributes, history.records(), history.absences()));
    }

    /**
     * What supervision judges the deputies on, in the order given: of their records only those the plan of their term
     * keeps, in two reads whatever their number (one more per unknown term).
     */
    List<SupervisedFile> supervised(List<DeputyView> deputies, LocalDate on, Function<Term, SupervisionPlan> plans) {
        return gather(deputies, on, (term, ids) -> supervised.of(ids, plans.apply(term), term.startsOn(), term.endsOn()),
                (deputy, term, attributes, history) -> new SupervisedFile(deputy, term, attributes, history.records(), history.absences()));
    }

    private <H, F> List<F> gather(List<DeputyView> deputies, LocalDate on, BiFunction<Term, List<DeputyId>, Map<DeputyId, H>> read,
            Assembly<H, F> assembly) {
        Map<PersonId, Set<Position>> offices = positions.heldBy(deputies.stream().map(deputy -> deputy.person().id()).toList(), on)
                .stream().collect(Collectors.groupingBy(PositionAssignment::holder,
                        Collectors.mapping(PositionAssignment::position, Collectors.toSet())));
        Map<DeputyId, H> history = new HashMap<>();
        deputies.stream().collect(Collectors.groupingBy(deputy -> deputy.deputy().term())).forEach((id, ofTerm) ->
                history.putAll(read.apply(term(id), ofTerm.stream().map(deputy -> deputy.deputy().id()).toList())));
        return deputies.stream().map(deputy -> {
            Seat seat = deputy.deputy().seat();
            return assembly.file(deputy, term(deputy.deputy().term()), new DeputyAttributes(seat.grassroots(), seat.military(),
                    seat.constituency(), offices.getOrDefault(deputy.person().id(), Set.of())), history.get(deputy.deputy().id()));
        }).toList();
    }

    private Term term(TermId id) {
        return known.computeIfAbsent(id, unknown -> terms.find(unknown).orElseThrow());
    }

    /** A file made of what was read of the deputy. */
    @FunctionalInterface
    private interface Assembly<H, F> {
        F file(DeputyView deputy, Term term, DeputyAttributes attributes, H history);
    }
}
