package org.lvzhi.application.account;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.lvzhi.application.account.port.in.AccountAdministrationUseCase;
import org.lvzhi.application.account.port.in.InviteAccountCommand;
import org.lvzhi.application.account.port.out.AccountDirectoryPort;
import org.lvzhi.application.account.port.out.AccountListing;
import org.lvzhi.application.identity.port.out.IdentityProvisioningPort;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.deputy.Login;

/**
 * A tenant admin's accounts, the same with either identity provider: an invitation is a grant at the provider (which
 * e-mails the platform's link while the person has no password), and the congress's accounts are read and switched
 * where the provider keeps them ({@link AccountDirectoryPort}), each use case in one transaction of the congress.
 */
@Singleton
class AccountAdministrationService implements AccountAdministrationUseCase {

    private final IdentityProvisioningPort identities;
    private final AccountDirectoryPort directory;
    private final TransactionPort transactions;

    AccountAdministrationService(IdentityProvisioningPort identities, AccountDirectoryPort directory, TransactionPort transactions) {
        this.identities = identities;
        this.directory = directory;
        this.transactions = transactions;
    }

    @Override
    public AccountListing invite(ActingCaller caller, InviteAccountCommand command) {
        return transactions.inCongress(caller.congress(), () -> {
            identities.grant(command.login(), command.name(), Optional.of(command.email()), caller.congress(), command.role());
            return directory.find(command.login(), caller.congress()).orElseThrow(() -> new NotFound("account", command.login()));
        });
    }

    @Override
    public Page<AccountListing> list(ActingCaller caller, PageRequest page) {
        return transactions.readInCongress(caller.congress(), () -> directory.list(caller.congress(), page));
    }

    @Override
    public void disable(ActingCaller caller, Login login) {
        switchAccess(caller, login, false);
    }

    @Override
    public void enable(ActingCaller caller, Login login) {
        switchAccess(caller, login, true);
    }

    private void switchAccess(ActingCaller caller, Login login, boolean enabled) {
        transactions.inCongress(caller.congress(), () -> {
            if (!directory.setEnabled(login, caller.congress(), enabled)) {
                throw new NotFound("account", login);
            }
            return null;
        });
    }
}
