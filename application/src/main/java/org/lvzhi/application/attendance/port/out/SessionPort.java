package org.lvzhi.application.attendance.port.out;

import java.time.Instant;
import java.util.Optional;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.attendance.Session;
import org.lvzhi.domain.attendance.SessionId;

/** The acting congress's sessions with their meetings. */
public interface SessionPort {

    void add(Session session);

    Optional<Session> find(SessionId id);

    /** Sessions latest first. */
    Page<Session> list(PageRequest page);

    void markClosed(SessionId id, Instant at);
}
