package org.lvzhi.adapter.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TenantIT;
import org.lvzhi.application.account.port.out.Account;
import org.lvzhi.application.account.port.out.AccountListing;
import org.lvzhi.application.account.port.out.Grant;
import org.lvzhi.application.account.port.out.AccountPort;
import org.lvzhi.application.account.port.out.InvitationPort;
import org.lvzhi.application.account.port.out.InvitationPort.Pending;
import org.lvzhi.application.account.port.out.SessionPort;
import org.lvzhi.application.account.port.out.SessionPort.Used;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.account.SignInRecord;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Name;

class AccountAdaptersIT extends TenantIT {

    private static final Instant NOW = Instant.parse("2025-08-08T08:08:08.080808Z");

    @Inject AccountPort accounts;
    @Inject InvitationPort invitations;
    @Inject SessionPort sessions;

    @Test
    @DisplayName("an account is found by login and id with every field; password, e-mail and sign-in record change one at a time")
    void accountRoundTrip() {
        Account full = new Account(UUID.randomUUID(), new Login("zhou-" + suffix()), new Name("周联络员"),
                Optional.of(new EmailAddress("zhou@example.cn")), Optional.of("$argon2id$hash"), true, SignInRecord.CLEAN);
        Account bare = new Account(UUID.randomUUID(), new Login("wu-" + suffix()), new Name("吴代表"), Optional.empty(), Optional.empty(),
                false, SignInRecord.CLEAN);
        run(() -> {
            accounts.add(full);
            accounts.add(bare);
        });
        SignInRecord locked = new SignInRecord(5, Optional.of(NOW.plus(Duration.ofMinutes(15))));

        boolean recorded = in(() -> accounts.recordSignIn(bare.id(), SignInRecord.CLEAN, locked));
        boolean recordedFromStale = in(() -> accounts.recordSignIn(bare.id(), SignInRecord.CLEAN, new SignInRecord(1, Optional.empty())));
        run(() -> {
            accounts.setPassword(bare.id(), "$argon2id$new");
            accounts.setEmail(bare.id(), new EmailAddress("wu@example.cn"));
        });

        assertThat(read(() -> accounts.find(full.login()))).contains(full);
        assertThat(read(other, () -> accounts.find(full.id()))).contains(full);
        assertThat(recorded).isTrue();
        assertThat(recordedFromStale).isFalse();
        assertThat(read(() -> accounts.find(bare.id()))).contains(new Account(bare.id(), bare.login(), bare.name(),
                Optional.of(new EmailAddress("wu@example.cn")), Optional.of("$argon2id$new"), false, locked));
        assertThat(read(() -> accounts.find(new Login("nobody-" + suffix())))).isEmpty();
    }

    @Test
    @DisplayName("grants are the acting congress's; the account's own transaction reads them across congresses; disabling and granting again")
    void grantsPerCongress() {
        CongressId own = addCongress();
        Account account = account("grants");
        run(own, () -> {
            accounts.add(account);
            accounts.grant(account.id(), AccessRole.LIAISON_OFFICER);
            accounts.grant(account.id(), AccessRole.DEPUTY);
        });
        run(other, () -> accounts.grant(account.id(), AccessRole.DEPUTY));

        boolean disabled = in(own, () -> accounts.setEnabled(account.login(), false));
        List<Grant> afterDisabling = transactions.asAccount(account.id(), () -> accounts.grants(account.id()));
        run(own, () -> accounts.grant(account.id(), AccessRole.DEPUTY));

        assertThat(disabled).isTrue();
        assertThat(afterDisabling).containsExactlyInAnyOrder(new Grant(own, AccessRole.LIAISON_OFFICER, false),
                new Grant(own, AccessRole.DEPUTY, false), new Grant(other, AccessRole.DEPUTY, true));
        assertThat(transactions.asAccount(account.id(), () -> accounts.grants(account.id()))).contains(new Grant(own, AccessRole.DEPUTY, true),
                new Grant(own, AccessRole.LIAISON_OFFICER, false));
        assertThat(in(congress, () -> accounts.setEnabled(account.login(), false))).isFalse();
    }

    @Test
    @DisplayName("the acting congress's accounts are listed by login with their enabled roles, a page at a time")
    void listing() {
        CongressId own = addCongress();
        Account first = account("a-first");
        Account second = new Account(UUID.randomUUID(), new Login("b-second-" + suffix()), new Name("第二"),
                Optional.of(new EmailAddress("second@example.cn")), Optional.of("hash"), false, SignInRecord.CLEAN);
        Account elsewhere = account("c-elsewhere");
        run(own, () -> {
            List.of(second, first).forEach(accounts::add);
            accounts.grant(first.id(), AccessRole.TENANT_ADMIN);
            accounts.grant(first.id(), AccessRole.DEPUTY);
            accounts.grant(second.id(), AccessRole.HANDLING_UNIT);
        });
        run(other, () -> {
            accounts.add(elsewhere);
            accounts.grant(elsewhere.id(), AccessRole.DEPUTY);
        });

        Page<AccountListing> firstPage = read(own, () -> accounts.list(new PageRequest(0, 1)));
        Page<AccountListing> all = read(own, () -> accounts.list(new PageRequest(0, 20)));

        assertThat(firstPage.items()).containsExactly(new AccountListing(first.login(), first.name(), Optional.empty(),
                List.of(AccessRole.DEPUTY, AccessRole.TENANT_ADMIN), true, false));
        assertThat(firstPage.total()).isEqualTo(2);
        assertThat(all.items()).extracting(AccountListing::login).containsExactly(first.login(), second.login());
        assertThat(all.items().get(1).passwordSet()).isTrue();
    }

