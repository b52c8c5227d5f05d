package org.lvzhi.application.statistics.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One congress's figures for a calendar year: per deputy, and summed per deputy group and per liaison station (a
 * deputy without one is in no line of that sheet), and per handling unit for the suggestions it answered.
 * Quotas are those of the latest compliance standing (the nightly evaluation), not of the year. Where the profile in
 * force at the year's end (or today while it runs) has a points scheme, the deputies are also ranked by the points of
 * the year ({@code points}).
 */
public record TenantStatistics(int year, List<Line> deputies, List<Line> deputyGroups, List<Line> liaisonStations,
        List<HandlingUnitLine> handlingUnits, Optional<PointsRanking> points) {

    public TenantStatistics(int year, List<Line> deputies, List<Line> deputyGroups, List<Line> liaisonStations,
            List<HandlingUnitLine> handlingUnits) {
        this(year, deputies, deputyGroups, liaisonStations, handlingUnits, Optional.empty());
    }

    /**
     * A deputy or a unit of deputies: confirmed duty records in the year, attendance (session meetings attended and
     * confirmed records of organised activities, against recorded absences), quotas of the latest standing and those MET.
     */
    public record Line(UUID id, String name, long deputies, long records, long attended, long absences, long quotas,
            long quotasMet) {

        /** Attended / (attended + absences). */
        public Double attendanceRate() {
            return Rates.of(attended, attended + absences);
        }

        /** Quotas MET / quotas judged. */
        public Double quotaCompletion() {
            return Rates.of(quotasMet, quotas);
        }
    }

    /**
     * A handling unit as lead: suggestion reply clocks due in the year and those met by their due date; the
     * deputies' verdicts on its replies given in the year, and those satisfied or basically satisfied.
     */
    public record HandlingUnitLine(UUID id, String name, long repliesDue, long repliedOnTime, long verdicts, long satisfied) {

        public Double onTimeRate() {
            return Rates.of(repliedOnTime, repliesDue);
        }

        public Double satisfactionRate() {
            return Rates.of(satisfied, verdicts);
        }
    }
}
