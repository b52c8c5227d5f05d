package org.lvzhi.application.duty.port.in;

import java.time.LocalDate;
import java.util.List;

/**
 * The organiser recorded that the notice or materials a rule requires were sent: which rule, on which day, the rules
 * still outstanding, and how many clocks were stopped (they stop once every notice of the activity is recorded).
 */
public record NoticeRecorded(String rule, LocalDate sentOn, List<String> outstanding, int clocksStopped) {

    public NoticeRecorded {
        outstanding = List.copyOf(outstanding);
    }
}
