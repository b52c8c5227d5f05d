package org.lvzhi.application.testing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.lvzhi.application.duty.port.out.DutyRecordPort;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.DutyActivityId;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.duty.DutyRecordId;
import org.lvzhi.domain.duty.ReviewState;
import org.lvzhi.domain.shared.Messages;

/**
 * The duty records of each congress. Like the table's partial unique index, a second live (not rejected) record
 * of a deputy at one activity is refused, with the violation the adapter turns the index's error into. The
 * review queues read each record's deputy group from the deputy's seat, as the adapter joins the deputy.
 */
public final class InMemoryDutyRecords implements DutyRecordPort {

    private static final Comparator<DutyRecord> OLDEST_FIRST =
            Comparator.comparing(DutyRecord::date).thenComparing(r -> r.id().value());

    private final InMemoryTransactions transactions;
    private final InMemoryDeputies deputies;
    private final TenantTable<DutyRecordId, DutyRecord> records;

    public InMemoryDutyRecords(InMemoryTransactions transactions, InMemoryDeputies deputies) {
        this.transactions = transactions;
        this.deputies = deputies;
        this.records = new TenantTable<>("duty record", transactions);
    }

    @Override
    public void add(DutyRecord record) {
        if (record.activity().isPresent() && registeredAt(record.deputy(), record.activity().get())) {
            throw Messages.of(DutyRecord.class).violation("deputyId", "record.duplicate-at-activity");
        }
        records.insert(record.id(), record);
    }

    @Override
    public void update(DutyRecord record) {
        records.update(record.id(), record);
    }

    @Override
    public Optional<DutyRecord> find(DutyRecordId id) {
        return records.find(id);
    }

    @Override
    public boolean registeredAt(DeputyId deputy, DutyActivityId activity) {
        return records.visible().anyMatch(r -> r.deputy().equals(deputy) && r.activity().equals(Optional.of(activity))
                && r.state() != ReviewState.REJECTED);
    }

    @Override
    public List<DutyRecord> ofDeputy(DeputyId deputy, LocalDate from, LocalDate to) {
        return records.visible()
                .filter(r -> r.deputy().equals(deputy) && !r.date().isBefore(from) && !r.date().isAfter(to))
                .sorted(Comparator.comparing(DutyRecord::date))
                .toList();
    }

    @Override
    public Slice<DutyRecord> pending(KeysetRequest page) {
        return Paging.slice(pendingRecords().toList(), page, InMemoryDutyRecords::cursor);
    }

    @Override
    public Slice<DutyRecord> pendingInGroups(Set<UnitId> groups, KeysetRequest page) {
        return Paging.slice(pendingRecords().filter(r -> deputyGroupOf(r.deputy()).map(groups::contains).orElse(false)).toList(), page,
                InMemoryDutyRecords::cursor);
    }

    private static String cursor(DutyRecord record) {
        return KeysetRequest.cursor(record.date(), record.id().value());
    }

    /** Stores the record in the congress as test set-up. */
    public DutyRecord seed(CongressId congress, DutyRecord record) {
        transactions.setUp(congress, () -> add(record));
        return record;
    }

    /** Every record stored for the congress, in the order filed. */
    public List<DutyRecord> stored(CongressId congress) {
        return records.stored(congress);
    }

    private Stream<DutyRecord> pendingRecords() {
        return records.visible().filter(r -> r.state() == ReviewState.PENDING).sorted(OLDEST_FIRST);
    }

    private Optional<UnitId> deputyGroupOf(DeputyId deputy) {
        return deputies.find(deputy).flatMap(view -> view.deputy().seat().deputyGroup());
    }
}
