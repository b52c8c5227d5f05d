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
 * account's current state ({@link SessionCheck}).
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
    private final Clock clock;

    SignInService(AccountPort accounts, SessionPort sessions, PasswordHashPort hashes, AccessTokenPort tokens,
                  AccountAuditPort audit, AccountSettings settings, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.hashes = hashes;
        this.tokens = tokens;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public IssuedSession signIn(String login, String password) {
        Optional<Account> found = parse(login).flatMap(accounts::find);
        if (found.isEmpty() || password == null) {
            hashes.waste(String.valueOf(password));
            throw new SignInRefused();
        }
        Account account = found.get();
        Instant now = clock.instant();
        Lockout lockout = settings.lockout();
        if (lockout.locks(account.signIn(), now)) {
            throw locked(account.signIn());
        }
        if (account.passwordHash().filter(hash -> hashes.matches(password, hash)).isEmpty()) {
            fail(account, now);
            throw new SignInRefused();
        }
        if (!account.signIn().equals(SignInRecord.CLEAN)) {
            accounts.recordSignIn(account.id(), account.signIn(), SignInRecord.CLEAN);
        }
        return start(account, UUID.randomUUID(), now);
    }

    @Override
    public IssuedSession refresh(String refreshToken) {
        Instant now = clock.instant();
        String hash = OneTimeSecret.hash(String.valueOf(refreshToken));
        Optional<SessionPort.Used> used = sessions.use(hash, now);
        if (used.isEmpty()) {
            // A token seen before was stolen or replayed: whoever holds its successors loses them too.
            sessions.familyOf(hash).ifPresent(family -> sessions.revoke(family, now));
            throw new SignInRefused(MESSAGES.text("refresh.refused"));
        }
        Account account = accounts.find(used.get().account()).orElseThrow(SignInRefused::new);
        return start(account, used.get().family(), now);
    }

    @Override
    public void signOut(String login, UUID session, boolean everywhere) {
        Instant now = clock.instant();
        if (everywhere) {
            parse(login).flatMap(accounts::find).ifPresent(account -> sessions.revokeAll(account.id(), now));
        } else {
            sessions.revoke(session, now);
        }
    }

    @Override
    public void changePassword(String login, String currentPassword, String newPassword) {
        Account account = parse(login).flatMap(accounts::find).orElseThrow(SignInRefused::new);
        if (account.passwordHash().filter(hash -> hashes.matches(String.valueOf(currentPassword), hash)).isEmpty()) {
            throw MESSAGES.violation("currentPassword", "password.current-wrong");
        }
        String chosen = PasswordPolicy.check("newPassword", newPassword, login);
        Instant now = clock.instant();
        accounts.setPassword(account.id(), hashes.hash(chosen));
        sessions.revokeAll(account.id(), now);
        audit.record(account.id(), "password.changed", now, "by the account holder; every session ended");
    }

    @Override
    public boolean honours(String login, UUID session, Set<CongressId> congresses) {
        return parse(login).flatMap(account -> accounts.grantsInSession(account, session))
                .map(grants -> enabledCongresses(grants).containsAll(congresses))
                .orElse(false);
    }

    private IssuedSession start(Account account, UUID family, Instant now) {
        Principal principal = principal(account);
        if (principal.roles().isEmpty()) {
            sessions.revoke(family, now);
            throw new SignInRefused(MESSAGES.text("sign-in.disabled"));
        }
        String refreshToken = OneTimeSecret.generate();
        sessions.issue(family, account.id(), OneTimeSecret.hash(refreshToken), now, now.plus(settings.refreshLifetime()));
        AccessTokenPort.Issued access = tokens.issue(principal, family);
        return new IssuedSession(family, access.token(), access.expiresInSeconds(), refreshToken);
    }

    private Principal principal(Account account) {
        List<Grant> grants = accounts.grants(account.id()).stream().filter(Grant::enabled).toList();
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

    /** The login, or none for text that cannot be one (answered like an unknown login). */
    static Optional<Login> parse(String login) {
        try {
            return Optional.of(new Login(login));
        } catch (InvariantViolation notALogin) {
            return Optional.empty();
        }
    }
}
