package org.lvzhi.application.deputy.port.in;

import org.lvzhi.application.deputy.port.out.PositionView;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.CongressId;

public interface PositionUseCases {

    PositionView assign(CongressId congress, AssignPositionCommand command);

    Page<PositionView> list(CongressId congress, PageRequest page);
}
