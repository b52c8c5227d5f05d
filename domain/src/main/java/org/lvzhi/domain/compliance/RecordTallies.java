package org.lvzhi.domain.compliance;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lvzhi.domain.duty.DutyRecord;

/** Answers tallies in memory from one deputy's records; only confirmed records count. */
public final class RecordTallies implements TallyCounts {

    private final Map<String, List<DutyRecord>> confirmedByType;

    private RecordTallies(Map<String, List<DutyRecord>> confirmedByType) {
        this.confirmedByType = confirmedByType;
    }

    public static RecordTallies of(Collection<DutyRecord> records) {
        return new RecordTallies(records.stream().filter(DutyRecord::counts).collect(Collectors.groupingBy(DutyRecord::type)));
    }

    @Override
    public BigDecimal count(Tally tally) {
        var matching = tally.types().stream()
                .flatMap(type -> confirmedByType.getOrDefault(type, List.of()).stream())
                .filter(r -> tally.range().contains(r.date()));
        return switch (tally.counting()) {
            case Tally.SUM -> matching.map(r -> r.quantity().multiply(tally.factor(r.type()))).reduce(BigDecimal.ZERO, BigDecimal::add);
            case Tally.OCCASION -> BigDecimal.valueOf(matching.map(DutyRecord::date).distinct().count());
            case "COUNTERPART" -> BigDecimal.valueOf(matching.map(DutyRecord::counterpart).flatMap(Optional::stream).distinct().count());
            default -> BigDecimal.valueOf(matching.count());
        };
    }
}
