package org.lvzhi.domain.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.policy.Window;

/**
 * The maximum and minimum points of one entry or deduction in each of its windows ("每项每年最高10分", "最多扣10分"):
 * the lines it collected are added up per window, and a window beyond a limit gets one more line that brings it back.
 */
final class PointsLimit {

    private final String type;
    private final Optional<Integer> maximum;
    private final Optional<Integer> minimum;
    private final CountingWindow window;
    private final String rule;
    private final String article;
    private final List<PointsLine> lines = new ArrayList<>();

    PointsLimit(String type, Optional<Integer> maximum, Optional<Integer> minimum, Window window, String rule, String article) {
        this.type = type;
        this.maximum = maximum;
        this.minimum = minimum;
        this.window = CountingWindow.of(window);
        this.rule = rule;
        this.article = article;
    }

    void collect(PointsLine line) {
        lines.add(line);
    }

    /** The lines that bring each window of the term back within the limits, dated on the window's last fact. */
    List<PointsLine> adjustments(Term term) {
        Map<DateRange, List<PointsLine>> byWindow = new LinkedHashMap<>();
        lines.forEach(line -> byWindow.computeIfAbsent(window.over(term, line.date()), range -> new ArrayList<>()).add(line));
        List<PointsLine> adjustments = new ArrayList<>();
        byWindow.values().forEach(inWindow -> {
            BigDecimal sum = inWindow.stream().map(PointsLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            LocalDate last = inWindow.getLast().date();
            maximum.map(BigDecimal::valueOf).filter(max -> sum.compareTo(max) > 0)
                    .or(() -> minimum.map(BigDecimal::valueOf).filter(min -> sum.compareTo(min) < 0))
                    .ifPresent(limit -> adjustments.add(new PointsLine(PointsSource.ENTRY_LIMIT, Optional.empty(), type, last,
                            BigDecimal.ZERO, limit.subtract(sum), false, rule, article)));
        });
        return adjustments;
    }
}
