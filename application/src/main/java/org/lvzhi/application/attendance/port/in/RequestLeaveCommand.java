package org.lvzhi.application.attendance.port.in;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.domain.attendance.LeaveFrom;
import org.lvzhi.domain.attendance.LeaveRequest;
import org.lvzhi.domain.attendance.MeetingId;
import org.lvzhi.domain.attendance.SessionId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.DutyActivityId;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.shared.Violations;

/**
 * A leave request as filed: for which deputy (staff filing for a deputy name them; a deputy files for their own
 * seat), from what, the session and meetings or the activity, the half-days (activities only: a session's meetings
 * give their own), the reason code and an explanation.
 */
public record RequestLeaveCommand(
        Optional<DeputyId> deputy,
        LeaveFrom from,
        Optional<SessionId> session,
        List<MeetingId> meetings,
        Optional<DutyActivityId> activity,
        int halfDays,
        String reason,
        Optional<String> explanation) {

    public static RequestLeaveCommand of(String deputyId, String leaveFrom, String sessionId, List<String> meetingIds,
                                         String activityId, Integer halfDays, String reason, String explanation) {
        Messages messages = Messages.of(LeaveRequest.class);
        Violations violations = new Violations();
        Optional<DeputyId> deputy = Optional.ofNullable(violations.check(() -> Ids.parseOptional("deputyId", deputyId, DeputyId::new)))
                .flatMap(o -> o);
        LeaveFrom from = violations.check(() -> Checks.oneOf("leaveFrom", LeaveFrom.class, leaveFrom));
        Optional<SessionId> session = Optional.empty();
        Optional<DutyActivityId> activity = Optional.empty();
        List<MeetingId> meetings = new ArrayList<>();
        if (from != null && from.fromSession()) {
            session = Optional.ofNullable(violations.check(() -> Ids.parse("sessionId", sessionId, SessionId::new)));
            List<String> ids = meetingIds == null ? List.of() : meetingIds;
            for (int i = 0; i < ids.size(); i++) {
                String field = "meetingIds." + i;
                String id = ids.get(i);
                Optional.ofNullable(violations.check(() -> Ids.parse(field, id, MeetingId::new))).ifPresent(meetings::add);
            }
        } else if (from != null) {
            activity = Optional.ofNullable(violations.check(() -> Ids.parse("activityId", activityId, DutyActivityId::new)));
        }
        if (halfDays != null && halfDays < 1) {
            violations.add(messages.violation("halfDays", "leave.half-days"));
        }
        String code = violations.check(() -> Checks.text("reason", reason, 64));
        violations.throwIfAny();
        return new RequestLeaveCommand(deputy, from, session, meetings, activity, halfDays == null ? 1 : halfDays, code,
                Optional.ofNullable(explanation).filter(e -> !e.isBlank()));
    }
}
