package org.lvzhi.domain.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.lvzhi.domain.compliance.DateRange;
import org.lvzhi.domain.compliance.Placement;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.policy.RankScope;
import org.lvzhi.domain.policy.Ranking;
import org.lvzhi.domain.policy.Trigger;
import org.lvzhi.domain.policy.WindowType;
import org.lvzhi.domain.shared.Messages;

/**
 * RANKING: fires when, in each of the last {@code consecutive} completed windows before the date (calendar years clipped
 * to the term; the term from its last day), the deputy's placement in the scope meets the trigger's {@link Ranking}:
 * <ul>
 *   <li>{@code top}/{@code bottom} N — a rank from that end of at most N, so every deputy tied at the cut is in
 *       (bottom two of 10, 8 and 8: three deputies);</li>
 *   <li>{@code topPercent}/{@code bottomPercent} P — a rank of at most P% of the deputies ranked, never rounded (10% of
 *       20 is ranks 1–2, 10% of 15 is rank 1 only, 10% of 5 nobody);</li>
 *   <li>{@code bands} — graded in one of them; {@code below} — scored under the edge, or at most it when inclusive.</li>
 * </ul>
 * A window in which the deputy was not ranked (no points, no unit of the scope) does not hold and breaks a run. As for
 * MISSING_RECORDS ({@link Runs}), a run reaching back over every earlier window that holds is one case keyed by its first
 * window, naming each window with the deputy's score and rank; a single window that fails ends it.
 */
final class RankingTrigger {

    /** What every key of a ranking case starts with: such cases are judged for the whole congress at once. */
    static final String KEY_PREFIX = "RANKING:";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Messages MESSAGES = Messages.of(RankingTrigger.class);

    private RankingTrigger() {
    }

    static TriggerState check(Trigger trigger, RankingFacts facts, LocalDate on) {
        Optional<Ranking> asked = trigger.ranking();
        if (asked.isEmpty()) {
            return TriggerState.QUIET;
        }
        Ranking ranking = asked.get();
        RankScope scope = ranking.scopeOrCongress();
        List<DateRange> windows = completed(trigger.window().type(), facts.term(), on);
        List<Optional<Placement>> placed = windows.stream().map(window -> facts.placements().stream()
                .filter(p -> p.scope() == scope && p.window().equals(window)).findFirst()).toList();
        return Runs.endingWithLast(placed, p -> p.filter(placement -> holds(ranking, placement)).isPresent(), trigger.consecutive().orElse(1))
                .map(run -> run.stream().map(Optional::orElseThrow).toList())
                .map(run -> TriggerState.once(new Firing(KEY_PREFIX + key(ranking) + "@" + run.getFirst().window().from(),
                        run.stream().map(RankingTrigger::evidence).toList(),
                        new CaseGrounds(List.of(), run.stream().map(Placement::window).toList()))))
                .orElse(TriggerState.QUIET);
    }

    private static List<DateRange> completed(WindowType type, Term term, LocalDate on) {
        DateRange whole = DateRange.of(term);
        return switch (type) {
            case CALENDAR_YEAR -> IntStream.range(term.startsOn().getYear(), Math.min(on.getYear(), term.endsOn().getYear() + 1))
                    .mapToObj(year -> DateRange.year(year).intersect(whole).orElseThrow()).toList();
            case TERM -> on.isBefore(term.endsOn()) ? List.of() : List.of(whole);
            case ROLLING -> List.of();
        };
    }

    private static boolean holds(Ranking ranking, Placement placement) {
        BigDecimal of = BigDecimal.valueOf(placement.of());
        return ranking.top().map(n -> placement.fromTop() <= n).orElse(true)
                && ranking.bottom().map(n -> placement.fromBottom() <= n).orElse(true)
                && ranking.topPercent().map(p -> BigDecimal.valueOf(placement.fromTop()).multiply(HUNDRED).compareTo(p.multiply(of)) <= 0).orElse(true)
                && ranking.bottomPercent().map(p -> BigDecimal.valueOf(placement.fromBottom()).multiply(HUNDRED).compareTo(p.multiply(of)) <= 0).orElse(true)
                && (ranking.bands().isEmpty() || placement.band().filter(ranking.bands()::contains).isPresent())
                && ranking.below().map(edge -> {
                    int order = placement.score().compareTo(edge.score());
                    return order < 0 || edge.inclusive() && order == 0;
                }).orElse(true);
    }

    /** The criterion and scope, so that two ranking triggers of one rule never share a key. */
    private static String key(Ranking ranking) {
        return ranking.scopeOrCongress() + ":" + ranking.top().map(n -> "top" + n)
                .or(() -> ranking.bottom().map(n -> "bottom" + n))
                .or(() -> ranking.topPercent().map(p -> "top" + p.stripTrailingZeros().toPlainString() + "%"))
                .or(() -> ranking.bottomPercent().map(p -> "bottom" + p.stripTrailingZeros().toPlainString() + "%"))
                .or(() -> ranking.below().map(edge -> (edge.inclusive() ? "atMost" : "below") + edge.score().stripTrailingZeros().toPlainString()))
                .orElse("band:" + String.join("+", ranking.bands()));
    }

    private static String evidence(Placement placement) {
        return MESSAGES.text("evidence.placement", placement.window().from(), placement.window().to(),
                placement.score().stripTrailingZeros().toPlainString(), placement.band().orElse("—"),
                MESSAGES.text("scope." + placement.scope()), placement.fromTop(), placement.fromBottom(), placement.of());
    }
}
