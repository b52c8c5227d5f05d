package org.lvzhi.application.deputy.port.out;

import org.lvzhi.domain.deputy.Deputy;

public interface SaveDeputyPort {

    void add(Deputy deputy);

    void update(Deputy deputy);
}
