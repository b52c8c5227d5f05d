package org.lvzhi.adapter.persistence.duty;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lvzhi.adapter.persistence.shared.SqlStates;
import org.lvzhi.application.duty.port.out.DutyRecordPort;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
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

    private final DutyRecordRepository records;
    private final Clock clock;

    DutyRecordAdapter(DutyRecordRepository records, Clock clock) {
        this.records = records;
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
    public Page<DutyRecord> pending(PageRequest page) {
        var found = records.findByState(ReviewState.PENDING.name(), Pageable.from(page.page(), page.size(),
                Sort.of(Sort.Order.asc("occurredOn"), Sort.Order.asc("id"))));
        return Page.of(found.getContent().stream().map(DutyRecordAdapter::toRecord).toList(), page, found.getTotalSize());
    }

    @Override
    public Page<DutyRecord> pendingInGroups(Set<UnitId> groups, PageRequest page) {
        if (groups.isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        var found = records.findPendingInGroups(groups.stream().map(UnitId::value).toList(),
                Pageable.from(page.page(), page.size()));
        return Page.of(found.getContent().stream().map(DutyRecordAdapter::toRecord).toList(), page, found.getTotalSize());
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
