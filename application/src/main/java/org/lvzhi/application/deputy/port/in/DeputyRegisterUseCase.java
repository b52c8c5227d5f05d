package org.lvzhi.application.deputy.port.in;

import org.lvzhi.application.deputy.DeputyView;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.DeputyId;

/** Liaison office staff keep the register of deputies. */
public interface DeputyRegisterUseCase {

    DeputyView register(CongressId congress, RegisterDeputyCommand command);

    DeputyView update(CongressId congress, DeputyId id, UpdateDeputyCommand command);

    DeputyView changeStatus(CongressId congress, DeputyId id, ChangeDeputyStatusCommand command);
}
