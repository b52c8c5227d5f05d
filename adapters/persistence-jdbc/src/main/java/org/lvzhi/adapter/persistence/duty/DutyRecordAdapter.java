package org.lvzhi.adapter.persistence.duty;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lvzhi.adapter.persistence.shared.KeysetOrder;
import org.lvzhi.adapter.persistence.shared.SqlStates;
import org.lvzhi.adapter.persistence.shared.Statements;
import org.lvzhi.application.duty.port.out.DutyRecordPort;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.DutyActivityId;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.duty.DutyRecordId;
import org.lvzhi.domain.duty.RecordSource;
import org.lvzhi.domain.duty.ReviewState;
import org.lvzhi.domain.shared.Messages;

@Singleton
class DutyRecordAdapter implements DutyRecordPort {

    /** PostgreSQL's unique_violation: a concurrent second registration at the same activity. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** Oldest first: {@code duty_record_pending} (035). */
    private static final KeysetOrder OLDEST_FIRST = KeysetOrder.ascending("occurred_on", "id", KeysetOrder.Type.DATE);

    private final DutyRecordRepository records;
    private final JdbcOperations jdbc;
    private final Clock clock;

    DutyRecordAdapter(DutyRecordRepository records, JdbcOperations jdbc, Clock clock) {
        this.records = records;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void add(DutyRecord record) {
        try {
            records.save(toRow(record));
        } catch (RuntimeException failure) {
            if (SqlStates.of(failure).filter(UNIQUE_VIOLATION::equals).isPresent()) {
                throw Messages.of(DutyRecord.class).violation("deputyId", "record.duplicate-at-activity");
            }
            throw failure;
        }
    }

    @Override
    public void update(DutyRecord record) {
        DutyRecordRow stored = records.findById(record.id().value()).orElseThrow();
        records.update(new DutyRecordRow(stored.id(), stored.deputyId(), stored.type(), stored.occurredOn(),
                stored.activityId(), stored.counterpart(), stored.note(), stored.source(), record.state().name(),
                record.rejectionReason().orElse(null), stored.registeredBy(), stored.registeredAt(), stored.quantity()));
    }

    @Override
    public Optional<DutyRecord> find(DutyRecordId id) {
        return records.findById(id.value()).map(DutyRecordAdapter::toRecord);
    }

    @Override
    public boolean registeredAt(DeputyId deputy, DutyActivityId activity) {
        return records.existsByDeputyIdAndActivityIdAndStateNotEqual(
                deputy.value(), activity.value(), ReviewState.REJECTED.name());
    }

    @Override
    public List<DutyRecord> ofDeputy(DeputyId deputy, LocalDate from, LocalDate to) {
        return records.findByDeputyIdAndOccurredOnBetweenOrderByOccurredOn(deputy.value(), from, to).stream()
                .map(DutyRecordAdapter::toRecord)
                .toList();
    }

    @Override
    public Slice<DutyRecord> pending(KeysetRequest page) {
        return pendingWhere("", List.of(), page);
    }

    /** The groups' deputies from their index, then their pending records, oldest first. */
    @Override
    public Slice<DutyRecord> pendingInGroups(Set<UnitId> groups, KeysetRequest page) {
        return pendingWhere(" AND deputy_id = ANY (ARRAY(SELECT d.id FROM deputy d WHERE d.deputy_group_id = ANY (?)))",
                List.of((Object) groups.stream().map(UnitId::value).toArray(UUID[]::new)), page);
    }

    /** Pending records, oldest first, one range of {@code duty_record_pending} (035) from the cursor. */
    private Slice<DutyRecord> pendingWhere(String condition, List<Object> parameters, KeysetRequest page) {
        String where = " FROM duty_record WHERE state = 'PENDING'" + condition;
        return Slice.of(Statements.list(jdbc, "SELECT " + DutyRecordRows.COLUMNS + where + OLDEST_FIRST.page(),
                        OLDEST_FIRST.parameters(parameters, page), DutyRecordRows::read), page,
                        record -> KeysetOrder.cursor(record.date(), record.id().value()))
                .counted(page, () -> Statements.count(jdbc, "SELECT count(*)" + where, parameters));
    }

    private DutyRecordRow toRow(DutyRecord record) {
        return new DutyRecordRow(record.id().value(), record.deputy().value(), record.type(), record.date(),
                record.activity().map(DutyActivityId::value).orElse(null), record.counterpart().orElse(null),
                record.note().orElse(null), record.source().name(), record.state().name(),
                record.rejectionReason().orElse(null), record.registeredBy(), clock.instant(), record.quantity());
    }

    private static DutyRecord toRecord(DutyRecordRow row) {
        return new DutyRecord(new DutyRecordId(row.id()), new DeputyId(row.deputyId()), row.type(), row.occurredOn(),
                Optional.ofNullable(row.activityId()).map(DutyActivityId::new), Optional.ofNullable(row.counterpart()),
                Optional.ofNullable(row.note()), RecordSource.valueOf(row.source()), ReviewState.valueOf(row.state()),
                Optional.ofNullable(row.rejectionReason()), row.registeredBy(), row.quantity());
    }
}
