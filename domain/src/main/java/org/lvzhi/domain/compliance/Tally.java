package org.lvzhi.domain.compliance;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.lvzhi.domain.policy.MeasureUnit;
import org.lvzhi.domain.shared.Checks;

/**
 * One count a database (or memory) must answer for a deputy: the CONFIRMED records of the types dated in the
 * range, or, when {@code distinct} names a kind of counterpart, the number of distinct counterparts among them, or,
 * when it is {@link #OCCASION}, the number of distinct days they fall on (JD-15: five voters met at one meeting are
 * one contact, "每年沟通联系不少于2次" asks two occasions), or, when {@code sum} names a unit, their quantities added
 * up in it, each type's quantity multiplied by its {@code factors} entry (a half-day record counts 0.5 of a day).
 * The key is derived from the other fields, so equal questions have equal keys however they were asked.
 */
public record Tally(String key, Set<String> types, DateRange range, Optional<String> distinct, Optional<MeasureUnit> sum,
        Map<String, BigDecimal> factors) {

    /** {@code distinct} value counting the days records fall on rather than their counterparts. */
    public static final String OCCASION = "OCCASION";
    /** {@link #counting()} of a tally adding up quantities. */
    public static final String SUM = "SUM";

    public Tally {
        Checks.required("key", key);
        types = Set.copyOf(Checks.required("types", types));
        Checks.required("range", range);
        Checks.required("distinct", distinct);
        Checks.required("sum", sum);
        factors = Map.copyOf(Checks.required("factors", factors));
    }

    public static Tally of(Collection<String> types, DateRange range, Optional<String> distinct) {
        String key = String.join("+", new TreeSet<>(types)) + "@" + range + distinct.map(d -> "#" + d).orElse("");
        return new Tally(key, Set.copyOf(types), range, distinct, Optional.empty(), Map.of());
    }

    /** The quantities of the types in the range, in {@code unit}; a type missing from {@code factors} adds nothing. */
    public static Tally summing(Collection<String> types, DateRange range, MeasureUnit unit, Map<String, BigDecimal> factors) {
        String key = String.join("+", new TreeSet<>(types)) + "@" + range + "=" + unit + new TreeMap<>(factors);
        return new Tally(key, Set.copyOf(types), range, Optional.empty(), Optional.of(unit), factors);
    }

    /** How a database counts the matching records: RECORD, COUNTERPART (distinct counterparts), OCCASION (distinct days) or SUM. */
    public String counting() {
        if (sum.isPresent()) {
            return SUM;
        }
        return distinct.map(kind -> kind.equals(OCCASION) ? OCCASION : "COUNTERPART").orElse("RECORD");
    }

    /** What one unit of a type's quantity adds to this tally: its factor when summing, nothing otherwise. */
    public BigDecimal factor(String type) {
        return factors.getOrDefault(type, BigDecimal.ZERO);
    }
}
