package org.lvzhi.application.deputy.port.out;

import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.StatusChange;

public interface SaveDeputyPort {

    void add(Deputy deputy);

    void update(Deputy deputy);

    void record(StatusChange change);
}