    @Test
    @DisplayName("an invitation is used once and never after it expires")
    void invitationsOnce() {
        Account account = account("invited");
        run(() -> accounts.add(account));
        String token = "token-" + suffix();
        String expiring = "expiring-" + suffix();
        run(() -> {
            invitations.add(token, account.id(), Optional.of(congress), NOW, NOW.plus(Duration.ofDays(7)));
            invitations.add(expiring, account.id(), Optional.of(congress), NOW, NOW.plusSeconds(60));
        });

        boolean used = in(() -> invitations.use(token, NOW.plusSeconds(1)));
        boolean usedAgain = in(() -> invitations.use(token, NOW.plusSeconds(2)));
        boolean usedExpired = in(other, () -> invitations.use(expiring, NOW.plusSeconds(60)));

        assertThat(used).isTrue();
        assertThat(usedAgain).isFalse();
        assertThat(usedExpired).isFalse();
        assertThat(read(other, () -> invitations.find(token))).contains(new Pending(account.id(), true, NOW.plus(Duration.ofDays(7))));
        assertThat(read(() -> invitations.find(expiring))).contains(new Pending(account.id(), false, NOW.plusSeconds(60)));
        assertThat(read(() -> invitations.find("unknown"))).isEmpty();
    }

    @Test
    @DisplayName("a refresh token is spent once; a revoked session spends none and has no holder any more")
    void sessionsAndRefreshTokens() {
        Account account = account("session");
        run(() -> {
            accounts.add(account);
            accounts.grant(account.id(), AccessRole.DEPUTY);
        });
        UUID family = UUID.randomUUID();
        String first = "rt-1-" + suffix();
        String second = "rt-2-" + suffix();
        run(() -> {
            sessions.issue(family, account.id(), first, NOW, NOW.plus(Duration.ofDays(30)));
            sessions.issue(family, account.id(), second, NOW.plusSeconds(60), NOW.plus(Duration.ofDays(30)));
        });

        Optional<Used> spent = in(() -> sessions.use(first, NOW.plusSeconds(10)));
        Optional<Used> spentAgain = in(() -> sessions.use(first, NOW.plusSeconds(11)));
        Optional<UUID> holder = read(() -> accounts.holderOf(account.login(), family));
        List<Grant> grants = transactions.asAccount(account.id(), () -> accounts.grants(account.id()));
        run(() -> sessions.revokeAll(account.id(), NOW.plusSeconds(20)));
        Optional<Used> afterRevoking = in(() -> sessions.use(second, NOW.plusSeconds(30)));

        assertThat(spent).contains(new Used(family, account.id()));
        assertThat(spentAgain).isEmpty();
        assertThat(holder).contains(account.id());
        assertThat(grants).containsExactly(new Grant(congress, AccessRole.DEPUTY, true));
        assertThat(afterRevoking).isEmpty();
        assertThat(read(() -> sessions.familyOf(second))).contains(family);
        assertThat(read(() -> accounts.holderOf(account.login(), family))).isEmpty();
    }

    @Test
    @DisplayName("revoking one session leaves the account's other sessions usable; an expired or unknown token spends nothing")
    void revokeOneSession() {
        Account account = account("two-sessions");
        run(() -> accounts.add(account));
        UUID revoked = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        String ofRevoked = "rt-r-" + suffix();
        String ofKept = "rt-k-" + suffix();
        String expiring = "rt-e-" + suffix();
        run(() -> {
            sessions.issue(revoked, account.id(), ofRevoked, NOW, NOW.plus(Duration.ofDays(30)));
            sessions.issue(kept, account.id(), ofKept, NOW, NOW.plus(Duration.ofDays(30)));
            sessions.issue(kept, account.id(), expiring, NOW, NOW.plusSeconds(10));
        });

        run(() -> sessions.revoke(revoked, NOW.plusSeconds(5)));

        assertThat(in(() -> sessions.use(ofRevoked, NOW.plusSeconds(10)))).isEmpty();
        assertThat(in(() -> sessions.use(ofKept, NOW.plusSeconds(10)))).contains(new Used(kept, account.id()));
        assertThat(in(() -> sessions.use(expiring, NOW.plusSeconds(10)))).isEmpty();
        assertThat(in(() -> sessions.use("rt-unknown-" + suffix(), NOW))).isEmpty();
    }

    private static Account account(String login) {
        return new Account(UUID.randomUUID(), new Login(login + "-" + suffix()), new Name("账户" + login), Optional.empty(), Optional.empty(),
                false, SignInRecord.CLEAN);
    }
}
