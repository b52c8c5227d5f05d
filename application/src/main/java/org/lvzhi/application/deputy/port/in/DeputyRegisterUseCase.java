package org.lvzhi.application.deputy.port.in;

import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.DeputyId;

/** Liaison office staff keep the register of deputies. */
public interface DeputyRegisterUseCase {

    DeputyView register(CongressId congress, RegisterDeputyCommand command);

    DeputyView update(CongressId congress, DeputyId id, UpdateDeputyCommand command);

    /** Changes the status and records who changed it, when and why. */
    DeputyView changeStatus(ActingCaller caller, DeputyId id, ChangeDeputyStatusCommand command);
}
