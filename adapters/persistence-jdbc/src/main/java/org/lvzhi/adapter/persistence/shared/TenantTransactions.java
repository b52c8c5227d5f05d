package org.lvzhi.adapter.persistence.shared;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Supplier;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.CongressId;

/**
 * Opens a transaction on the app role's pool and sets {@code app.tenant_id} for that transaction only
 * ({@code set_config(..., true)}): row-level security then admits the acting congress's rows, and the
 * setting is gone at commit or rollback, so a pooled connection never carries a tenant into the next use.
 * A use case joining a transaction already acting in the same congress costs no statement.
 */
@Singleton
class TenantTransactions implements TransactionPort {

    /**
     * Besides the tenant, two planner settings for the transaction. Congresses of 300 and of 300,000 deputies share
     * every prepared statement, and the tenant's size is invisible in its parameters: after five executions
     * PostgreSQL may switch a statement to a generic plan that was cheap for the small congress and is ruinous for the
     * large one (a primary key scan filtering out six million rows), so every statement is planned for its own
     * parameters. JIT compilation costs far more than it saves on these short reads (688 of 772 ms of one query).
     */
    private static final String ACT_AS = "SELECT set_config('app.tenant_id', ?, true),"
            + " set_config('plan_cache_mode', 'force_custom_plan', true), set_config('jit', 'off', true)";

    /** The account a transaction is about: its grants in every congress become visible (policy account_reads_own_grants). */
    private static final String NAME_ACCOUNT = "SELECT set_config('app.account_id', ?, true)";

    private static final ThreadLocal<CongressId> ACTING = new ThreadLocal<>();

    private final TransactionOperations<Connection> transactions;

    TenantTransactions(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inCongress(CongressId congress, Supplier<T> work) {
        return transactions.execute(TransactionDefinition.DEFAULT, status -> acting(status, congress, work));
    }

    @Override
    public <T> T readInCongress(CongressId congress, Supplier<T> work) {
        return transactions.execute(TransactionDefinition.READ_ONLY, status -> acting(status, congress, work));
    }

    @Override
    public <T> T forAccounts(Supplier<T> work) {
        return transactions.execute(TransactionDefinition.DEFAULT, status -> work.get());
    }

    @Override
    public <T> T asAccount(UUID account, Supplier<T> work) {
        return transactions.execute(TransactionDefinition.DEFAULT, status -> {
            set(status.getConnection(), NAME_ACCOUNT, account.toString());
            return work.get();
        });
    }

    private static <T> T acting(TransactionStatus<Connection> status, CongressId congress, Supplier<T> work) {
        CongressId previous = ACTING.get();
        CongressId joined = status.isNewTransaction() ? null : previous;
        if (!congress.equals(joined)) {
            actAs(status.getConnection(), congress);
        }
        ACTING.set(congress);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                ACTING.remove();
            } else {
                ACTING.set(previous);
            }
            if (joined != null && !joined.equals(congress)) {
                actAs(status.getConnection(), joined);
            }
        }
    }

    private static void actAs(Connection connection, CongressId congress) {
        set(connection, ACT_AS, congress.value());
    }

    private static void set(Connection connection, String setting, String value) {
        try (PreparedStatement statement = connection.prepareStatement(setting)) {
            statement.setString(1, value);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set " + value + " for the transaction: " + e.getMessage(), e);
        }
    }
}
