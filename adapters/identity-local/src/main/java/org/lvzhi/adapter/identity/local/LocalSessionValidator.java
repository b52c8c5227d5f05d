package org.lvzhi.adapter.identity.local;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lvzhi.application.account.port.in.ApiClientCheck;
import org.lvzhi.application.account.port.in.ApiClientClaims;
import org.lvzhi.application.account.port.in.SessionCheck;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.shared.InvariantViolation;

/**
 * A correctly signed, unexpired local token is still refused (401) when its session was signed out or its
 * account no longer has one of the congresses it names: disabling an account takes effect at once, not when
 * the token expires. An API client's token is held the same way to its client: not revoked, and of its current secret.
 * A token naming neither a session nor a client's credential is refused: every token the local identity signs names one.
 */
@Singleton
@Requires(notEnv = "keycloak")
class LocalSessionValidator<T> implements GenericJwtClaimsValidator<T> {

    private final SessionCheck sessions;
    private final ApiClientCheck clients;

    LocalSessionValidator(SessionCheck sessions, ApiClientCheck clients) {
        this.sessions = sessions;
        this.clients = clients;
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        Optional<UUID> session = uuid(claims.get(LocalAccessTokens.SESSION_CLAIM));
        Optional<UUID> credential = uuid(claims.get(ApiClientClaims.CREDENTIAL));
        Optional<Set<CongressId>> congresses = congresses(claims.get(LocalAccessTokens.CONGRESSES_CLAIM));
        Object subject = claims.get(Claims.SUBJECT);
        if (subject == null || congresses.isEmpty()) {
            return false;
        }
        if (credential.isPresent()) {
            return clients.honours(subject.toString(), credential.get(), congresses.get());
        }
        return session.isPresent() && sessions.honours(subject.toString(), session.get(), congresses.get());
    }

    private static Optional<UUID> uuid(Object claim) {
        try {
            return Optional.ofNullable(claim).map(value -> UUID.fromString(value.toString()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<Set<CongressId>> congresses(Object claim) {
        if (!(claim instanceof Collection<?> slugs)) {
            return Optional.empty();
        }
        try {
            return Optional.of(slugs.stream().map(slug -> new CongressId(String.valueOf(slug))).collect(Collectors.toSet()));
        } catch (InvariantViolation malformed) {
            return Optional.empty();
        }
    }
}
