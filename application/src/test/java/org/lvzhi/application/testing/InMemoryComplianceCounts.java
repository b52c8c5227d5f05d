package org.lvzhi.application.testing;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.lvzhi.application.archive.port.out.ComplianceCountsPort;
import org.lvzhi.domain.compliance.CountingPlan;
import org.lvzhi.domain.compliance.DeputyAttributes;
import org.lvzhi.domain.compliance.RecordTallies;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.deputy.PositionAssignment;
import org.lvzhi.domain.deputy.Seat;

/**
 * Answers the counting plan as the adapter's one query does, deputy by deputy: every ACTIVE deputy of the term in
 * the acting congress, with the offices their person holds on the date, counted by {@link RecordTallies} over
 * their records of the term (which counts confirmed records only, as the query's {@code state = 'CONFIRMED'}).
 */
public final class InMemoryComplianceCounts implements ComplianceCountsPort {

    private final InMemoryDeputies deputies;
    private final InMemoryPositions positions;
    private final InMemoryDutyRecords records;

    public InMemoryComplianceCounts(InMemoryDeputies deputies, InMemoryPositions positions, InMemoryDutyRecords records) {
        this.deputies = deputies;
        this.positions = positions;
        this.records = records;
    }

    @Override
    public void countAll(TermId term, CountingPlan plan, LocalDate on, Consumer<CountedDeputy> perDeputy) {
        deputies.serving(term).forEach(view -> {
            Deputy deputy = view.deputy();
            Seat seat = deputy.seat();
            DeputyAttributes attributes = new DeputyAttributes(seat.grassroots(), seat.military(), seat.constituency(),
                    positions.heldBy(deputy.person(), on).stream().map(PositionAssignment::position).collect(Collectors.toSet()));
            var tallies = RecordTallies.of(records.ofDeputy(deputy.id(), plan.term().startsOn(), plan.term().endsOn()));
            perDeputy.accept(new CountedDeputy(deputy.id(), attributes, tallies));
        });
    }
}
