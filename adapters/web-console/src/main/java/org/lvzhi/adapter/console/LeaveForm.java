package org.lvzhi.adapter.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Set;
import org.lvzhi.application.attendance.port.in.RequestLeaveCommand;

/** A deputy's leave request for a session as posted, kept to show it again beside its errors. */
@Serdeable
public record LeaveForm(@Nullable String session, @Nullable String leaveFrom, @Nullable List<String> meetingIds,
                        @Nullable String reason, @Nullable String explanation) {

    static final Set<String> FIELDS = Set.of("leaveFrom", "meetingIds", "reason", "explanation");

    static LeaveForm blank(String session) {
        return new LeaveForm(session, "", List.of(), "", "");
    }

    /** The command as the API builds it from the same fields; the deputy files for their own seat. */
    RequestLeaveCommand toCommand() {
        return RequestLeaveCommand.of(null, leaveFrom, session, meetingIds, null, null, reason, explanation);
    }

    public boolean chose(String meeting) {
        return meetingIds != null && meetingIds.contains(meeting);
    }

    public String value(String field) {
        String value = switch (field) {
            case "leaveFrom" -> leaveFrom;
            case "reason" -> reason;
            default -> explanation;
        };
        return value == null ? "" : value;
    }
}
