package org.lvzhi.domain.calendar;

import java.util.Objects;

/**
 * Which calendar duty of a congress's profile: the rule id and the duty it schedules (one rule may schedule two,
 * as JD-26 does: voters' reports once a term and the group's report each December).
 */
public record DutyKey(String rule, String duty) {

    public DutyKey {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(duty, "duty");
        if (rule.contains("/") || duty.contains("/")) {
            throw new IllegalArgumentException("a rule id or duty with a slash: " + rule + "/" + duty);
        }
    }

    /** {@code QH-11.6/ANNUAL_DUTY_REPORT}; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return rule + "/" + duty;
    }

    public static DutyKey parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("not a duty key: " + text);
        }
        return new DutyKey(text.substring(0, slash), text.substring(slash + 1));
    }
}
