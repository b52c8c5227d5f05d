package org.lvzhi.adapter.persistence.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TenantIT;
import org.lvzhi.application.archive.port.out.ComplianceStandingPort;
import org.lvzhi.application.duty.port.out.AbsencePort;
import org.lvzhi.application.duty.port.out.DutyActivityPort;
import org.lvzhi.application.duty.port.out.DutyRecordPort;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.statistics.port.out.DeputyFigures;
import org.lvzhi.application.statistics.port.out.DeputyFiguresFilter;
import org.lvzhi.application.statistics.port.out.DeputyRecords;
import org.lvzhi.application.statistics.port.out.SubordinateTotals;
import org.lvzhi.application.statistics.port.out.StatisticsPort;
import org.lvzhi.application.statistics.port.out.SubordinateStatisticsPort;
import org.lvzhi.domain.compliance.Compliance;
import org.lvzhi.domain.compliance.DateRange;
import org.lvzhi.domain.compliance.QuotaStatus;
import org.lvzhi.domain.compliance.QuotaVerdict;
import org.lvzhi.domain.congress.Congress;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Level;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.deputy.Constituency;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.deputy.Seat;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.AbsenceId;
import org.lvzhi.domain.duty.DutyActivity;
import org.lvzhi.domain.duty.DutyActivityId;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.shared.Name;

/**
 * The yearly figures of the class's congress in 2025: 丁一 (group and station, two confirmed records, one at an activity,
 * one pending, one of 2024, a standing with one quota of two met), 王二 (no units, an absence), 陈三 (a later term, not
 * serving in 2025).
 */
class StatisticsAdaptersIT extends TenantIT {

    private static final int YEAR = 2025;
    private static final LocalDate DAY = LocalDate.of(YEAR, 4, 1);

    @Inject StatisticsPort statistics;
    @Inject SubordinateStatisticsPort subordinates;
    @Inject DutyRecordPort records;
    @Inject DutyActivityPort activities;
    @Inject AbsencePort absences;
    @Inject ComplianceStandingPort standings;

    private UnitId group;
    private UnitId station;
    private DeputyId first;
    private DeputyId second;
    private DutyRecord atActivity;
    private DutyRecord study;

    @BeforeAll
    void aYearOfDuty() {
        group = in(() -> addUnit(UnitKind.DEPUTY_GROUP, "城东代表小组"));
        station = in(() -> addUnit(UnitKind.LIAISON_STATION, "城东代表联络站"));
        first = in(() -> addDeputy(term, "丁一", new Seat(Constituency.DISTRICT, Optional.empty(), Optional.empty(), Optional.of(group),
                Optional.of(station), true, false)));
        second = deputy("王二");
        TermId later = in(() -> addTerm(2031));
        in(() -> addDeputy(later, "陈三"));
        DutyActivity activity = new DutyActivity(DutyActivityId.random(), term, "MEETING", "小组活动", DAY, Optional.empty(),
                Optional.empty(), "staff", List.of(first));
        atActivity = DutyRecord.registered(first, "MEETING", DAY, Optional.of(activity.id()), Optional.empty(), Optional.empty(), "s");
        study = DutyRecord.registered(first, "STUDY", DAY.plusDays(1), Optional.empty(), Optional.empty(), Optional.empty(), "s");
        run(() -> {
            activities.add(activity);
            records.add(atActivity);
            records.add(study);
            records.add(DutyRecord.selfRegistered(first, "VISIT", DAY, Optional.empty(), Optional.empty(), "d"));
            records.add(DutyRecord.registered(first, "STUDY", DAY.minusYears(1), Optional.empty(), Optional.empty(), Optional.empty(), "s"));
            absences.add(new Absence(AbsenceId.random(), second, Absence.SESSION, DAY, Optional.of("一次会议"), true, false));
            standings.saveAll(Map.of(first, new Compliance(DAY, List.of(verdict(QuotaStatus.MET), verdict(QuotaStatus.BEHIND)))));
        });
    }

    @Test
    @DisplayName("each serving deputy's figures for the year, by name: records, attendance, absences, quotas met")
    void figuresOfServingDeputies() {
        DeputyFigures ofFirst = new DeputyFigures(first.value(), "丁一", Optional.of(new DeputyFigures.Unit(group.value(), "城东代表小组")),
                Optional.of(new DeputyFigures.Unit(station.value(), "城东代表联络站")), 2, 1, 0, 2, 1);
        DeputyFigures ofSecond = new DeputyFigures(second.value(), "王二", Optional.empty(), Optional.empty(), 0, 0, 1, 0, 0);

        assertThat(read(() -> figures(YEAR))).containsExactly(ofFirst, ofSecond);
        assertThat(read(() -> figures(2040))).isEmpty();
    }

