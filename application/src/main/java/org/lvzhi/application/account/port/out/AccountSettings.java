package org.lvzhi.application.account.port.out;

import java.net.URI;
import java.time.Duration;
import org.lvzhi.domain.account.Lockout;

/**
 * The local identity's settings: the lockout, how long a refresh-token family and an invitation link live, and
 * the platform's public address that e-mailed links start with.
 */
public record AccountSettings(Lockout lockout, Duration refreshLifetime, Duration invitationLifetime, URI publicUrl) {
}
