package org.lvzhi.application.account;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lvzhi.application.account.port.in.IssuedSession;
import org.lvzhi.application.account.port.in.SessionCheck;
import org.lvzhi.application.account.port.in.SignInRefused;
import org.lvzhi.application.account.port.in.SignInUseCase;
import org.lvzhi.application.account.port.out.AccessTokenPort;
import org.lvzhi.application.account.port.out.Account;
import org.lvzhi.application.account.port.out.AccountAuditPort;
import org.lvzhi.application.account.port.out.AccountPort;
import org.lvzhi.application.account.port.out.AccountSettings;
import org.lvzhi.application.account.port.out.Grant;
import org.lvzhi.application.account.port.out.PasswordHashPort;
import org.lvzhi.application.account.port.out.SessionPort;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.Principal;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.account.Lockout;
import org.lvzhi.domain.account.PasswordPolicy;
import org.lvzhi.domain.account.SignInRecord;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.shared.Messages;

/**
 * The local identity's sign-in: passwords checked against their Argon2id hash, the lockout judged on the
 * platform's clock, sessions as rotating refresh-token families, and every request's token held to the
 * account's current state ({@link SessionCheck}); each in one transaction.
 */
@Singleton
class SignInService implements SignInUseCase, SessionCheck {

    private static final Messages MESSAGES = Messages.of(SignInService.class);
    private static final DateTimeFormatter CHINA_TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private static final int RACES_TOLERATED = 5;

    private final AccountPort accounts;
    private final SessionPort sessions;
    private final PasswordHashPort hashes;
    private final AccessTokenPort tokens;
    private final AccountAuditPort audit;
    private final AccountSettings settings;
    private final TransactionPort transactions;
    private final Clock clock;

