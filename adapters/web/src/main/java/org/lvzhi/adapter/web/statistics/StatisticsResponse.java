package org.lvzhi.adapter.web.statistics;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.List;
import org.lvzhi.application.statistics.port.out.PointsRanking;
import org.lvzhi.application.statistics.port.out.TenantStatistics;

/**
 * The year's totals per deputy group, liaison station and handling unit; the lines per deputy are paged
 * ({@code /statistics/deputies}) or exported ({@code /statistics/deputies.xlsx}), never one answer.
 */
@Serdeable
record StatisticsResponse(int year, List<Line> deputyGroups, List<Line> liaisonStations,
        List<HandlingUnit> handlingUnits, @Nullable Points points) {

    static StatisticsResponse of(TenantStatistics statistics) {
        return new StatisticsResponse(statistics.year(), lines(statistics.deputyGroups()),
                lines(statistics.liaisonStations()), statistics.handlingUnits().stream().map(HandlingUnit::of).toList(),
                statistics.points().map(Points::of).orElse(null));
    }

    /** The points ranking (履职积分排名), only where the profile has a points scheme. */
    @Serdeable
    record Points(String rule, String article, List<Rank> ranking) {

        static Points of(PointsRanking ranking) {
            return new Points(ranking.rule(), ranking.article(), ranking.ranks().stream()
                    .map(r -> new Rank(r.rank(), r.deputy().toString(), r.name(), r.points())).toList());
        }
    }

    @Serdeable
    record Rank(int rank, String deputyId, String name, BigDecimal points) {
    }

    private static List<Line> lines(List<TenantStatistics.Line> lines) {
        return lines.stream().map(Line::of).toList();
    }

    @Serdeable
    record Line(String id, String name, long deputies, long records, long attended, long absences, Double attendanceRate,
            long quotas, long quotasMet, Double quotaCompletion) {

        static Line of(TenantStatistics.Line line) {
            return new Line(line.id().toString(), line.name(), line.deputies(), line.records(), line.attended(), line.absences(),
                    line.attendanceRate(), line.quotas(), line.quotasMet(), line.quotaCompletion());
        }
    }

    @Serdeable
    record HandlingUnit(String id, String name, long repliesDue, long repliedOnTime, Double onTimeRate, long verdicts,
            long satisfied, Double satisfactionRate) {

        static HandlingUnit of(TenantStatistics.HandlingUnitLine line) {
            return new HandlingUnit(line.id().toString(), line.name(), line.repliesDue(), line.repliedOnTime(), line.onTimeRate(),
                    line.verdicts(), line.satisfied(), line.satisfactionRate());
        }
    }
}
