package org.lvzhi.application.statistics;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.application.statistics.port.in.StatisticsAccess;
import org.lvzhi.application.statistics.port.in.StatisticsQueries;
import org.lvzhi.application.statistics.port.out.DeputyFigures;
import org.lvzhi.application.statistics.port.out.DeputyFiguresFilter;
import org.lvzhi.application.statistics.port.out.PointsRanking;
import org.lvzhi.application.statistics.port.out.StatisticsExportWriter;
import org.lvzhi.application.statistics.port.out.StatisticsPort;
import org.lvzhi.application.statistics.port.out.StatisticsWorkbookWriter;
import org.lvzhi.application.statistics.port.out.SubordinateStatisticsPort;
import org.lvzhi.application.statistics.port.out.SubordinateTotals;
import org.lvzhi.application.statistics.port.out.TenantStatistics;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.shared.Messages;

@Singleton
class StatisticsService implements StatisticsQueries {

    private static final Messages MESSAGES = Messages.of(StatisticsService.class);

    private final TransactionPort transactions;
    private final StatisticsPort figures;
    private final SubordinateStatisticsPort subordinates;
    private final StatisticsWorkbookWriter writer;
    private final StatisticsExportWriter exportWriter;

    private final PolicyProfileQueries profiles;
    private final Clock clock;

    StatisticsService(TransactionPort transactions, StatisticsPort figures, SubordinateStatisticsPort subordinates,
            StatisticsWorkbookWriter writer, StatisticsExportWriter exportWriter, PolicyProfileQueries profiles, Clock clock) {
        this.exportWriter = exportWriter;
        this.profiles = profiles;
        this.clock = clock;
        this.transactions = transactions;
        this.figures = figures;
        this.subordinates = subordinates;
        this.writer = writer;
    }

    /**
     * The totals, summed while the deputies' figures are read (never held together); where the profile has a points
     * scheme, its rule and article without the ranking, which is a sheet of the workbook (one line per deputy).
     */
    @Override
    public TenantStatistics statistics(ActingCaller caller, int year) {
        check(caller, year);
        return transactions.readInCongress(caller.congress(), () -> {
            UnitTotals units = new UnitTotals();
            figures.eachDeputy(year, units::add);
            return totals(caller, year, units, false);
        });
    }

    @Override
    public Slice<TenantStatistics.Line> deputies(ActingCaller caller, int year, DeputyFiguresFilter filter, KeysetRequest page) {
        check(caller, year);
        return transactions.readInCongress(caller.congress(), () -> figures.deputies(year, filter, page).map(DeputyFigures::line));
    }

    @Override
    public Export workbook(ActingCaller caller, int year) {
        check(caller, year);
        return out -> transactions.readInCongress(caller.congress(), () -> {
            try (StatisticsWorkbookWriter.Workbook workbook = writer.open(out)) {
                UnitTotals units = new UnitTotals();
                figures.eachDeputy(year, deputy -> {
                    workbook.deputy(deputy.line());
                    units.add(deputy);
                });
                workbook.finish(totals(caller, year, units, true));
            }
            return null;
        });
    }

    /**
     * The year's totals; the points ranking only if {@code ranked}: it reads every record of the year, one deputy's at a
     * time, and keeps each deputy's name and points.
     */
    private TenantStatistics totals(ActingCaller caller, int year, UnitTotals units, boolean ranked) {
        LocalDate today = LegalDate.today(clock);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate on = today.isBefore(yearEnd) ? today : yearEnd;
        EffectiveProfile profile = profiles.effectiveIn(caller.congress(), on);
        Optional<PointsRanking> points = profile.points().map(scheme -> ranked ? PointsRanking.of(profile, each -> figures.eachDeputyRecords(year, each), on)
                : new PointsRanking(scheme.value().rule(), scheme.value().article(), List.of()));
        return new TenantStatistics(year, List.of(), units.groups(), units.stations(), figures.handlingUnits(year), points);
    }

    @Override
    public Export deputiesExport(ActingCaller caller, int year) {
        check(caller, year);
        return out -> transactions.readInCongress(caller.congress(), () -> {
            try (StatisticsExportWriter.Sheet sheet = exportWriter.open(out)) {
                figures.eachDeputy(year, deputy -> sheet.line(deputy.line()));
            }
            return null;
        });
    }

    @Override
    public List<SubordinateTotals> subordinates(ActingCaller caller, int year) {
        check(caller, year);
        return subordinates.below(caller.congress(), year);
    }

    private static void check(ActingCaller caller, int year) {
        if (!StatisticsAccess.GRANTS.allows(caller, StatisticsAccess.READ)) {
            throw new AccessDenied(MESSAGES.text("denied"));
        }
        if (year < 2000 || year > 2100) {
            throw MESSAGES.violation("year", "year");
        }
    }

    /** The deputies' lines summed per deputy group and per liaison station, as the deputies come. */
    static final class UnitTotals {

        private final Map<DeputyFigures.Unit, TenantStatistics.Line> groups = new LinkedHashMap<>();
        private final Map<DeputyFigures.Unit, TenantStatistics.Line> stations = new LinkedHashMap<>();

        void add(DeputyFigures deputy) {
            deputy.group().ifPresent(unit -> add(groups, unit, deputy));
            deputy.station().ifPresent(unit -> add(stations, unit, deputy));
        }

        /** In the order the units are first met (the deputies come by name). */
        List<TenantStatistics.Line> groups() {
            return List.copyOf(groups.values());
        }

        List<TenantStatistics.Line> stations() {
            return List.copyOf(stations.values());
        }

        private static void add(Map<DeputyFigures.Unit, TenantStatistics.Line> lines, DeputyFigures.Unit unit, DeputyFigures deputy) {
            lines.merge(unit, new TenantStatistics.Line(unit.id(), unit.name(), 1, deputy.records(), deputy.attended(),
                    deputy.absences(), deputy.quotas(), deputy.quotasMet()),
                    (a, b) -> new TenantStatistics.Line(a.id(), a.name(), a.deputies() + b.deputies(), a.records() + b.records(),
                            a.attended() + b.attended(), a.absences() + b.absences(), a.quotas() + b.quotas(),
                            a.quotasMet() + b.quotasMet()));
        }
    }
}
