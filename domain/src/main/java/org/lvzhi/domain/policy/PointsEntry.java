package org.lvzhi.domain.policy;

import java.util.Optional;

/**
 * Points per record of a type, or per unit of its quantity when {@code perUnit} names the unit (negative for a
 * penalty). Within each {@code capWindow} (the scheme's window by default) at most {@code cap} records score, and the
 * entry's points are held between {@code minPoints} and {@code maxPoints} ("每项最高10分"). An entry may cite its own
 * rule and article; otherwise the scheme's apply.
 */
public record PointsEntry(
        String type,
        int points,
        Optional<MeasureUnit> perUnit,
        Optional<Integer> cap,
        Optional<Window> capWindow,
        Optional<Integer> maxPoints,
        Optional<Integer> minPoints,
        Optional<String> rule,
        Optional<String> article) {

    public PointsEntry {
        perUnit = Absent.orEmpty(perUnit);
        cap = Absent.orEmpty(cap);
        capWindow = Absent.orEmpty(capWindow);
        maxPoints = Absent.orEmpty(maxPoints);
        minPoints = Absent.orEmpty(minPoints);
        rule = Absent.orEmpty(rule);
        article = Absent.orEmpty(article);
    }
}