    SignInService(AccountPort accounts, SessionPort sessions, PasswordHashPort hashes, AccessTokenPort tokens,
                  AccountAuditPort audit, AccountSettings settings, TransactionPort transactions, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.hashes = hashes;
        this.tokens = tokens;
        this.audit = audit;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public IssuedSession signIn(String login, String password) {
        return transactions.forAccounts(() -> attempt(login, password)).session();
    }

    @Override
    public IssuedSession refresh(String refreshToken) {
        return transactions.forAccounts(() -> {
            Instant now = clock.instant();
            String hash = OneTimeSecret.hash(String.valueOf(refreshToken));
            Optional<SessionPort.Used> used = sessions.use(hash, now);
            if (used.isEmpty()) {
                // A token seen before was stolen or replayed: whoever holds its successors loses them too.
                sessions.familyOf(hash).ifPresent(family -> sessions.revoke(family, now));
                return Outcome.refused(new SignInRefused(MESSAGES.text("refresh.refused")));
            }
            return accounts.find(used.get().account()).map(account -> start(account, used.get().family(), now))
                    .orElseGet(() -> Outcome.refused(new SignInRefused()));
        }).session();
    }

    @Override
    public void signOut(String login, UUID session, boolean everywhere) {
        transactions.forAccounts(() -> {
            Instant now = clock.instant();
            if (everywhere) {
                parse(login).flatMap(accounts::find).ifPresent(account -> sessions.revokeAll(account.id(), now));
            } else {
                sessions.revoke(session, now);
            }
            return null;
        });
    }

    @Override
    public void changePassword(String login, String currentPassword, String newPassword) {
        transactions.forAccounts(() -> {
            Account account = parse(login).flatMap(accounts::find).orElseThrow(SignInRefused::new);
            if (account.passwordHash().filter(hash -> hashes.matches(String.valueOf(currentPassword), hash)).isEmpty()) {
                throw MESSAGES.violation("currentPassword", "password.current-wrong");
            }
            String chosen = PasswordPolicy.check("newPassword", newPassword, login);
            Instant now = clock.instant();
            accounts.setPassword(account.id(), hashes.hash(chosen));
            sessions.revokeAll(account.id(), now);
            audit.record(account.id(), "password.changed", now, "by the account holder; every session ended");
            return null;
        });
    }

    @Override
    public boolean honours(String login, UUID session, Set<CongressId> congresses) {
        return transactions.forAccounts(() -> parse(login).flatMap(account -> accounts.holderOf(account, session))
                .map(account -> enabledCongresses(grants(account)).containsAll(congresses))
                .orElse(false));
    }

    /** A refusal is the outcome, not an exception, so that what it recorded (a failure, a lock) is committed. */
    private Outcome attempt(String login, String password) {
        Optional<Account> found = parse(login).flatMap(accounts::find);
        if (found.isEmpty() || password == null) {
            hashes.waste(String.valueOf(password));
            return Outcome.refused(new SignInRefused());
        }
        Account account = found.get();
        Instant now = clock.instant();
        Lockout lockout = settings.lockout();
        if (lockout.locks(account.signIn(), now)) {
            return Outcome.refused(locked(account.signIn()));
        }
        if (account.passwordHash().filter(hash -> hashes.matches(password, hash)).isEmpty()) {
            fail(account, now);
            return Outcome.refused(new SignInRefused());
        }
        if (!account.signIn().equals(SignInRecord.CLEAN)) {
            accounts.recordSignIn(account.id(), account.signIn(), SignInRecord.CLEAN);
        }
        return start(account, UUID.randomUUID(), now);
    }

    private Outcome start(Account account, UUID family, Instant now) {
        Principal principal = principal(account);
        if (principal.roles().isEmpty()) {
            sessions.revoke(family, now);
            return Outcome.refused(new SignInRefused(MESSAGES.text("sign-in.disabled")));
        }
        String refreshToken = OneTimeSecret.generate();
        sessions.issue(family, account.id(), OneTimeSecret.hash(refreshToken), now, now.plus(settings.refreshLifetime()));
        AccessTokenPort.Issued access = tokens.issue(principal, family);
        return Outcome.signedIn(new IssuedSession(family, access.token(), access.expiresInSeconds(), refreshToken));
    }

    private List<Grant> grants(UUID account) {
        return transactions.asAccount(account, () -> accounts.grants(account));
    }

    private Principal principal(Account account) {
        List<Grant> grants = grants(account.id()).stream().filter(Grant::enabled).toList();
        Set<AccessRole> roles = EnumSet.noneOf(AccessRole.class);
        Map<CongressId, Set<AccessRole>> rolesByCongress = new HashMap<>();
        grants.forEach(grant -> {
            roles.add(grant.role());
            rolesByCongress.computeIfAbsent(grant.congress(), congress -> EnumSet.noneOf(AccessRole.class)).add(grant.role());
        });
        if (account.platformAdmin()) {
            roles.add(AccessRole.PLATFORM_ADMIN);
        }
        return new Principal(account.login().value(), enabledCongresses(grants), roles, rolesByCongress);
    }

    private static Set<CongressId> enabledCongresses(List<Grant> grants) {
        return grants.stream().filter(Grant::enabled).map(Grant::congress).collect(Collectors.toSet());
    }

    /** Counts the failure; concurrent wrong passwords each count (compare-and-set, retried on a race). */
    private void fail(Account account, Instant now) {
        SignInRecord before = account.signIn();
        for (int attempt = 0; attempt < RACES_TOLERATED; attempt++) {
            SignInRecord after = settings.lockout().afterFailure(before, now);
            if (accounts.recordSignIn(account.id(), before, after)) {
                if (settings.lockout().locks(after, now)) {
                    audit.record(account.id(), "account.locked", now, "locked until " + after.lockedUntil().orElseThrow());
                }
                return;
            }
            before = accounts.find(account.id()).map(Account::signIn).orElse(SignInRecord.CLEAN);
        }
    }

    private static SignInRefused locked(SignInRecord record) {
        return new SignInRefused(MESSAGES.text("sign-in.locked", CHINA_TIME.format(record.lockedUntil().orElseThrow())));
    }

    /** A sign-in's or refresh's end: a session, or the refusal thrown once the transaction has kept what it recorded. */
    private record Outcome(IssuedSession issued, SignInRefused refusal) {

        static Outcome signedIn(IssuedSession session) {
            return new Outcome(session, null);
        }

        static Outcome refused(SignInRefused refusal) {
            return new Outcome(null, refusal);
        }

        IssuedSession session() {
            if (refusal != null) {
                throw refusal;
            }
            return issued;
        }
    }

    /** The login, or none for text that cannot be one (answered like an unknown login). */
    static Optional<Login> parse(String login) {
        try {
            return Optional.of(new Login(login));
        } catch (InvariantViolation notALogin) {
            return Optional.empty();
        }
    }
}
