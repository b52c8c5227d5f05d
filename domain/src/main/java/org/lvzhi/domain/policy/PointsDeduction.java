package org.lvzhi.domain.policy;

import java.util.List;
import java.util.Optional;

/**
 * Points (negative) per absence from a whole session ({@code SESSION}), a meeting of a session
 * ({@code SESSION_MEETING}) or an activity of the listed types; {@code approved} narrows it to absences on approved
 * leave (请假, true) or without it (缺席, false). Within each {@code capWindow} (the scheme's window by default) the
 * deduction goes no lower than {@code minPoints} ("最多扣10分").
 */
public record PointsDeduction(
        List<String> from,
        Optional<Boolean> approved,
        int points,
        Optional<Integer> minPoints,
        Optional<Window> capWindow,
        Optional<String> rule,
        Optional<String> article) {

    public PointsDeduction {
        from = Absent.orEmpty(from);
        approved = Absent.orEmpty(approved);
        minPoints = Absent.orEmpty(minPoints);
        capWindow = Absent.orEmpty(capWindow);
        rule = Absent.orEmpty(rule);
        article = Absent.orEmpty(article);
    }
}
