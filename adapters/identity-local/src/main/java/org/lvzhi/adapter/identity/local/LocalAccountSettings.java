package org.lvzhi.adapter.identity.local;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import org.lvzhi.application.account.port.out.AccountSettings;
import org.lvzhi.domain.account.Lockout;

/**
 * The local identity's settings from {@code lvzhi.identity.local.*} (README, "Accounts and sign-in"). With Keycloak
 * only the invitation link's lifetime and the public address apply: its invitations are the platform's links too.
 */
@Factory
class LocalAccountSettings {

    @Singleton
    AccountSettings accountSettings(
            @Property(name = "lvzhi.identity.local.lockout.max-failures", defaultValue = "5") int maxFailures,
            @Property(name = "lvzhi.identity.local.lockout.lock-for", defaultValue = "15m") Duration lockFor,
            @Property(name = "lvzhi.identity.local.refresh-lifetime", defaultValue = "14d") Duration refreshLifetime,
            @Property(name = "lvzhi.identity.local.invitation-lifetime", defaultValue = "72h") Duration invitationLifetime,
            @Property(name = "lvzhi.public-url", defaultValue = "http://localhost:8080") URI publicUrl) {
        return new AccountSettings(new Lockout(maxFailures, lockFor), refreshLifetime, invitationLifetime, publicUrl);
    }
}
