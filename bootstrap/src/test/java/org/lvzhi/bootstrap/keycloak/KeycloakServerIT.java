package org.lvzhi.bootstrap.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.identity.keycloak.testing.KeycloakServer;

/** The real Keycloak of the integration tests, with the {@code lvzhi} realm, gives the tokens the platform expects. */
class KeycloakServerIT {

    private static KeycloakServer keycloak;

    @BeforeAll
    static void startKeycloak() {
        keycloak = KeycloakServer.start();
        System.out.println("Keycloak " + KeycloakServer.VERSION + " answered after " + keycloak.startup().toMillis() + " ms");
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.stop();
            assertThat(keycloak.running()).isFalse();
        }
    }

    @Test
    @DisplayName("a deputy's token names the issuer, the API audience, the user, only the platform's roles and the congress")
    void deputyToken() {
        Map<String, Object> claims = KeycloakServer.claims(keycloak.passwordToken("qinghai-deputy1", "demo"));

        assertThat(claims).containsEntry("iss", "http://127.0.0.1:8180/realms/lvzhi")
                .containsEntry("preferred_username", "qinghai-deputy1");
        assertThat(audiences(claims)).contains("lvzhi-api");
        assertThat(strings(claims, "roles")).containsExactly("DEPUTY");
        assertThat(strings(claims, "congresses")).containsExactly("qinghai");
    }

    @Test
    @DisplayName("a member of two organizations has both congresses; the platform admin has none")
    void congressesFollowOrganizationMembership() {
        Map<String, Object> dual = KeycloakServer.claims(keycloak.passwordToken("dual-deputy", "demo"));
        Map<String, Object> admin = KeycloakServer.claims(keycloak.passwordToken("platform-admin", "demo"));

        assertThat(strings(dual, "congresses")).containsExactlyInAnyOrder("qinghai", "hunan");
        assertThat(strings(admin, "roles")).containsExactly("PLATFORM_ADMIN");
        assertThat(strings(admin, "congresses")).isEmpty();
    }

    @Test
    @DisplayName("the integration client of qinghai gets INTEGRATION in qinghai for the API")
    void integrationClientToken() {
        Map<String, Object> claims = KeycloakServer.claims(
                keycloak.clientCredentialsToken("lvzhi-integration-qinghai", "integration-secret"));

        assertThat(audiences(claims)).contains("lvzhi-api");
        assertThat(strings(claims, "roles")).containsExactly("INTEGRATION");
        assertThat(strings(claims, "congresses")).containsExactly("qinghai");
    }

    @Test
    @DisplayName("the provisioner creates a user, gives a password and a role, and adds and removes organization membership")
    void provisionerManagesUsersAndMembership() {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        String userId = createdId(keycloak.admin("POST", "/users", """
                {"username": "%s", "enabled": true, "firstName": "测", "lastName": "试",
                 "email": "%s@qinghai.lvzhi.local", "emailVerified": true,
                 "credentials": [{"type": "password", "value": "secret", "temporary": false}]}""".formatted(username, username)));
        String deputyRole = keycloak.admin("GET", "/roles/DEPUTY", null).body();
        String qinghai = keycloak.organizationId("qinghai");

        assertThat(keycloak.admin("POST", "/users/" + userId + "/role-mappings/realm", "[" + deputyRole + "]").statusCode()).isEqualTo(204);
        assertThat(keycloak.admin("POST", "/organizations/" + qinghai + "/members", userId).statusCode()).isEqualTo(201);
        Map<String, Object> member = KeycloakServer.claims(keycloak.passwordToken(username, "secret"));
        assertThat(keycloak.admin("DELETE", "/organizations/" + qinghai + "/members/" + userId, null).statusCode()).isEqualTo(204);
        Map<String, Object> former = KeycloakServer.claims(keycloak.passwordToken(username, "secret"));

        assertThat(strings(member, "roles")).containsExactly("DEPUTY");
        assertThat(strings(member, "congresses")).containsExactly("qinghai");
        assertThat(strings(former, "congresses")).isEmpty();
    }

    private static String createdId(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static List<String> audiences(Map<String, Object> claims) {
        Object aud = claims.get("aud");
        return aud instanceof String single ? List.of(single) : strings(claims, "aud");
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> claims, String name) {
        return (List<String>) claims.getOrDefault(name, List.of());
    }
}
