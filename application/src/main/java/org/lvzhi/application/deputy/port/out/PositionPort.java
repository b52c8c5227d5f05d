package org.lvzhi.application.deputy.port.out;

import org.lvzhi.application.deputy.PositionView;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.deputy.PositionAssignment;

/** The offices held in the acting congress. */
public interface PositionPort {

    void add(PositionAssignment assignment);

    Page<PositionView> list(PageRequest page);
}
