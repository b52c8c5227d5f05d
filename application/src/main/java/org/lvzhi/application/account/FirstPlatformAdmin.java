package org.lvzhi.application.account;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.application.account.port.in.FirstPlatformAdminUseCase;
import org.lvzhi.application.account.port.out.Account;
import org.lvzhi.application.account.port.out.AccountAuditPort;
import org.lvzhi.application.account.port.out.AccountPort;
import org.lvzhi.application.notification.port.out.Channel;
import org.lvzhi.application.notification.port.out.DeliveryChannelPort;
import org.lvzhi.application.notification.port.out.DeliveryOutcome;
import org.lvzhi.application.notification.port.out.OutboxMessage;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.account.SignInRecord;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.shared.Name;

/**
 * The first platform admin is invited before any congress exists, so their e-mail cannot wait in a congress's outbox:
 * it is sent straight through the e-mail channel once the link is committed. A start while they have no password
 * sends a new link (the older ones stay good until they expire); an account that has one is left alone, and so is
 * another person's account that happens to have the login.
 */
@Singleton
class FirstPlatformAdmin implements FirstPlatformAdminUseCase {

    private static final Messages MESSAGES = Messages.of(FirstPlatformAdmin.class);
    private static final System.Logger LOG = System.getLogger(FirstPlatformAdmin.class.getName());

    private final AccountPort accounts;
    private final Invitations invitations;
    private final List<DeliveryChannelPort> channels;
    private final AccountAuditPort audit;
    private final TransactionPort transactions;
    private final Clock clock;

    FirstPlatformAdmin(AccountPort accounts, Invitations invitations, List<DeliveryChannelPort> channels, AccountAuditPort audit,
                       TransactionPort transactions, Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.channels = channels;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void invite(Login login, Name name, EmailAddress email) {
        Optional<OutboxMessage> mail = transactions.forAccounts(() -> {
            Account account = accounts.find(login).orElseGet(() -> {
                Account created = new Account(UUID.randomUUID(), login, name, Optional.of(email), Optional.empty(), true, SignInRecord.CLEAN);
                accounts.add(created);
                return created;
            });
            if (account.passwordHash().isPresent() || !account.platformAdmin()) {
                return Optional.empty();
            }
            Instant now = clock.instant();
            Invitations.Link link = invitations.link(account, Optional.empty(), now);
            audit.record(account.id(), Invitations.INVITED, now, "platform admin's link sent to " + email);
            return Optional.of(new OutboxMessage(UUID.randomUUID(), null, Channel.EMAIL, email.value(), Invitations.INVITED,
                    MESSAGES.text("mail.platform-admin.subject"),
                    MESSAGES.text("mail.platform-admin.body", account.name(), account.login(), link.expires(), link.address()), "{}", now, 0));
        });
        mail.ifPresent(this::send);
    }

    private void send(OutboxMessage mail) {
        DeliveryOutcome outcome = channels.stream().filter(channel -> channel.channel() == Channel.EMAIL).findFirst()
                .map(channel -> channel.deliver(mail))
                .orElseGet(() -> new DeliveryOutcome.Rejected("no e-mail channel"));
        if (!(outcome instanceof DeliveryOutcome.Delivered)) {
            LOG.log(System.Logger.Level.WARNING, "the first platform admin's invitation to {0} was not sent ({1}); it is sent again at the next start",
                    mail.target(), outcome);
        }
    }
}
