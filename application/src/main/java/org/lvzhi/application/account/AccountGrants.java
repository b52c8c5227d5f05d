package org.lvzhi.application.account;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.application.account.port.in.AccessGrants;
import org.lvzhi.application.account.port.in.SeedAccount;
import org.lvzhi.application.account.port.in.SeedAccountsUseCase;
import org.lvzhi.application.account.port.out.Account;
import org.lvzhi.application.account.port.out.AccountAuditPort;
import org.lvzhi.application.account.port.out.AccountPort;
import org.lvzhi.application.account.port.out.PasswordHashPort;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.account.SignInRecord;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Name;

/** The local identity's grants: access given and taken in a congress's transaction, and the platform's seed accounts. */
@Singleton
class AccountGrants implements AccessGrants, SeedAccountsUseCase {

    private final AccountPort accounts;
    private final Invitations invitations;
    private final PasswordHashPort hashes;
    private final AccountAuditPort audit;
    private final TransactionPort transactions;
    private final Clock clock;

    AccountGrants(AccountPort accounts, Invitations invitations, PasswordHashPort hashes, AccountAuditPort audit,
                  TransactionPort transactions, Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.hashes = hashes;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** In the congress's transaction: the account (created when new), the role, and an invitation while it has no password. */
    @Override
    public void grant(Login login, Name name, Optional<EmailAddress> email, CongressId congress, AccessRole role) {
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
    }

    @Override
    public void revoke(Login login, CongressId congress) {
        if (accounts.setEnabled(login, false)) {
            accounts.find(login).ifPresent(account -> audit.record(account.id(), "access.revoked", clock.instant(), "in " + congress));
        }
    }

    /** Each account in one transaction, its grants in each of its congresses joining it. */
    @Override
    public void ensure(List<SeedAccount> seeds) {
        Map<String, String> hashOfPassword = new HashMap<>();
        for (SeedAccount seed : seeds) {
            transactions.forAccounts(() -> {
                ensure(seed, hashOfPassword);
                return null;
            });
        }
    }

    private void ensure(SeedAccount seed, Map<String, String> hashOfPassword) {
        Optional<Account> existing = accounts.find(seed.login());
        if (existing.flatMap(Account::passwordHash).isPresent()) {
            return;
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
