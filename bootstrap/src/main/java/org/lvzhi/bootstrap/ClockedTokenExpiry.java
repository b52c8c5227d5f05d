package org.lvzhi.bootstrap;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.ExpirationJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Date;

/**
 * A token is refused once its {@code exp} has passed by the platform's injected Clock (not the JVM's), so
 * expiry is judged on the same time as everything else, and tests move it instead of waiting.
 */
@Singleton
@Replaces(ExpirationJwtClaimsValidator.class)
class ClockedTokenExpiry<T> implements GenericJwtClaimsValidator<T> {

    private final Clock clock;

    ClockedTokenExpiry(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean validate(Claims claims, T request) {
        Object expiry = claims.get(Claims.EXPIRATION_TIME);
        return switch (expiry) {
            case null -> true;
            case Date date -> date.toInstant().isAfter(clock.instant());
            case Number seconds -> seconds.longValue() * 1000 > clock.millis();
            default -> false;
        };
    }
}
