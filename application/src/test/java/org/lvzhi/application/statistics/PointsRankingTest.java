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
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.RestDayRule;
import org.lvzhi.domain.policy.Sourced;

class PointsRankingTest {

    private final Term term = new Term(TermId.random(), 18, LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31));
    private final PointsScheme scheme = new PointsScheme("JD-30a", "履职积分细则", List.of(entry("SESSION_SPEECH", 5),
            entry("STATION_RECEPTION", 2)), Optional.empty(), 0, List.of(), Optional.empty(), List.of(), false, false);
    private final EffectiveProfile profile = new EffectiveProfile("jiading", LocalDate.of(2026, 1, 1), List.of("jiading"), List.of(),
            List.of(), List.of(), new Sourced<>(RestDayRule.NONE, "test", 1), Optional.of(new Sourced<>(scheme, "test", 1)), List.of());

    private static PointsEntry entry(String type, int points) {
        return new PointsEntry(type, points, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

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

        PointsRanking ranking = PointsRanking.of(profile, deputies, LocalDate.of(2026, 12, 31));

        assertThat(ranking.rule()).isEqualTo("JD-30a");
        assertThat(ranking.ranks()).extracting(PointsRanking.Rank::rank, PointsRanking.Rank::name, rank -> rank.points().intValueExact())
                .containsExactly(tuple(1, "丙", 5), tuple(1, "甲", 5), tuple(3, "乙", 2), tuple(4, "丁", 0));
    }
}
