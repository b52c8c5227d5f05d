package org.lvzhi.application.account;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.application.account.port.in.AcceptInvitationUseCase;
import org.lvzhi.application.account.port.in.InvitePersonUseCase;
import org.lvzhi.application.account.port.in.PasswordResetUseCase;
import org.lvzhi.application.account.port.out.Account;
import org.lvzhi.application.account.port.out.AccountAuditPort;
import org.lvzhi.application.account.port.out.AccountPort;
import org.lvzhi.application.account.port.out.AccountSettings;
import org.lvzhi.application.account.port.out.Grant;
import org.lvzhi.application.account.port.out.InvitationPort;
import org.lvzhi.application.account.port.out.PasswordStorePort;
import org.lvzhi.application.account.port.out.SessionPort;
import org.lvzhi.application.congress.port.out.LoadCongressPort;
import org.lvzhi.application.notification.port.out.Channel;
import org.lvzhi.application.notification.port.out.OutboxMessage;
import org.lvzhi.application.notification.port.out.OutboxPort;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.account.PasswordPolicy;
import org.lvzhi.domain.account.SignInRecord;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.shared.Name;

/**
 * One-time links to set a password (an invitation, or a reset the account holder asks for): sent by e-mail through the congress's outbox in the transaction that
 * grants the access (a rolled-back grant sends nothing), spent when the person chooses a password, which is kept where
 * the identity provider keeps passwords ({@link PasswordStorePort}). The same links serve the local identity and Keycloak.
 */
@Singleton
class Invitations implements AcceptInvitationUseCase, PasswordResetUseCase, InvitePersonUseCase {

    static final String INVITED = "account.invited";
    private static final Messages MESSAGES = Messages.of(Invitations.class);
    private static final DateTimeFormatter CHINA_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final AccountPort accounts;
    private final InvitationPort invitations;
    private final OutboxPort outbox;
    private final LoadCongressPort congresses;
    private final PasswordStorePort passwords;
    private final SessionPort sessions;
    private final AccountAuditPort audit;
    private final TransactionPort transactions;
    private final AccountSettings settings;
    private final Clock clock;

    Invitations(AccountPort accounts, InvitationPort invitations, OutboxPort outbox, LoadCongressPort congresses,
                PasswordStorePort passwords, SessionPort sessions, AccountAuditPort audit, TransactionPort transactions,
                AccountSettings settings, Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.outbox = outbox;
        this.congresses = congresses;
        this.passwords = passwords;
        this.sessions = sessions;
        this.audit = audit;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /** Sends the account an invitation to the congress; runs in the congress's transaction. */
    void send(Account account, EmailAddress email, CongressId congress) {
        send(account, email, congress, INVITED, "mail.invitation");
    }

    @Override
    public void invite(Login login, Name name, EmailAddress email, CongressId congress) {
        send(holder(login, name, Optional.of(email)), email, congress);
    }

    /** The platform's account of the login, created without a password when new (in the caller's transaction). */
    Account holder(Login login, Name name, Optional<EmailAddress> email) {
        return accounts.find(login).orElseGet(() -> {
            Account created = new Account(UUID.randomUUID(), login, name, email, Optional.empty(), false, SignInRecord.CLEAN);
            accounts.add(created);
            return created;
        });
    }

    @Override
    public void requestReset(String login) {
        transactions.forAccounts(() -> {
            Optional<Account> account = SignInService.parse(login).flatMap(accounts::find).filter(a -> a.email().isPresent());
            Optional<CongressId> congress = account.flatMap(a -> transactions.asAccount(a.id(), () -> accounts.grants(a.id()))
                    .stream().filter(Grant::enabled).map(Grant::congress).findFirst());
            if (account.isPresent() && congress.isPresent()) {
                transactions.inCongress(congress.get(), () -> {
                    send(account.get(), account.get().email().orElseThrow(), congress.get(), "account.password-reset", "mail.reset");
                    return null;
                });
            }
            return null;
        });
    }

    private void send(Account account, EmailAddress email, CongressId congress, String event, String mail) {
        Instant now = clock.instant();
        Link link = link(account, Optional.of(congress), now);
        String congressName = congresses.find(congress).map(c -> c.name().value()).orElse(congress.value());
        outbox.add(new OutboxMessage(UUID.randomUUID(), congress, Channel.EMAIL, email.value(), event,
                MESSAGES.text(mail + ".subject"),
                MESSAGES.text(mail + ".body", account.name(), congressName, account.login(), link.expires(), link.address()),
                "{}", now, 0));
        audit.record(account.id(), event, now, "link for " + congress + " sent to " + email);
    }

    /** A new one-time link to set the account's password (for a congress, or for the platform), stored as its hash. */
    Link link(Account account, Optional<CongressId> congress, Instant now) {
        Instant expiresAt = now.plus(settings.invitationLifetime());
        String token = OneTimeSecret.generate();
        invitations.add(OneTimeSecret.hash(token), account.id(), congress, now, expiresAt);
        return new Link(settings.publicUrl().resolve("/invitation?token=" + token).toString(), CHINA_TIME.format(expiresAt));
    }

    /** A link's address and when it expires, China time, as an e-mail states them. */
    record Link(String address, String expires) {
    }

    /** One transaction: a password the identity provider refuses, or a link spent meanwhile in another tab, changes nothing. */
    @Override
    public void accept(String token, String password) {
        transactions.forAccounts(() -> {
            String hash = OneTimeSecret.hash(String.valueOf(token));
            Instant now = clock.instant();
            InvitationPort.Pending pending = invitations.find(hash)
                    .orElseThrow(() -> MESSAGES.violation("token", "invitation.unknown"));
            if (pending.used()) {
                throw MESSAGES.violation("token", "invitation.used");
            }
            if (!now.isBefore(pending.expiresAt())) {
                throw MESSAGES.violation("token", "invitation.expired", CHINA_TIME.format(pending.expiresAt()));
            }
            Account account = accounts.find(pending.account()).orElseThrow(() -> MESSAGES.violation("token", "invitation.unknown"));
            String chosen = PasswordPolicy.check("password", password, account.login().value());
            // kept first: an identity provider's own password policy may still refuse it, and the link then stays usable
            passwords.keep(account, chosen);
            if (!invitations.use(hash, now)) {
                throw MESSAGES.violation("token", "invitation.used");
            }
            sessions.revokeAll(account.id(), now);
            audit.record(account.id(), "password.set", now, "through a one-time link; every session ended");
            return null;
        });
    }
}
