package org.lvzhi.application.attendance.port.in;

import java.util.List;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.domain.attendance.Circulation;
import org.lvzhi.domain.attendance.Session;
import org.lvzhi.domain.attendance.SessionMeeting;

/** A session's circulation of leave and absences, each line with its deputy and the meetings it names. */
public record CirculationSheet(Session session, Circulation circulation, List<Entry> entries) {

    public record Entry(DeputyView deputy, Circulation.Line line, List<SessionMeeting> meetings) {
    }
}
