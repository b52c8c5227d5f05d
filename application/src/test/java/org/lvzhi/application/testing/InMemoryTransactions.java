package org.lvzhi.application.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.CongressId;

/**
 * Runs the work at once and records the congress each unit of work acted in. The in-memory stores read the
 * acting congress from here, as the database's row-level security reads {@code app.tenant_id}: outside a
 * unit of work they see nothing and refuse to write, and a read-only unit of work refuses writes. Nothing
 * is rolled back when the work fails.
 */
public final class InMemoryTransactions implements TransactionPort {

    /** One unit of work: the congress it acted in and whether it was read-only. */
    public record UnitOfWork(CongressId congress, boolean readOnly) {
    }

    private final List<UnitOfWork> log = new ArrayList<>();
    private UnitOfWork current;

    @Override
    public <T> T inCongress(CongressId congress, Supplier<T> work) {
        return record(new UnitOfWork(congress, false), work);
    }

    @Override
    public <T> T readInCongress(CongressId congress, Supplier<T> work) {
        return record(new UnitOfWork(congress, true), work);
    }

    /** The in-memory stores keep no accounts: the work runs as it is. */
    @Override
    public <T> T forAccounts(Supplier<T> work) {
        return work.get();
    }

    @Override
    public <T> T asAccount(UUID account, Supplier<T> work) {
        return work.get();
    }

    /** Every unit of work run so far, in order. */
    public List<UnitOfWork> log() {
        return List.copyOf(log);
    }

    /** The congresses the units of work acted in, in order. */
    public List<CongressId> congressesActedIn() {
        return log.stream().map(UnitOfWork::congress).toList();
    }

    /** Runs test set-up acting in the congress, like the schema owner loading fixtures; not logged. */
    void setUp(CongressId congress, Runnable work) {
        run(new UnitOfWork(congress, false), () -> {
            work.run();
            return null;
        });
    }

    Optional<CongressId> actingCongress() {
        return Optional.ofNullable(current).map(UnitOfWork::congress);
    }

    /** The congress a write lands in; refused outside a unit of work or in a read-only one. */
    CongressId writingCongress() {
        if (current == null) {
            throw new IllegalStateException("write outside a unit of work: no acting congress");
        }
        if (current.readOnly()) {
            throw new IllegalStateException("write in a read-only unit of work acting in " + current.congress());
        }
        return current.congress();
    }

    private <T> T record(UnitOfWork unit, Supplier<T> work) {
        log.add(unit);
        return run(unit, work);
    }

    private <T> T run(UnitOfWork unit, Supplier<T> work) {
        Objects.requireNonNull(unit.congress(), "congress");
        UnitOfWork outer = current;
        current = unit;
        try {
            return work.get();
        } finally {
            current = outer;
        }
    }
}
