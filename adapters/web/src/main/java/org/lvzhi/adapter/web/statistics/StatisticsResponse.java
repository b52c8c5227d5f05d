package org.lvzhi.adapter.web.statistics;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.core.annotation.Nullable;
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

    /**
     * The points scheme (履职积分) of the profile, only where it has one; the ranking itself (one line per deputy) is the
     * workbook's sheet 积分排名, never one answer.
     */
    @Serdeable
    record Points(String rule, String article) {

        static Points of(PointsRanking ranking) {
            return new Points(ranking.rule(), ranking.article());
        }
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