    @Test
    @DisplayName("a page of figures starts after the page before, is filtered by group, station and status and carries the filtered total when asked")
    void pagedAndFiltered() {
        Slice<DeputyFigures> firstPage = read(() -> statistics.deputies(YEAR, DeputyFiguresFilter.none(), new KeysetRequest(Optional.empty(), 1, true)));
        Slice<DeputyFigures> secondPage = read(() -> statistics.deputies(YEAR, DeputyFiguresFilter.none(), new KeysetRequest(firstPage.next(), 1)));
        Slice<DeputyFigures> ofGroup = read(() -> statistics.deputies(YEAR,
                new DeputyFiguresFilter(Optional.of(group), Optional.empty(), Optional.empty()), new KeysetRequest(Optional.empty(), 20, true)));
        Slice<DeputyFigures> ofStation = read(() -> statistics.deputies(YEAR,
                new DeputyFiguresFilter(Optional.empty(), Optional.of(station), Optional.empty()), new KeysetRequest(Optional.empty(), 20, true)));
        Slice<DeputyFigures> suspended = read(() -> statistics.deputies(YEAR,
                new DeputyFiguresFilter(Optional.empty(), Optional.empty(), Optional.of(DeputyStatus.SUSPENDED)), new KeysetRequest(Optional.empty(), 20, true)));

        assertThat(firstPage.items()).extracting(DeputyFigures::name).containsExactly("丁一");
        assertThat(secondPage.items()).extracting(DeputyFigures::name).containsExactly("王二");
        assertThat(firstPage.total()).contains(2L);
        assertThat(secondPage.next()).isEmpty();
        assertThat(secondPage.total()).isEmpty();
        assertThat(ofGroup.items()).extracting(DeputyFigures::id).containsExactly(first.value());
        assertThat(ofGroup.total()).contains(1L);
        assertThat(ofStation.items()).extracting(DeputyFigures::id).containsExactly(first.value());
        assertThat(suspended.items()).isEmpty();
        assertThat(suspended.total()).contains(0L);
    }

    @Test
    @DisplayName("the records of the year per serving deputy, with their term, whatever their review state")
    void recordsOfTheYear() {
        List<DeputyRecords> read = read(this::records);

        assertThat(read).extracting(DeputyRecords::name).containsExactly("丁一", "王二");
        assertThat(read.getFirst().term().id()).isEqualTo(term);
        assertThat(read.getFirst().records()).hasSize(3).contains(atActivity, study);
        assertThat(read.get(1).records()).isEmpty();
    }

    @Test
    @DisplayName("another congress's figures hold none of these deputies")
    void anotherCongressSeesNone() {
        assertThat(read(other, () -> figures(YEAR))).isEmpty();
        assertThat(read(other, this::records)).isEmpty();
        assertThat(read(other, () -> statistics.handlingUnits(YEAR))).isEmpty();
    }

    @Test
    @DisplayName("a parent congress sees the counts of every congress below it, at any depth, and of no other")
    void subordinatesAtAnyDepth() {
        CongressId parent = new CongressId("city-" + suffix());
        CongressId child = new CongressId("county-" + suffix());
        CongressId grandchild = new CongressId("town-" + suffix());
        congresses.add(new Congress(parent, new Name("某市人大"), Level.CITY, Optional.empty()));
        congresses.add(new Congress(child, new Name("某县人大"), Level.COUNTY, Optional.of(parent)));
        congresses.add(new Congress(grandchild, new Name("某镇人大"), Level.TOWNSHIP, Optional.of(child)));
        TermId childTerm = in(child, () -> addTerm(2021));
        DeputyId deputy = in(child, () -> addDeputy(childTerm, "县代表"));
        run(child, () -> {
            records.add(DutyRecord.registered(deputy, "STUDY", DAY, Optional.empty(), Optional.empty(), Optional.empty(), "s"));
            absences.add(new Absence(AbsenceId.random(), deputy, "VISIT", DAY, Optional.empty(), false, false));
        });

        List<SubordinateTotals> below = subordinates.below(parent, YEAR);

        assertThat(below).extracting(SubordinateTotals::congress).containsExactlyInAnyOrder(child, grandchild);
        assertThat(below).filteredOn(t -> t.congress().equals(child)).singleElement()
                .isEqualTo(new SubordinateTotals(child, "某县人大", "COUNTY", Optional.of(parent), 1, 1, 1, 0, 0, 0, 0));
        assertThat(below).filteredOn(t -> t.congress().equals(grandchild)).singleElement()
                .satisfies(totals -> assertThat(totals.deputies()).isZero());
        assertThat(subordinates.below(grandchild, YEAR)).isEmpty();
    }

    private static QuotaVerdict verdict(QuotaStatus status) {
        return new QuotaVerdict("QH-3." + status.ordinal(), "第三条", "走访", List.of("VISIT"), BigDecimal.ONE, Optional.empty(), 2, Optional.empty(),
                new DateRange(DAY.withDayOfYear(1), DAY), status, false);
    }

    /** The records of the year per serving deputy, as they are handed on. */
    private List<DeputyFigures> figures(int year) {
        List<DeputyFigures> read = new ArrayList<>();
        statistics.eachDeputy(year, read::add);
        return read;
    }

    private List<DeputyRecords> records() {
        List<DeputyRecords> read = new ArrayList<>();
        statistics.eachDeputyRecords(YEAR, read::add);
        return read;
    }
}
