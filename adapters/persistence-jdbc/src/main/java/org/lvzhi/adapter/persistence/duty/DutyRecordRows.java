package org.lvzhi.adapter.persistence.duty;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.DutyActivityId;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.duty.DutyRecordId;
import org.lvzhi.domain.duty.RecordSource;
import org.lvzhi.domain.duty.ReviewState;

/** A duty record read by plain SQL that selects {@link #COLUMNS}. */
public final class DutyRecordRows {

    public static final String COLUMNS =
            "id, deputy_id, type, occurred_on, activity_id, counterpart, note, source, state, rejection_reason, registered_by, quantity";

    private DutyRecordRows() {
    }

    public static DutyRecord read(ResultSet row) throws SQLException {
        return new DutyRecord(new DutyRecordId(row.getObject("id", UUID.class)), new DeputyId(row.getObject("deputy_id", UUID.class)),
                row.getString("type"), row.getDate("occurred_on").toLocalDate(),
                Optional.ofNullable(row.getObject("activity_id", UUID.class)).map(DutyActivityId::new),
                Optional.ofNullable(row.getString("counterpart")), Optional.ofNullable(row.getString("note")),
                RecordSource.valueOf(row.getString("source")), ReviewState.valueOf(row.getString("state")),
                Optional.ofNullable(row.getString("rejection_reason")), row.getString("registered_by"),
                row.getBigDecimal("quantity"));
    }
}
