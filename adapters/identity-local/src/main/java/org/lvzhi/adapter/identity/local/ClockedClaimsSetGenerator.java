package org.lvzhi.adapter.identity.local;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.security.token.claims.ClaimsAudienceProvider;
import io.micronaut.security.token.claims.JtiGenerator;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.generator.claims.JWTClaimsSetGenerator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Date;

/**
 * Stamps the built-in identity's tokens with the platform's clock, the one their expiry is checked against
 * (the framework's generator reads the system time), so that a moved clock moves both.
 */
@Singleton
@Replaces(JWTClaimsSetGenerator.class)
class ClockedClaimsSetGenerator extends JWTClaimsSetGenerator {

    private final Clock clock;

    ClockedClaimsSetGenerator(TokenConfiguration tokenConfiguration, @Nullable JtiGenerator jwtIdGenerator,
            @Nullable ClaimsAudienceProvider claimsAudienceProvider, @Nullable ApplicationConfiguration applicationConfiguration,
            Clock clock) {
        super(tokenConfiguration, jwtIdGenerator, claimsAudienceProvider, applicationConfiguration);
        this.clock = clock;
    }

    @Override
    protected void populateExp(JWTClaimsSet.Builder builder, @Nullable Integer expiration) {
        if (expiration != null) {
            builder.expirationTime(Date.from(clock.instant().plusSeconds(expiration)));
        }
    }

    @Override
    protected void populateNbf(JWTClaimsSet.Builder builder) {
        builder.notBeforeTime(Date.from(clock.instant()));
    }

    @Override
    protected void populateIat(JWTClaimsSet.Builder builder) {
        builder.issueTime(Date.from(clock.instant()));
    }
}
