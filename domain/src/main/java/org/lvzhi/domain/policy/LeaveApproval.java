package org.lvzhi.domain.policy;

import java.util.List;
import java.util.Optional;

/**
 * Who approves leave from one kind of absence within a duration band in half-days (both ends inclusive):
 * the ordered steps, who files it, and who circulates what of the session's attendance ({@code circulates}: LEAVE,
 * ABSENCE; only leave when a circulator is named without it): DC-3.1.2's “请假、缺席情况由大会秘书处进行通报”.
 */
public record LeaveApproval(
        String leaveFrom,
        List<String> meetings,
        Optional<Integer> minHalfDays,
        Optional<Integer> maxHalfDays,
        boolean inWriting,
        List<ApprovalStep> steps,
        Optional<String> filedBy,
        Optional<String> circulatedBy,
        List<String> circulates,
        List<String> documents) {

    /** What a circulation lists: approved leave, and absences without approval. */
    public static final String LEAVE = "LEAVE";
    public static final String ABSENCE = "ABSENCE";

    public LeaveApproval {
        meetings = Absent.orEmpty(meetings);
        minHalfDays = Absent.orEmpty(minHalfDays);
        maxHalfDays = Absent.orEmpty(maxHalfDays);
        steps = Absent.orEmpty(steps);
        filedBy = Absent.orEmpty(filedBy);
        circulatedBy = Absent.orEmpty(circulatedBy);
        circulates = Absent.orEmpty(circulates);
        if (circulatedBy.isPresent() && circulates.isEmpty()) {
            circulates = List.of(LEAVE);
        }
        documents = Absent.orEmpty(documents);
    }
}
