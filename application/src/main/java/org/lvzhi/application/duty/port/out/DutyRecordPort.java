package org.lvzhi.application.duty.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.DutyActivityId;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.duty.DutyRecordId;

/** The acting congress's duty records: every deputy's archive. */
public interface DutyRecordPort {

    /** Files the record; a second live record of the same deputy at the same activity is refused. */
    void add(DutyRecord record);

    /** Stores a reviewed record. */
    void update(DutyRecord record);

    Optional<DutyRecord> find(DutyRecordId id);

    boolean registeredAt(DeputyId deputy, DutyActivityId activity);

    /** The deputy's records dated within the range (both ends inclusive), oldest first, whatever their state. */
    List<DutyRecord> ofDeputy(DeputyId deputy, LocalDate from, LocalDate to);

    /** Self-registered records waiting for review, oldest first. */
    Slice<DutyRecord> pending(KeysetRequest page);

    /** The same, limited to deputies of the given deputy groups. */
    Slice<DutyRecord> pendingInGroups(Set<UnitId> groups, KeysetRequest page);
}
