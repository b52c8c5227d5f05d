package org.lvzhi.domain.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.lvzhi.domain.policy.CalendarDuty;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.PolicyRule;
import org.lvzhi.domain.policy.RuleKind;

/**
 * The day a year's duty report is due: from the profile's SCHEDULE rule for {@code ANNUAL_DUTY_REPORT} with a
 * yearly day ({@code due: --11-30}, QH-11.6). A profile without one sets no due date.
 */
public final class ReportDue {

    public static final String DUTY = "ANNUAL_DUTY_REPORT";

    private ReportDue() {
    }

    public static Optional<LocalDate> of(EffectiveProfile profile, int year) {
        return rule(profile).flatMap(PolicyRule::schedule).filter(duty -> "YEAR".equals(duty.every()))
                .flatMap(CalendarDuty::due).flatMap(due -> {
                    try {
                        return Optional.of(MonthDay.parse(due).atYear(year));
                    } catch (DateTimeException unreadable) {
                        return Optional.empty();
                    }
                });
    }

    /** The rule the due date rests on, for its article. */
    public static Optional<PolicyRule> rule(EffectiveProfile profile) {
        return profile.rules().stream().map(sourced -> sourced.value())
                .filter(rule -> rule.kind() == RuleKind.SCHEDULE)
                .filter(rule -> rule.schedule().map(duty -> DUTY.equals(duty.duty())).orElse(false))
                .findFirst();
    }
}
