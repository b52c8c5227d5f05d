package org.lvzhi.application.duty.port.out;

import java.util.Optional;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.duty.DutyActivity;
import org.lvzhi.domain.duty.DutyActivityId;

/** The acting congress's duty activities with their invitations. */
public interface DutyActivityPort {

    void add(DutyActivity activity);

    Optional<DutyActivity> find(DutyActivityId id);

    /** Activities latest first. */
    Page<DutyActivity> list(PageRequest page);
}
