package org.lvzhi.application.statistics.port.out;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
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
        return of(profile, deputies::forEach, on);
    }

    /**
     * The same from deputies handed on one by one ({@code deputies} hands each to the consumer it is given): only each
     * deputy's name and points are kept, not their records.
     */
    public static PointsRanking of(EffectiveProfile profile, Consumer<Consumer<DeputyRecords>> deputies, LocalDate on) {
        record Scored(UUID deputy, String name, BigDecimal points) {
        }
        PointsScheme scheme = profile.points().orElseThrow().value();
        List<Scored> scored = new ArrayList<>();
        deputies.accept(d -> scored.add(new Scored(d.deputy(), d.name(),
                PointsCalculator.score(profile, d.records(), List.of(), d.term(), on).orElseThrow().total())));
        scored.sort(Comparator.comparing(Scored::points).reversed().thenComparing(Scored::name).thenComparing(Scored::deputy));
        List<Rank> ranks = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            int rank = i > 0 && scored.get(i - 1).points().compareTo(s.points()) == 0 ? ranks.get(i - 1).rank() : i + 1;
            ranks.add(new Rank(rank, s.deputy(), s.name(), s.points()));
        }
        return new PointsRanking(scheme.rule(), scheme.article(), ranks);
    }
}
