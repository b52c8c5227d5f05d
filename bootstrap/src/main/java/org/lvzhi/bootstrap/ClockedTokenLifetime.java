package org.lvzhi.bootstrap;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.ExpirationJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * A token is accepted only within its lifetime by the platform's injected Clock (not the JVM's), so that it is
 * judged on the same time as everything else and tests move it instead of waiting: it must carry an
 * {@code exp} that has not passed (a token without one would be valid for ever), and a {@code nbf}, when it
 * has one, that has come.
 */
@Singleton
@Replaces(ExpirationJwtClaimsValidator.class)
class ClockedTokenLifetime<T> implements GenericJwtClaimsValidator<T> {

    private final Clock clock;

    ClockedTokenLifetime(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean validate(Claims claims, T request) {
        Instant now = clock.instant();
        boolean unexpired = instant(claims.get(Claims.EXPIRATION_TIME)).filter(now::isBefore).isPresent();
        boolean begun = claims.get(Claims.NOT_BEFORE) == null || instant(claims.get(Claims.NOT_BEFORE)).filter(nbf -> !nbf.isAfter(now)).isPresent();
        return unexpired && begun;
    }

    private static Optional<Instant> instant(Object claim) {
        return switch (claim) {
            case Date date -> Optional.of(date.toInstant());
            case Number seconds -> Optional.of(Instant.ofEpochSecond(seconds.longValue()));
            case null, default -> Optional.empty();
        };
    }
}
