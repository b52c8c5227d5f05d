package org.lvzhi.adapter.web.statistics;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.lvzhi.application.statistics.TenantStatistics;

@Serdeable
record StatisticsResponse(int year, List<Line> deputies, List<Line> deputyGroups, List<Line> liaisonStations,
        List<HandlingUnit> handlingUnits) {

    static StatisticsResponse of(TenantStatistics statistics) {
        return new StatisticsResponse(statistics.year(), lines(statistics.deputies()), lines(statistics.deputyGroups()),
                lines(statistics.liaisonStations()), statistics.handlingUnits().stream().map(HandlingUnit::of).toList());
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
