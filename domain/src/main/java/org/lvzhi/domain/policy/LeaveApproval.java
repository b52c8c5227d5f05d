package org.lvzhi.domain.policy;

import java.util.List;
import java.util.Optional;

/**
 * Who approves leave from one kind of absence within a duration band in half-days (both ends inclusive):
 * the ordered steps and who files it.
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
        List<String> documents) {

    public LeaveApproval {
        meetings = Absent.orEmpty(meetings);
        minHalfDays = Absent.orEmpty(minHalfDays);
        maxHalfDays = Absent.orEmpty(maxHalfDays);
        steps = Absent.orEmpty(steps);
        filedBy = Absent.orEmpty(filedBy);
        circulatedBy = Absent.orEmpty(circulatedBy);
        documents = Absent.orEmpty(documents);
    }
}
