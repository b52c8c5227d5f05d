package org.lvzhi.domain.calendar;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.policy.CalendarDuty;

/**
 * The deadline clock a calendar duty's day implies: one per deputy for a duty of EACH_DEPUTY (QH-11.6's written report,
 * subject {@code DUTY_REPORT <deputyId>/2026}), one per unit for a duty each unit of a kind owes (JD-26's yearly report
 * of each deputy group, {@code GROUP_ANNUAL_REPORT <unitId>/2026}), one for the congress for a body's duty. It starts on the duty's first
 * reminder day (or its due day when it has none), so the clock's own reminders and the escalation of a missed one run
 * like any deadline's; it is due on the duty's due day.
 */
public final class DutyDeadline {

    public static final String EVENT = "CALENDAR_DUTY";
    public static final String EACH_DEPUTY = "EACH_DEPUTY";
    static final String ANNUAL_DUTY_REPORT = "ANNUAL_DUTY_REPORT";
    /** The subject of a deputy's annual report clock: stopped by the report's submission. */
    public static final String REPORT_SUBJECT = "DUTY_REPORT";

    private DutyDeadline() {
    }

    /** Who owes a duty that each unit of a kind owes: the kind, and the office in each unit its clock reminds. */
    public record EachUnit(UnitKind kind, Position reminded) {
    }

    /** EACH_DEPUTY_GROUP: each deputy group, its leader reminded; EACH_WORK_COMMITTEE: each work committee, its director. */
    public static Optional<EachUnit> eachUnit(String owedBy) {
        return switch (owedBy) {
            case "EACH_DEPUTY_GROUP" -> Optional.of(new EachUnit(UnitKind.DEPUTY_GROUP, Position.GROUP_LEADER));
            case "EACH_WORK_COMMITTEE" -> Optional.of(new EachUnit(UnitKind.WORK_COMMITTEE, Position.WORK_COMMITTEE_DIRECTOR));
            default -> Optional.empty();
        };
    }

    /** Whether the clocks start on this day: the duty's earliest reminder of the due day, or the due day without one. */
    public static boolean startsOn(CalendarDuty duty, DutyDate date) {
        Optional<LocalDate> first = duty.reminders().stream().map(Period::parse).map(date.dueOn()::minus)
                .filter(on -> on.isBefore(date.dueOn())).min(LocalDate::compareTo);
        return first.map(on -> date.kind() == DutyDate.Kind.REMINDER && on.equals(date.fireOn()))
                .orElse(date.kind() == DutyDate.Kind.DUE);
    }

    /** The subject kind: {@code DUTY_REPORT} for the annual duty report, the duty's own name otherwise. */
    public static String subjectKind(String duty) {
        return ANNUAL_DUTY_REPORT.equals(duty) ? REPORT_SUBJECT : duty;
    }

    /** {@code <owner>/<year>}, with {@code -<round>} for a duty done several times: a deputy's id or the congress's. */
    public static String subjectId(String owner, DutyDate date) {
        return owner + "/" + date.dueOn().getYear() + (date.rounds() == 1 ? "" : "-" + date.round());
    }

    /** The subject id of a deputy's annual duty report for a year (the one its submission stops). */
    public static String reportSubjectId(String deputy, int year) {
        return deputy + "/" + year;
    }
}
