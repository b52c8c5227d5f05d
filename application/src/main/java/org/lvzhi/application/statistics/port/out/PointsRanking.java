package org.lvzhi.application.statistics.port.out;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.lvzhi.domain.compliance.PointsCalculator;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.PointsScheme;


/**
 * The deputies ranked by the duty points (履职积分) their confirmed records of the year earn under the profile's points
 * scheme (its rule and article), highest first; equal points share a rank and the next rank skips (1, 1, 3), and
 * within a rank deputies come by name. Only where the profile has a scheme.
 */
public record PointsRanking(String rule, String article, List<Rank> ranks) {

    public PointsRanking {
        ranks = List.copyOf(ranks);
    }

    public record Rank(int rank, UUID deputy, String name, BigDecimal points) {
    }

    /**
     * Scores each deputy's records of the year (those up to {@code on}) under the profile's scheme, which it must have,
     * and ranks them. Absences are not read here, so a scheme's deductions do not move the ranking.
     */
    public static PointsRanking of(EffectiveProfile profile, List<DeputyRecords> deputies, LocalDate on) {
        record Scored(DeputyRecords deputy, BigDecimal points) {
        }
        PointsScheme scheme = profile.points().orElseThrow().value();
        List<Scored> scored = new ArrayList<>(deputies.stream()
                .map(d -> new Scored(d, PointsCalculator.score(profile, d.records(), List.of(), d.term(), on).orElseThrow().total()))
                .toList());
        scored.sort(Comparator.comparing(Scored::points).reversed().thenComparing(s -> s.deputy().name())
                .thenComparing(s -> s.deputy().deputy()));
        List<Rank> ranks = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            int rank = i > 0 && scored.get(i - 1).points().compareTo(s.points()) == 0 ? ranks.get(i - 1).rank() : i + 1;
            ranks.add(new Rank(rank, s.deputy().deputy(), s.deputy().name(), s.points()));
        }
        return new PointsRanking(scheme.rule(), scheme.article(), ranks);
    }
}
