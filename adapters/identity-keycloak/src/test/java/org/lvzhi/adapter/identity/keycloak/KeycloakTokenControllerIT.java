package org.lvzhi.adapter.identity.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpStatus;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lvzhi.adapter.identity.keycloak.KeycloakTokenController.Credentials;
import org.lvzhi.adapter.identity.keycloak.testing.KeycloakServer;
import org.lvzhi.application.account.port.in.SignInRefused;
import org.lvzhi.application.identity.port.out.IdentityProviderUnavailable;

/** {@code POST /api/v1/auth/token} passed on to the realm's password grant: a token, a refusal, or Keycloak's absence. */
@ExtendWith(SharedKeycloak.class)
class KeycloakTokenControllerIT {

    private final KeycloakTokenController tokens = SharedKeycloak.bean(KeycloakTokenController.class);

    @Test
    @DisplayName("a deputy's user name and password give a bearer token of the realm for the API, and only its fields")
    void signsIn() {
        var answer = tokens.token(new Credentials("qinghai-deputy1", "demo"));

        assertThat(answer.code()).isEqualTo(HttpStatus.OK.getCode());
        Map<String, Object> body = answer.body();
        assertThat(body).containsOnlyKeys("access_token", "token_type", "expires_in").containsEntry("token_type", "Bearer");
        assertThat(KeycloakServer.claims(String.valueOf(body.get("access_token"))))
                .containsEntry("iss", SharedKeycloak.server().issuer()).containsEntry("preferred_username", "qinghai-deputy1");
    }

    @Test
    @DisplayName("a wrong password, or a user the realm does not know, is a refused sign-in")
    void refuses() {
        assertThatThrownBy(() -> tokens.token(new Credentials("qinghai-deputy1", "not-demo"))).isInstanceOf(SignInRefused.class);
        assertThatThrownBy(() -> tokens.token(new Credentials("nobody-here", "demo"))).isInstanceOf(SignInRefused.class);
    }

    @Test
    @DisplayName("with Keycloak unreachable a sign-in is the identity provider's unavailability, not a refusal")
    void unreachable() {
        try (ApplicationContext away = SharedKeycloak.unreachable()) {
            KeycloakTokenController offline = away.getBean(KeycloakTokenController.class);

            assertThatThrownBy(() -> offline.token(new Credentials("qinghai-deputy1", "demo")))
                    .isInstanceOf(IdentityProviderUnavailable.class);
        }
    }
}
