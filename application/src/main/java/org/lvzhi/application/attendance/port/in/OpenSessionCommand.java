package org.lvzhi.application.attendance.port.in;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.domain.attendance.HalfDay;
import org.lvzhi.domain.attendance.MeetingKind;
import org.lvzhi.domain.attendance.Session;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Violations;

/** A session to plan: the term, its number and title, its dates and meetings. */
public record OpenSessionCommand(
        TermId term, int number, String title, LocalDate opensOn, LocalDate closesOn, List<Session.MeetingPlan> meetings) {

    /** A meeting as the API gives it. */
    public record MeetingForm(String kind, LocalDate date, String halfDay) {
    }

    public static OpenSessionCommand of(String termId, Integer number, String title, LocalDate opensOn, LocalDate closesOn,
                                        List<MeetingForm> meetings) {
        Violations violations = new Violations();
        TermId term = violations.check(() -> Ids.parse("termId", termId, TermId::new));
        Integer n = violations.check(() -> Checks.required("number", number));
        String t = violations.check(() -> Checks.required("title", title));
        LocalDate opens = violations.check(() -> Checks.required("opensOn", opensOn));
        LocalDate closes = violations.check(() -> Checks.required("closesOn", closesOn));
        List<Session.MeetingPlan> plans = new ArrayList<>();
        List<MeetingForm> given = meetings == null ? List.of() : meetings;
        for (int i = 0; i < given.size(); i++) {
            String field = "meetings." + i;
            MeetingForm form = given.get(i);
            if (form == null) {
                violations.check(() -> Checks.required(field, null));
                continue;
            }
            MeetingKind kind = violations.check(() -> Checks.oneOf(field + ".kind", MeetingKind.class, form.kind()));
            LocalDate date = violations.check(() -> Checks.required(field + ".date", form.date()));
            HalfDay halfDay = violations.check(() -> Checks.oneOf(field + ".halfDay", HalfDay.class, form.halfDay()));
            plans.add(new Session.MeetingPlan(kind, date, halfDay));
        }
        violations.throwIfAny();
        return new OpenSessionCommand(term, n, t, opens, closes, plans);
    }
}
