package org.lvzhi.adapter.identity.keycloak;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.lvzhi.application.account.port.in.ApiClientCheck;
import org.lvzhi.application.account.port.in.ApiClientClaims;
import org.lvzhi.application.identity.port.out.IdentityProviderUnavailable;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.InvariantViolation;

/**
 * Keycloak's tokens are validated offline, so a token issued before its user was disabled, or taken out of a
 * congress, would work until it expires. This validator holds every person's token to their standing at Keycloak:
 * enabled, and a member of every organization the token names. An API client a tenant admin created is held to the
 * platform's catalogue on every request, on every node ({@link ApiClientCheck}: not revoked, the token of its current
 * secret); a client made by hand in the realm is not checked. A standing is
 * read at most once per {@code standing-cache-time} (30 s) per user and node, and forgotten at once when this node
 * disables or enables the user, so the node that disables refuses at once and the others within that time. While
 * Keycloak does not answer, the last standing read holds, or, without one, the signed token is trusted (issued tokens
 * keep working through an outage, as their signing keys do).
 */
@Singleton
@Requires(env = "keycloak")
class KeycloakStandings<T> implements GenericJwtClaimsValidator<T> {

    private static final Logger LOG = Logger.getLogger(KeycloakStandings.class.getName());
    private static final String USERNAME = "preferred_username";
    private static final String CONGRESSES = "congresses";
    /**
     * A client's own token (client credentials) names no user, or its service account {@code service-account-<client>},
     * which Keycloak keeps out of user searches: it is no person, its congress is its client's claim, and it is switched
     * off with its client at Keycloak.
     */
    private static final String SERVICE_ACCOUNT = "service-account-";
    private static final long MOST_REMEMBERED = 100_000;
    /** The client a token was issued to. */
    private static final String AUTHORIZED_PARTY = "azp";

    private final KeycloakAdmin admin;
    private final KeycloakSettings settings;
    private final ApiClientCheck clients;
    private final Clock clock;
    /** The standings last read, kept past their freshness so that one holds while Keycloak is away; bounded in number. */
    private final Cache<String, Standing> standings = Caffeine.newBuilder().maximumSize(MOST_REMEMBERED).build();

    KeycloakStandings(KeycloakAdmin admin, KeycloakSettings settings, ApiClientCheck clients, Clock clock) {
        this.admin = admin;
        this.settings = settings;
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        Optional<UUID> credential = uuid(claims.get(ApiClientClaims.CREDENTIAL));
        if (credential.isPresent()) {
            Object client = claims.get(AUTHORIZED_PARTY);
            return client != null && clientHonoured(client.toString(), credential.get(), congresses(claims.get(CONGRESSES)));
        }
        Object username = claims.get(USERNAME);
        if (username == null || username.toString().startsWith(SERVICE_ACCOUNT)) {
            return true;
        }
        return login(username.toString()).map(login -> standing(login).map(standing -> standing.admits(congresses(claims.get(CONGRESSES))))
                .orElse(true)).orElse(false);
    }

    private boolean clientHonoured(String client, UUID credential, Set<String> slugs) {
        try {
            return clients.honours(client, credential, slugs.stream().map(CongressId::new).collect(Collectors.toSet()));
        } catch (InvariantViolation notASlug) {
            return false;
        }
    }

    /** Read again on the next request: this node has just changed the user's access. */
    void forget(Login login) {
        standings.invalidate(login.value());
    }

    private Optional<Standing> standing(Login login) {
        Instant now = clock.instant();
        Standing known = standings.getIfPresent(login.value());
        if (known != null && now.isBefore(known.readAt().plus(settings.standingCacheTime()))) {
            return Optional.of(known);
        }
        try {
            Standing read = read(login, now);
            standings.put(login.value(), read);
            return Optional.of(read);
        } catch (IdentityProviderUnavailable unavailable) {
            LOG.log(Level.WARNING, "cannot read the standing of " + login + " at Keycloak; the last one read holds", unavailable);
            return Optional.ofNullable(known);
        }
    }

    private Standing read(Login login, Instant now) {
        String token = admin.token();
        return admin.user(token, login).map(user -> new Standing(Boolean.TRUE.equals(user.get("enabled")), admin.memberOf(token, user), now))
                .orElseGet(() -> new Standing(false, Set.of(), now));
    }

    private static Optional<UUID> uuid(Object claim) {
        try {
            return Optional.ofNullable(claim).map(value -> UUID.fromString(value.toString()));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<Login> login(String username) {
        try {
            return Optional.of(new Login(username));
        } catch (InvariantViolation notALogin) {
            return Optional.empty();
        }
    }

    private static Set<String> congresses(Object claim) {
        return claim instanceof Collection<?> slugs ? slugs.stream().map(String::valueOf).collect(Collectors.toSet()) : Set.of();
    }

    private record Standing(boolean enabled, Set<String> organizations, Instant readAt) {

        boolean admits(Set<String> congresses) {
            return enabled && organizations.containsAll(congresses);
        }
    }
}
