package org.lvzhi.application.attendance.port.out;

import java.util.Optional;
import org.lvzhi.domain.attendance.Circulation;
import org.lvzhi.domain.attendance.SessionId;

/** The acting congress's circulations of leave and absences, one per closed session that called for one. */
public interface LeaveCirculationPort {

    void add(Circulation circulation);

    Optional<Circulation> find(SessionId session);
}
