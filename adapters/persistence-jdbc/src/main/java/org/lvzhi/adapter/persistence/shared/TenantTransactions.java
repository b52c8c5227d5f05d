package org.lvzhi.adapter.persistence.shared;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.CongressId;

/**
 * Opens a transaction on the app role's pool and sets {@code app.tenant_id} for that transaction only
 * ({@code set_config(..., true)}): row-level security then admits the acting congress's rows, and the
 * setting is gone at commit or rollback, so a pooled connection never carries a tenant into the next use.
 */
@Singleton
class TenantTransactions implements TransactionPort {

    private static final TransactionDefinition READ_ONLY = TransactionDefinition.READ_ONLY;

    private final TransactionOperations<Connection> transactions;

    TenantTransactions(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inCongress(CongressId congress, Supplier<T> work) {
        return transactions.execute(TransactionDefinition.DEFAULT, status -> {
            actAs(status.getConnection(), congress);
            return work.get();
        });
    }

    @Override
    public <T> T readInCongress(CongressId congress, Supplier<T> work) {
        return transactions.execute(READ_ONLY, status -> {
            actAs(status.getConnection(), congress);
            return work.get();
        });
    }

    private static void actAs(Connection connection, CongressId congress) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
            statement.setString(1, congress.value());
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set the acting congress: " + e.getMessage(), e);
        }
    }
}
