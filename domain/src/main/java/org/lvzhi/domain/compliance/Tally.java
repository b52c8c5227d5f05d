package org.lvzhi.domain.compliance;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.lvzhi.domain.shared.Checks;

/**
 * One count a database (or memory) must answer for a deputy: the CONFIRMED records of the types dated in the
 * range, or, when {@code distinct} names a kind of counterpart, the number of distinct counterparts among them, or,
 * when it is {@link #OCCASION}, the number of distinct days they fall on (JD-15: five voters met at one meeting are
 * one contact, "每年沟通联系不少于2次" asks two occasions).
 * The key is derived from the other fields, so equal questions have equal keys however they were asked.
 */
public record Tally(String key, Set<String> types, DateRange range, Optional<String> distinct) {

    /** {@code distinct} value counting the days records fall on rather than their counterparts. */
    public static final String OCCASION = "OCCASION";

    public Tally {
        Checks.required("key", key);
        types = Set.copyOf(Checks.required("types", types));
        Checks.required("range", range);
        Checks.required("distinct", distinct);
    }

    public static Tally of(Collection<String> types, DateRange range, Optional<String> distinct) {
        String key = String.join("+", new TreeSet<>(types)) + "@" + range + distinct.map(d -> "#" + d).orElse("");
        return new Tally(key, Set.copyOf(types), range, distinct);
    }

    /** How a database counts the matching records: RECORD, COUNTERPART (distinct counterparts) or OCCASION (distinct days). */
    public String counting() {
        return distinct.map(kind -> kind.equals(OCCASION) ? OCCASION : "COUNTERPART").orElse("RECORD");
    }
}
