package org.lvzhi.application.testing;

import java.time.LocalDate;
import java.util.List;
import org.lvzhi.application.duty.port.out.ActivityNoticePort;
import org.lvzhi.domain.duty.DutyActivityId;

/** The notices recorded as sent for each congress's activities, one per activity and rule. */
public final class InMemoryActivityNotices implements ActivityNoticePort {

    /** One notice recorded as sent. */
    public record Notice(DutyActivityId activity, String rule, LocalDate sentOn, String recordedBy) {
    }

    private final TenantTable<String, Notice> notices;

    public InMemoryActivityNotices(InMemoryTransactions transactions) {
        this.notices = new TenantTable<>("activity notice", transactions);
    }

    @Override
    public boolean add(DutyActivityId activity, String rule, LocalDate sentOn, String recordedBy) {
        String key = activity + "/" + rule;
        if (notices.find(key).isPresent()) {
            return false;
        }
        notices.insert(key, new Notice(activity, rule, sentOn, recordedBy));
        return true;
    }

    @Override
    public List<String> recorded(DutyActivityId activity) {
        return notices.visible().filter(n -> n.activity().equals(activity)).map(Notice::rule).toList();
    }
}
