package org.lvzhi.application.account.port.out;

import java.util.Optional;
import java.util.UUID;
import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.account.SignInRecord;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Name;

/**
 * An account of the local identity: the login a person signs in with, their whole name, where invitations go,
 * the Argon2id hash of their password (none until they accept an invitation), whether they administer the
 * platform, and their recent wrong passwords.
 */
public record Account(
        UUID id,
        Login login,
        Name name,
        Optional<EmailAddress> email,
        Optional<String> passwordHash,
        boolean platformAdmin,
        SignInRecord signIn) {
}
