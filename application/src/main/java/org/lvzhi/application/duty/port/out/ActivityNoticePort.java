package org.lvzhi.application.duty.port.out;

import java.time.LocalDate;
import java.util.List;
import org.lvzhi.domain.duty.DutyActivityId;

/** Which notices of an activity (by the rule requiring them) the organiser recorded as sent. */
public interface ActivityNoticePort {

    /** Records the rule's notice as sent; answers false when it was already recorded. */
    boolean add(DutyActivityId activity, String rule, LocalDate sentOn, String recordedBy);

    /** The rules whose notices were recorded for the activity, in the order recorded. */
    List<String> recorded(DutyActivityId activity);
}
