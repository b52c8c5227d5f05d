package org.lvzhi.application.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.statistics.port.out.DeputyRecords;
import org.lvzhi.application.statistics.port.out.PointsRanking;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.policy.PointsEntry;
import org.lvzhi.domain.policy.PointsScheme;
import org.lvzhi.domain.policy.Sourced;

class PointsRankingTest {

    private final Term term = new Term(TermId.random(), 18, LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31));
    private final Sourced<PointsScheme> scheme = new Sourced<>(new PointsScheme("JD-30a", "履职积分细则", List.of(
            new PointsEntry("SESSION_SPEECH", 5, Optional.empty(), Optional.empty()),
            new PointsEntry("STATION_RECEPTION", 2, Optional.empty(), Optional.empty()))), "test", 1);

    private DeputyRecords deputy(String name, String... types) {
        UUID id = UUID.randomUUID();
        return new DeputyRecords(id, name, term, java.util.Arrays.stream(types).map(type -> DutyRecord.registered(new DeputyId(id),
                type, LocalDate.of(2026, 3, 1), Optional.empty(), Optional.empty(), Optional.empty(), "staff")).toList());
    }

    @Test
    @DisplayName("deputies are ranked by the points of the year, highest first; equal points share a rank and the next skips")
    void ranksByPoints() {
        List<DeputyRecords> deputies = List.of(deputy("乙", "STATION_RECEPTION"), deputy("甲", "SESSION_SPEECH"),
                deputy("丙", "SESSION_SPEECH"), deputy("丁", "OTHER"));

        PointsRanking ranking = PointsRanking.of(scheme, deputies, LocalDate.of(2026, 12, 31));

        assertThat(ranking.rule()).isEqualTo("JD-30a");
        assertThat(ranking.ranks()).extracting(PointsRanking.Rank::rank, PointsRanking.Rank::name, PointsRanking.Rank::points)
                .containsExactly(tuple(1, "丙", 5), tuple(1, "甲", 5), tuple(3, "乙", 2), tuple(4, "丁", 0));
    }
}
