package org.lvzhi.adapter.identity.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lvzhi.adapter.identity.keycloak.testing.KeycloakServer;
import org.lvzhi.application.account.port.out.Account;
import org.lvzhi.application.account.port.out.PasswordStorePort;
import org.lvzhi.application.identity.port.out.IdentityProviderUnavailable;
import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.account.SignInRecord;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.shared.Name;

/**
 * The invitation's end at Keycloak: the password chosen through the platform's link is set on the realm's user, who
 * can then sign in; the link having reached their address, the address is confirmed and nothing is left for them to do
 * at Keycloak first. The realm's password policy has the last word.
 */
@ExtendWith(SharedKeycloak.class)
class KeycloakPasswordStoreIT {

    private final PasswordStorePort passwords = SharedKeycloak.bean(PasswordStorePort.class);

    @Test
    @DisplayName("the chosen password signs the user in; their address is confirmed, their required actions done, their names kept")
    void keepsThePassword() {
        KeycloakServer keycloak = SharedKeycloak.server();
        Login login = invitedUser(keycloak);

        passwords.keep(account(login), "chosen-password-1");

        assertThat(KeycloakServer.claims(keycloak.passwordToken(login.value(), "chosen-password-1")))
                .containsEntry("preferred_username", login.value());
        assertThat(KeycloakServer.json(keycloak.admin("GET", "/users/" + keycloak.userId(login.value()), null).body()))
                .containsEntry("emailVerified", true).containsEntry("requiredActions", List.of())
                .containsEntry("email", login.value() + "@example.cn")
                .containsEntry("firstName", "明").containsEntry("lastName", "欧阳")
                .containsEntry("attributes", Map.of("displayName", List.of("欧阳明")));
    }

    @Test
    @DisplayName("a password the realm's policy refuses is an invalid field, with Keycloak's reason, and nothing changes")
    void policyRefuses() {
        KeycloakServer keycloak = SharedKeycloak.server();
        Login login = invitedUser(keycloak);
        assertThat(keycloak.admin("PUT", "", "{\"passwordPolicy\": \"length(12)\"}").statusCode()).isEqualTo(204);
        try {
            assertThatThrownBy(() -> passwords.keep(account(login), "short-1"))
                    .isInstanceOfSatisfying(InvariantViolation.class, refused -> assertThat(refused.violations())
                            .singleElement().satisfies(violation -> assertThat(violation.field()).isEqualTo("password")));
        } finally {
            assertThat(keycloak.admin("PUT", "", "{\"passwordPolicy\": \"\"}").statusCode()).isEqualTo(204);
        }
        assertThat(KeycloakServer.json(keycloak.admin("GET", "/users/" + keycloak.userId(login.value()), null).body()))
                .containsEntry("emailVerified", false).containsEntry("requiredActions", List.of("VERIFY_EMAIL"));
        assertThat(KeycloakServer.jsonList(keycloak.admin("GET", "/users/" + keycloak.userId(login.value()) + "/credentials", null).body()))
                .isEmpty();
    }

    @Test
    @DisplayName("a password for a login the realm does not know is reported as the identity provider's fault (404)")
    void unknownUser() {
        Login stranger = new Login("kc-" + UUID.randomUUID().toString().substring(0, 8));

        assertThatThrownBy(() -> passwords.keep(account(stranger), "chosen-password-1"))
                .isInstanceOf(IdentityProviderUnavailable.class).hasMessageContaining(stranger.value()).hasMessageContaining("404");
    }

    /**
     * A user as the provisioning leaves them, asked besides to verify their address (a password set by an administrator
     * ends UPDATE_PASSWORD by itself; this action only the platform's confirmation ends).
     */
    private static Login invitedUser(KeycloakServer keycloak) {
        Login login = new Login("kc-" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(keycloak.admin("POST", "/users", """
                {"username": "%s", "enabled": true, "firstName": "明", "lastName": "欧阳", "email": "%s@example.cn",
                 "attributes": {"displayName": ["欧阳明"]}, "requiredActions": ["VERIFY_EMAIL"]}"""
                .formatted(login.value(), login.value())).statusCode()).isEqualTo(201);
        return login;
    }

    private static Account account(Login login) {
        return new Account(UUID.randomUUID(), login, new Name("欧阳明"), Optional.of(new EmailAddress(login.value() + "@example.cn")),
                Optional.empty(), false, SignInRecord.CLEAN);
    }
}
