package org.lvzhi.adapter.console;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.application.archive.port.in.ArchiveAccess;
import org.lvzhi.application.archive.port.in.ArchiveQueries;
import org.lvzhi.application.archive.port.in.SupervisionUseCases;
import org.lvzhi.application.archive.port.out.StandingFilter;
import org.lvzhi.application.attendance.port.in.LeaveUseCases;
import org.lvzhi.application.deadline.port.in.DeadlineAccess;
import org.lvzhi.application.deadline.port.in.DeadlineQueries;
import org.lvzhi.application.duty.port.in.DutyAccess;
import org.lvzhi.application.duty.port.in.DutyRecordUseCases;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.compliance.QuotaStatus;
import org.lvzhi.domain.supervision.CaseState;

/**
 * The counts on the home page, each read through the use case the matching list uses and shown only when the
 * caller's grants allow that list: deputies by their worst quota status, the review queue, overdue clocks, open
 * supervision cases and the leave steps waiting for the caller.
 */
@Singleton
class Desk {

    private static final PageRequest COUNT_ONLY = new PageRequest(0, 1);
    private static final KeysetRequest COUNTED = new KeysetRequest(Optional.empty(), 1, true);

    private final ArchiveQueries archives;
    private final DutyRecordUseCases records;
    private final DeadlineQueries deadlines;
    private final SupervisionUseCases supervision;
    private final LeaveUseCases leave;

    Desk(ArchiveQueries archives, DutyRecordUseCases records, DeadlineQueries deadlines, SupervisionUseCases supervision,
         LeaveUseCases leave) {
        this.archives = archives;
        this.records = records;
        this.deadlines = deadlines;
        this.supervision = supervision;
        this.leave = leave;
    }

    List<DeskTile> tiles(ActingCaller caller) {
        List<DeskTile> tiles = new ArrayList<>();
        if (ArchiveAccess.GRANTS.allows(caller, ArchiveAccess.READ_OVERVIEW)) {
            Map<QuotaStatus, Long> counts = archives.overviewCounts(caller,
                    new StandingFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
            for (QuotaStatus status : QuotaStatus.values()) {
                long deputies = counts.get(status);
                tiles.add(new DeskTile(ConsoleText.text("desk.deputies", ConsoleText.label(status)), deputies,
                        Optional.of("/standings?worst=" + status.name()), status.name()));
            }
            tiles.add(tile("desk.open-cases", supervision.list(caller, Optional.of(CaseState.OPEN), COUNTED).total().orElseThrow()));
        }
        if (DutyAccess.GRANTS.allows(caller, DutyAccess.READ_REVIEW_QUEUE)) {
            tiles.add(new DeskTile(ConsoleText.text("desk.review-queue"), records.reviewQueue(caller, COUNTED).total().orElseThrow(),
                    Optional.of("/reviews"), "COUNT"));
        }
        if (DeadlineAccess.GRANTS.allows(caller, DeadlineAccess.READ_BOARD)) {
            tiles.add(tile("desk.overdue", deadlines.overdue(caller, Optional.empty(), COUNTED).total().orElseThrow()));
        }
        tiles.add(new DeskTile(ConsoleText.text("desk.leave-waiting"), leave.awaiting(caller, COUNT_ONLY).total(),
                Optional.of("/leave/approvals"), "COUNT"));
        return tiles;
    }

    private static DeskTile tile(String label, long count) {
        return new DeskTile(ConsoleText.text(label), count, Optional.empty(), "COUNT");
    }
}
