package org.lvzhi.adapter.identity.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lvzhi.adapter.identity.keycloak.testing.KeycloakServer;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/**
 * Tokens as the platform validates them in the {@code keycloak} environment (the realm's keys, its issuer, the API
 * audience): a valid one yields the authentication the web adapter maps into a Principal (the user name as the
 * subject, the realm's {@code roles}, the organizations' aliases as {@code congresses}); any other yields none.
 */
@ExtendWith(SharedKeycloak.class)
class KeycloakTokenValidationIT {

    private final KeycloakServer keycloak = SharedKeycloak.server();
    private final ApplicationContext platform = SharedKeycloak.platform();

    @Test
    @DisplayName("a deputy's token names the user, their realm role and their congress")
    void deputy() {
        Authentication deputy = validated(platform, keycloak.passwordToken("qinghai-deputy1", "demo")).orElseThrow();

        assertThat(deputy.getName()).isEqualTo("qinghai-deputy1");
        assertThat(deputy.getRoles()).containsExactly("DEPUTY");
        assertThat(congresses(deputy)).containsExactly("qinghai");
    }

    @Test
    @DisplayName("a member of two organizations acts in both congresses; the platform admin in none")
    void congressesFollowMembership() {
        Authentication dual = validated(platform, keycloak.passwordToken("dual-deputy", "demo")).orElseThrow();
        Authentication admin = validated(platform, keycloak.passwordToken("platform-admin", "demo")).orElseThrow();

        assertThat(congresses(dual)).containsExactlyInAnyOrder("qinghai", "hunan");
        assertThat(admin.getRoles()).containsExactly("PLATFORM_ADMIN");
        assertThat(congresses(admin)).isEmpty();
    }

    @Test
    @DisplayName("an integration client's token acts as INTEGRATION in its congress")
    void integrationClient() {
        Authentication client = validated(platform,
                keycloak.clientCredentialsToken("lvzhi-integration-qinghai", "integration-secret")).orElseThrow();

        assertThat(client.getRoles()).containsExactly("INTEGRATION");
        assertThat(congresses(client)).containsExactly("qinghai");
    }

    @Test
    @DisplayName("a token of the same Keycloak's master realm (another issuer, other keys) is refused")
    void otherRealm() {
        assertThat(validated(platform, keycloak.masterAdminToken())).isEmpty();
    }

    @Test
    @DisplayName("a token of the realm is refused where the platform expects another issuer, though the keys are the same")
    void otherIssuer() {
        try (ApplicationContext elsewhere = SharedKeycloak.platform("http://localhost:" + KeycloakServer.PORT + "/realms/"
                + KeycloakServer.REALM, KeycloakServer.PROVISIONER_SECRET)) {
            String token = keycloak.passwordToken("qinghai-deputy1", "demo");

            assertThat(validated(elsewhere, token)).isEmpty();
            assertThat(validated(platform, token)).isPresent();
        }
    }

    @Test
    @DisplayName("a token of the realm not meant for the API (the provisioner's, without the lvzhi-api audience) is refused")
    void otherAudience() {
        assertThat(validated(platform, keycloak.adminToken())).isEmpty();
    }

    @Test
    @DisplayName("a token whose claims were changed after signing is refused")
    void tampered() {
        String[] parts = keycloak.passwordToken("qinghai-deputy1", "demo").split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"DEPUTY\"", "\"PLATFORM_ADMIN\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];

        assertThat(KeycloakServer.claims(forged).get("roles").toString()).contains("PLATFORM_ADMIN");
        assertThat(validated(platform, forged)).isEmpty();
    }

    /** The claim the web adapter reads a Principal's congresses from; absent when the token names none. */
    private static List<String> congresses(Authentication authentication) {
        Object claim = authentication.getAttributes().getOrDefault("congresses", List.of());
        return ((List<?>) claim).stream().map(String::valueOf).toList();
    }

    /** What the platform's token validators make of a bearer token. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Optional<Authentication> validated(ApplicationContext platform, String token) {
        HttpRequest<?> request = HttpRequest.GET("/api/v1/me").bearerAuth(token);
        return Flux.fromIterable(platform.getBeansOfType(TokenValidator.class))
                .concatMap(validator -> (Publisher<Authentication>) validator.validateToken(token, request))
                .next()
                .blockOptional(Duration.ofSeconds(30));
    }
}
