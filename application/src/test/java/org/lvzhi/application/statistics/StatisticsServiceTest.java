package org.lvzhi.application.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.statistics.port.out.DeputyFigures;
import org.lvzhi.application.statistics.port.out.Rates;
import org.lvzhi.application.statistics.port.out.TenantStatistics;

class StatisticsServiceTest {

    private final DeputyFigures.Unit group = new DeputyFigures.Unit(UUID.randomUUID(), "东华门街道代表小组");

    @Test
    @DisplayName("a group's line sums its deputies; a deputy without a group is in no group line; rates follow the sums")
    void groupLinesSumTheirDeputies() {
        List<DeputyFigures> deputies = List.of(
                new DeputyFigures(UUID.randomUUID(), "甲", Optional.of(group), Optional.empty(), 3, 4, 1, 5, 2),
                new DeputyFigures(UUID.randomUUID(), "乙", Optional.empty(), Optional.empty(), 9, 9, 9, 9, 9),
                new DeputyFigures(UUID.randomUUID(), "丙", Optional.of(group), Optional.empty(), 1, 2, 1, 5, 5));

        StatisticsService.UnitTotals totals = new StatisticsService.UnitTotals();
        deputies.forEach(totals::add);
        List<TenantStatistics.Line> groups = totals.groups();

        assertThat(groups).singleElement().satisfies(line -> {
            assertThat(line).isEqualTo(new TenantStatistics.Line(group.id(), group.name(), 2, 4, 6, 2, 10, 7));
            assertThat(line.attendanceRate()).isEqualTo(0.75);
            assertThat(line.quotaCompletion()).isEqualTo(0.7);
        });
        assertThat(totals.stations()).isEmpty();
    }

    @Test
    @DisplayName("a rate with nothing due is no rate; otherwise a fraction to four places")
    void rates() {
        assertThat(Rates.of(0, 0)).isNull();
        assertThat(Rates.of(1, 3)).isEqualTo(0.3333);
        assertThat(new TenantStatistics.HandlingUnitLine(UUID.randomUUID(), "水利局", 4, 3, 0, 0).onTimeRate()).isEqualTo(0.75);
    }
}
