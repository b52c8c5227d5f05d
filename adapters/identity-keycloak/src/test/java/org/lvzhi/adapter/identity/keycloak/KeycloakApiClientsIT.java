package org.lvzhi.adapter.identity.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.security.authentication.Authentication;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lvzhi.adapter.identity.keycloak.testing.KeycloakServer;
import org.lvzhi.application.account.port.out.ApiClient;
import org.lvzhi.application.ratelimit.port.out.BucketLimit;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.shared.Name;

/**
 * A tenant admin's API client as a confidential client of the real realm: its token fixes its congress, roles,
 * credential and limit; a rotation refuses the old secret and changes the credential its tokens carry; a revocation
 * refuses every secret; and the platform validates a client's token only while its catalogue honours the credential.
 */
@ExtendWith(SharedKeycloak.class)
class KeycloakApiClientsIT {

    private static final CongressId QINGHAI = new CongressId("qinghai");

    private final KeycloakServer keycloak = SharedKeycloak.server();
    private final KeycloakApiClients clients = SharedKeycloak.bean(KeycloakApiClients.class);
    private final SharedKeycloak.Clients catalogue = SharedKeycloak.clients();

    @Test
    @DisplayName("created, a client's token names its congress, its roles, the API audience, its credential and its own limit")
    void createdClientsToken() {
        ApiClient client = client("qinghai.createdk7m2x", Optional.of(new BucketLimit(20, 5, Duration.ofSeconds(1))));
        clients.register(client, "first-secret");

        Map<String, Object> claims = KeycloakServer.claims(keycloak.clientCredentialsToken(client.clientId(), "first-secret"));

        assertThat(claims.get("congresses")).isEqualTo(List.of("qinghai"));
        assertThat(claims.get("roles")).isEqualTo(List.of("INTEGRATION"));
        assertThat(claims.get("aud").toString()).contains(SharedKeycloak.AUDIENCE);
        assertThat(claims.get("azp")).isEqualTo(client.clientId());
        assertThat(claims.get("client_credential")).isEqualTo(client.credential().toString());
        assertThat(claims.get("rate_limit")).isEqualTo(Map.of("capacity", 20, "per_second", 5));
    }

    @Test
    @DisplayName("rotated, the old secret gets no token and the new one's tokens carry the new credential; revoked, none gets a token")
    void rotatedAndRevoked() {
        ApiClient client = client("qinghai.rotatedq4rt", Optional.empty());
        clients.register(client, "first-secret");
        ApiClient rotated = client.rotated("hash-2", UUID.randomUUID(), Instant.now());

        clients.rotate(rotated, "second-secret");

        assertThatThrownBy(() -> keycloak.clientCredentialsToken(client.clientId(), "first-secret")).hasMessageContaining("401");
        Map<String, Object> claims = KeycloakServer.claims(keycloak.clientCredentialsToken(client.clientId(), "second-secret"));
        assertThat(claims.get("client_credential")).isEqualTo(rotated.credential().toString());
        assertThat(claims).doesNotContainKey("rate_limit");

        clients.revoke(rotated);

        assertThatThrownBy(() -> keycloak.clientCredentialsToken(client.clientId(), "second-secret")).hasMessageContaining("401");
    }

    @Test
    @DisplayName("the platform accepts a client's token while the catalogue honours its credential, and refuses it at once after")
    void tokensHeldToTheCatalogue() {
        ApiClient client = client("qinghai.checkedm3np", Optional.empty());
        clients.register(client, "first-secret");
        String token = keycloak.clientCredentialsToken(client.clientId(), "first-secret");
        catalogue.current.put(client.clientId(), client.credential());

        Optional<Authentication> honoured = KeycloakTokenValidationIT.validated(SharedKeycloak.platform(), token);
        catalogue.current.put(client.clientId(), UUID.randomUUID());
        Optional<Authentication> rotatedAway = KeycloakTokenValidationIT.validated(SharedKeycloak.platform(), token);

        assertThat(honoured).hasValueSatisfying(authentication -> assertThat(authentication.getRoles()).containsExactly("INTEGRATION"));
        assertThat(rotatedAway).isEmpty();
        assertThat(catalogue.asked).contains(client.clientId() + " " + client.credential() + " [qinghai]");
    }

    private static ApiClient client(String clientId, Optional<BucketLimit> limit) {
        return new ApiClient(UUID.randomUUID(), clientId, QINGHAI, new Name("政务OA"), List.of(AccessRole.INTEGRATION), limit, "hash",
                UUID.randomUUID(), Instant.now(), "qinghai-admin", Optional.empty(), Optional.empty(), Optional.empty());
    }
}
