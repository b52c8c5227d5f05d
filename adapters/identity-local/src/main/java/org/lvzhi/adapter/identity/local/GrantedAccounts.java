package org.lvzhi.adapter.identity.local;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import org.lvzhi.application.account.port.out.AccountAuditPort;
import org.lvzhi.application.account.port.out.AccountDirectoryPort;
import org.lvzhi.application.account.port.out.AccountListing;
import org.lvzhi.application.account.port.out.AccountPort;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Login;

/**
 * The local identity's accounts of a congress are those with a grant there (row-level security keeps the acting
 * congress's); disabling switches the grants off, and every switch is audited on the account.
 */
@Singleton
@Requires(notEnv = "keycloak")
class GrantedAccounts implements AccountDirectoryPort {

    private final AccountPort accounts;
    private final AccountAuditPort audit;
    private final Clock clock;

    GrantedAccounts(AccountPort accounts, AccountAuditPort audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Page<AccountListing> list(CongressId congress, PageRequest page) {
        return accounts.list(page);
    }

    @Override
    public Optional<AccountListing> find(Login login, CongressId congress) {
        return accounts.listing(login);
    }

    @Override
    public boolean setEnabled(Login login, CongressId congress, boolean enabled) {
        if (!accounts.setEnabled(login, enabled)) {
            return false;
        }
        accounts.find(login).ifPresent(account ->
                audit.record(account.id(), enabled ? "access.enabled" : "access.disabled", clock.instant(), "in " + congress));
        return true;
    }
}
