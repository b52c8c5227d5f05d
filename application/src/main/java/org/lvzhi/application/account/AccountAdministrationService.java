package org.lvzhi.application.account;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.application.account.port.in.AccessGrants;
import org.lvzhi.application.account.port.in.AccountAdministrationUseCase;
import org.lvzhi.application.account.port.in.InviteAccountCommand;
import org.lvzhi.application.account.port.in.SeedAccount;
import org.lvzhi.application.account.port.in.SeedAccountsUseCase;
import org.lvzhi.application.account.port.out.Account;
import org.lvzhi.application.account.port.out.AccountAuditPort;
import org.lvzhi.application.account.port.out.AccountListing;
import org.lvzhi.application.account.port.out.AccountPort;
import org.lvzhi.application.account.port.out.Grant;
import org.lvzhi.application.account.port.out.PasswordHashPort;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.account.SignInRecord;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Name;

/** Who may sign in to a congress: invitations, grants and their withdrawal, and the platform's seed accounts. */
@Singleton
class AccountAdministrationService implements AccountAdministrationUseCase, AccessGrants, SeedAccountsUseCase {

    private final AccountPort accounts;
    private final Invitations invitations;
    private final PasswordHashPort hashes;
    private final AccountAuditPort audit;
    private final TransactionPort transactions;
    private final Clock clock;

    AccountAdministrationService(AccountPort accounts, Invitations invitations, PasswordHashPort hashes,
                                 AccountAuditPort audit, TransactionPort transactions, Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.hashes = hashes;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public AccountListing invite(ActingCaller caller, InviteAccountCommand command) {
        return transactions.inCongress(caller.congress(), () -> {
            Account account = grantAccess(command.login(), command.name(), Optional.of(command.email()), caller.congress(), command.role());
            List<AccessRole> roles = accounts.grants(account.id()).stream()
                    .filter(grant -> grant.congress().equals(caller.congress()) && grant.enabled()).map(Grant::role).toList();
            return new AccountListing(account.login(), account.name(), account.email().or(() -> Optional.of(command.email())),
                    roles, true, account.passwordHash().isPresent());
        });
    }

    @Override
    public Page<AccountListing> list(ActingCaller caller, PageRequest page) {
        return transactions.readInCongress(caller.congress(), () -> accounts.list(page));
    }

    @Override
    public void disable(ActingCaller caller, Login login) {
        switchAccess(caller, login, false);
    }

    @Override
    public void enable(ActingCaller caller, Login login) {
        switchAccess(caller, login, true);
    }

    @Override
    public void grant(Login login, Name name, Optional<EmailAddress> email, CongressId congress, AccessRole role) {
        grantAccess(login, name, email, congress, role);
    }

    @Override
    public void revoke(Login login, CongressId congress) {
        if (accounts.setEnabled(login, false)) {
            accounts.find(login).ifPresent(account -> audit.record(account.id(), "access.revoked", clock.instant(), "in " + congress));
        }
    }

    @Override
    public void ensure(List<SeedAccount> seeds) {
        Map<String, String> hashOfPassword = new HashMap<>();
        for (SeedAccount seed : seeds) {
            Optional<Account> existing = accounts.find(seed.login());
            if (existing.flatMap(Account::passwordHash).isPresent()) {
                continue;
            }
            // Seed passwords are the platform's, not chosen by people: one hash per distinct password keeps start-up fast.
            String hash = hashOfPassword.computeIfAbsent(seed.password(), hashes::hash);
            // A seeded deputy's registration may have created the account first, without a password.
            UUID id = existing.map(Account::id).orElseGet(() -> {
                Account created = new Account(UUID.randomUUID(), seed.login(), new Name(seed.login().value()), Optional.empty(),
                        Optional.empty(), seed.platformAdmin(), SignInRecord.CLEAN);
                accounts.add(created);
                return created.id();
            });
            accounts.setPassword(id, hash);
            seed.roles().forEach((congress, roles) -> transactions.inCongress(congress, () -> {
                roles.forEach(role -> accounts.grant(id, role));
                return null;
            }));
        }
    }

    /** In the congress's transaction: the account (created when new), the role, and an invitation while it has no password. */
    private Account grantAccess(Login login, Name name, Optional<EmailAddress> email, CongressId congress, AccessRole role) {
        Account account = invitations.holder(login, name, email);
        if (account.email().isEmpty() && email.isPresent()) {
            accounts.setEmail(account.id(), email.get());
        }
        accounts.grant(account.id(), role);
        audit.record(account.id(), "access.granted", clock.instant(), role + " in " + congress);
        Optional<EmailAddress> address = account.email().or(() -> email);
        if (account.passwordHash().isEmpty() && address.isPresent()) {
            invitations.send(account, address.get(), congress);
        }
        return account;
    }

    private void switchAccess(ActingCaller caller, Login login, boolean enabled) {
        transactions.inCongress(caller.congress(), () -> {
            if (!accounts.setEnabled(login, enabled)) {
                throw new NotFound("account", login);
            }
            accounts.find(login).ifPresent(account -> audit.record(account.id(), enabled ? "access.enabled" : "access.disabled",
                    clock.instant(), "in " + caller.congress() + " by " + caller.subject()));
            return null;
        });
    }
}
