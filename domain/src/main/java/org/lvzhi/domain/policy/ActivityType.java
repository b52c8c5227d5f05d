package org.lvzhi.domain.policy;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One entry of the activity-type catalogue: what kind of duty record, who registers or reviews it, and the unit its
 * records measure their quantity in, if any (a day of training, hours of study).
 */
public record ActivityType(
        String code,
        String name,
        ActivityCategory category,
        boolean selfRegistration,
        Optional<String> reviewer,
        Optional<String> registeredBy,
        Optional<MeasureUnit> measures) {

    public ActivityType {
        reviewer = Absent.orEmpty(reviewer);
        registeredBy = Absent.orEmpty(registeredBy);
        measures = Absent.orEmpty(measures);
    }

    /** A type that measures nothing has records of exactly 1; a measuring type takes any quantity a record may hold. */
    public boolean accepts(BigDecimal quantity) {
        return measures.isPresent() || quantity.compareTo(BigDecimal.ONE) == 0;
    }

    /** How many of {@code unit} one of this type's records' quantity is; empty where the type measures no such thing. */
    public Optional<BigDecimal> quantityIn(MeasureUnit unit) {
        return measures.flatMap(measured -> measured.in(unit));
    }
}
