package org.lvzhi.adapter.persistence.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.compliance.DutyFixtures.profileOf;
import static org.lvzhi.domain.policy.ProfileFixtures.calendarYear;
import static org.lvzhi.domain.policy.ProfileFixtures.measured;
import static org.lvzhi.domain.policy.ProfileFixtures.quotaRule;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TenantIT;
import org.lvzhi.application.archive.port.out.ComplianceCountsPort;
import org.lvzhi.application.archive.port.out.ComplianceCountsPort.CountedDeputy;
import org.lvzhi.application.congress.port.out.LoadTermsPort;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.deputy.port.out.PositionPort;
import org.lvzhi.application.duty.port.out.DutyRecordPort;
import org.lvzhi.domain.compliance.CountingPlan;
import org.lvzhi.domain.compliance.DeputyAttributes;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.Constituency;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.deputy.PositionAssignment;
import org.lvzhi.domain.deputy.PositionAssignmentId;
import org.lvzhi.domain.deputy.Seat;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.policy.MeasureUnit;
import org.lvzhi.domain.policy.Quota;

class ComplianceCountsAdapterIT extends TenantIT {

    private static final LocalDate ON = LocalDate.of(2025, 6, 30);

    @Inject ComplianceCountsPort counts;
    @Inject DutyRecordPort records;
    @Inject LoadDeputyPort load;
    @Inject LoadTermsPort loadTerms;
    @Inject PositionPort positions;

    @Test
    @DisplayName("one statement counts every active deputy of the term per tally: confirmed records in the window, distinct counterparts, with their attributes and offices")
    void countsPerDeputyAndTally() {
        CongressId own = addCongress();
        TermId ownTerm = in(own, () -> addTerm(2021));
        TermId laterTerm = in(own, () -> addTerm(2026));
        DeputyId busy = in(own, () -> addDeputy(ownTerm, "勤勉代表", new Seat(Constituency.ELECTING_UNIT, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), true, false)));
        DeputyId idle = in(own, () -> addDeputy(ownTerm, "空白代表", new Seat(Constituency.DISTRICT, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, true)));
        DeputyId resigned = in(own, () -> addDeputy(ownTerm, "辞职代表"));
        DeputyId ofLaterTerm = in(own, () -> addDeputy(laterTerm, "下届代表"));
        run(own, () -> {
            positions.add(new PositionAssignment(PositionAssignmentId.random(), Position.VICE_CHAIR,
                    load.find(busy).orElseThrow().person().id(), Optional.empty(), ON.minusYears(1), Optional.empty()));
            List.of(visit(busy, ON.minusDays(3), Optional.empty()), visit(busy, ON.minusDays(2), Optional.empty()),
                    visit(busy, ON.minusYears(1), Optional.empty()), contact(busy, "张大爷"), contact(busy, "张大爷"), contact(busy, "李阿姨"),
                    visit(resigned, ON.minusDays(1), Optional.empty()), training(busy, "0.5"), training(busy, "1.5")).forEach(records::add);
            records.add(DutyRecord.selfRegistered(busy, "VISIT", ON.minusDays(1), Optional.empty(), Optional.empty(), "deputy"));
            deputies.update(load.find(resigned).orElseThrow().deputy().moveTo(DeputyStatus.RESIGNED));
        });
        Term term = read(own, () -> loadTerms.find(ownTerm)).orElseThrow();
        CountingPlan plan = CountingPlan.forQuotas(profileOf(List.of(measured("TRAINING_DAYS", MeasureUnit.DAY)), Optional.empty(),
                quotaRule("X-visit", 3, "VISIT"),
                quotaRule("X-contact", new Quota(List.of("FIXED_CONTACT_VISIT"), 2, Optional.empty(), calendarYear(), Optional.empty(),
                        Optional.of("FIXED_CONTACT"), Optional.empty())),
                quotaRule("X-half-days", new Quota(List.of("TRAINING_DAYS"), 4, Optional.empty(), calendarYear(), Optional.empty(),
                        Optional.empty(), Optional.of(MeasureUnit.HALF_DAY)))),
                term, ON);
        Map<DeputyId, CountedDeputy> counted = new HashMap<>();

        read(own, () -> {
            counts.countAll(ownTerm, plan, ON, deputy -> counted.put(deputy.deputy(), deputy));
            return null;
        });

        assertThat(counted.keySet()).containsExactlyInAnyOrder(busy, idle).doesNotContain(resigned, ofLaterTerm);
        assertThat(byKind(plan, counted.get(busy))).isEqualTo(Map.of("VISIT", 2, "FIXED_CONTACT_VISIT", 2, "TRAINING_DAYS", 4));
        assertThat(byKind(plan, counted.get(idle))).isEqualTo(Map.of("VISIT", 0, "FIXED_CONTACT_VISIT", 0, "TRAINING_DAYS", 0));
        assertThat(counted.get(busy).attributes()).isEqualTo(new DeputyAttributes(true, false, Constituency.ELECTING_UNIT,
                Set.of(Position.VICE_CHAIR)));
        assertThat(counted.get(idle).attributes()).isEqualTo(new DeputyAttributes(false, true, Constituency.DISTRICT, Set.of()));
    }

    @Test
    @DisplayName("another congress counts none of the term's deputies")
    void anotherCongressCountsNone() {
        DeputyId deputy = deputy("本县代表");
        Term term = read(() -> loadTerms.find(this.term)).orElseThrow();
        CountingPlan plan = CountingPlan.forQuotas(profileOf(quotaRule("X-visit", 3, "VISIT")), term, ON);
        List<DeputyId> seenElsewhere = new ArrayList<>();
        List<DeputyId> seenHere = new ArrayList<>();

        read(other, () -> {
            counts.countAll(this.term, plan, ON, counted -> seenElsewhere.add(counted.deputy()));
            return null;
        });
        read(() -> {
            counts.countAll(this.term, plan, ON, counted -> seenHere.add(counted.deputy()));
            return null;
        });

        assertThat(seenElsewhere).isEmpty();
        assertThat(seenHere).contains(deputy);
    }

    /** The deputy's count of each tally, by the one record type it counts (the sum of half-days is 0.5 × 2 + 1.5 × 2). */
    private static Map<String, Integer> byKind(CountingPlan plan, CountedDeputy deputy) {
        return plan.tallies().stream().collect(Collectors.toMap(tally -> tally.types().iterator().next(),
                tally -> deputy.counts().count(tally).intValueExact()));
    }

    private static DutyRecord training(DeputyId deputy, String days) {
        return DutyRecord.registered(deputy, "TRAINING_DAYS", ON.minusDays(5), Optional.empty(), Optional.empty(), Optional.empty(), "staff")
                .measuring(new BigDecimal(days));
    }

    private static DutyRecord visit(DeputyId deputy, LocalDate on, Optional<String> counterpart) {
        return DutyRecord.registered(deputy, "VISIT", on, Optional.empty(), counterpart, Optional.empty(), "staff");
    }

    private static DutyRecord contact(DeputyId deputy, String counterpart) {
        return DutyRecord.registered(deputy, "FIXED_CONTACT_VISIT", ON.minusDays(10), Optional.empty(), Optional.of(counterpart),
                Optional.empty(), "staff");
    }
}
