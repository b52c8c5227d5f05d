package org.lvzhi.adapter.identity.local;

import io.micronaut.context.annotation.Requires;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.lvzhi.application.account.port.in.ApiClientClaims;
import org.lvzhi.application.account.port.out.AccessTokenPort;
import org.lvzhi.application.account.port.out.ApiClient;
import org.lvzhi.application.shared.Principal;
import org.lvzhi.domain.congress.CongressId;

/**
 * Signs the local identity's access tokens (RS256, {@link LocalSigningKey}, stamped by the platform's clock):
 * {@code sub}, {@code roles}, {@code congresses} — the claim contract every identity adapter honours — and
 * {@code sid}, the session whose sign-out ends them; an API client's carry its credential instead of a session.
 */
@Singleton
@Requires(notEnv = "keycloak")
class LocalAccessTokens implements AccessTokenPort {

    static final String CONGRESSES_CLAIM = "congresses";
    static final String SESSION_CLAIM = "sid";
    /** The roles granted in each congress ({@code {"qinghai": ["TENANT_ADMIN"]}}): a caller acts with those of one. */
    static final String GRANTS_CLAIM = "grants";

    private final TokenGenerator generator;
    private final AccessTokenConfiguration configuration;

    LocalAccessTokens(TokenGenerator generator, AccessTokenConfiguration configuration) {
        this.generator = generator;
        this.configuration = configuration;
    }

    @Override
    public Issued issue(Principal principal, UUID session) {
        Map<String, Object> claims = new HashMap<>(claims(principal));
        claims.put(SESSION_CLAIM, session.toString());
        return sign(principal, claims);
    }

    /** The client's roles in its congress, the credential of its current secret and its own request limit, if any. */
    @Override
    public Issued issue(ApiClient client) {
        Principal principal = new Principal(client.clientId(), Set.of(client.congress()), Set.copyOf(client.roles()),
                Map.of(client.congress(), Set.copyOf(client.roles())));
        Map<String, Object> claims = new HashMap<>(claims(principal));
        claims.put(ApiClientClaims.CREDENTIAL, client.credential().toString());
        client.limit().ifPresent(limit -> claims.put(ApiClientClaims.RATE_LIMIT,
                Map.of(ApiClientClaims.CAPACITY, limit.capacity(), ApiClientClaims.PER_SECOND, limit.refill())));
        return sign(principal, claims);
    }

    private static Map<String, Object> claims(Principal principal) {
        List<String> congresses = principal.congresses().stream().map(CongressId::value).sorted().toList();
        Map<String, List<String>> grants = new TreeMap<>();
        principal.rolesByCongress().forEach((congress, granted) ->
                grants.put(congress.value(), granted.stream().map(Enum::name).sorted().toList()));
        return Map.of(CONGRESSES_CLAIM, congresses, GRANTS_CLAIM, grants);
    }

    private Issued sign(Principal principal, Map<String, Object> claims) {
        List<String> roles = principal.roles().stream().map(Enum::name).sorted().toList();
        Authentication authentication = Authentication.build(principal.subject(), roles, claims);
        String token = generator.generateToken(authentication, configuration.getExpiration())
                .orElseThrow(() -> new IllegalStateException("the local signing key did not sign a token"));
        return new Issued(token, configuration.getExpiration());
    }
}
