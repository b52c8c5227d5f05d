package org.lvzhi.adapter.identity.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lvzhi.adapter.identity.keycloak.SharedKeycloak.Invitation;
import org.lvzhi.adapter.identity.keycloak.testing.KeycloakServer;
import org.lvzhi.application.identity.port.out.IdentityProviderUnavailable;
import org.lvzhi.application.identity.port.out.IdentityProvisioningPort;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.AlreadyExists;
import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Name;

/**
 * The provisioning port against the real realm: a congress is an organization found by its slug, a person a user
 * named as the register writes them, a member of the congress's organization with the realm role, and invited while
 * they have no password. Every step can be repeated.
 */
@ExtendWith(SharedKeycloak.class)
class KeycloakProvisioningIT {

    private final KeycloakServer keycloak = SharedKeycloak.server();
    private final IdentityProvisioningPort provisioning = SharedKeycloak.bean(IdentityProvisioningPort.class);
    private final List<Invitation> invitations = SharedKeycloak.invitations().sent;

    @BeforeEach
    void forgetInvitations() {
        invitations.clear();
    }

    @Test
    @DisplayName("a congress opens as an organization whose alias is its slug, named by its name and slug; opening it again changes nothing")
    void opensACongress() {
        CongressId congress = newCongress();

        provisioning.open(congress, new Name("城关区"));
        provisioning.open(congress, new Name("城关区"));

        List<Map<String, Object>> found = organizations(congress.value());
        assertThat(found).hasSize(1);
        assertThat(found.getFirst()).containsEntry("name", "城关区（" + congress.value() + "）")
                .containsEntry("description", "城关区").containsEntry("enabled", true);
    }

    @Test
    @DisplayName("a congress whose organization name another alias holds is refused as existing (Keycloak's 409)")
    void organizationNameTaken() {
        CongressId congress = newCongress();
        CongressId other = newCongress();
        assertThat(keycloak.admin("POST", "/organizations", """
                {"name": "城关区（%s）", "alias": "%s", "enabled": true}""".formatted(congress.value(), other.value()))
                .statusCode()).isEqualTo(201);

        assertThatThrownBy(() -> provisioning.open(congress, new Name("城关区")))
                .isInstanceOf(AlreadyExists.class)
                .hasMessageContaining("城关区（" + congress.value() + "）").hasMessageContaining(congress.value());
        assertThat(organizations(congress.value())).isEmpty();
    }

    @Test
    @DisplayName("closing a congress deletes its organization; closing it again, or one never opened, changes nothing")
    void closesACongress() {
        CongressId congress = newCongress();
        provisioning.open(congress, new Name("城东区"));

        provisioning.close(congress);
        provisioning.close(congress);

        assertThat(organizations(congress.value())).isEmpty();
    }

    @Test
    @DisplayName("a grant creates the user (whole name shown, 复姓 as family name, e-mail unconfirmed), makes them a member with the realm role, and invites them")
    void grantCreatesAndInvites() {
        CongressId congress = opened();
        Login login = newLogin();
        EmailAddress email = emailOf(login);

        provisioning.grant(login, new Name("欧阳明"), Optional.of(email), congress, AccessRole.DEPUTY);

        Map<String, Object> user = user(login);
        assertThat(user).containsEntry("username", login.value()).containsEntry("enabled", true)
                .containsEntry("firstName", "明").containsEntry("lastName", "欧阳")
                .containsEntry("email", email.value()).containsEntry("emailVerified", false)
                .containsEntry("attributes", Map.of("displayName", List.of("欧阳明")));
        assertThat(memberLogins(congress)).containsExactly(login.value());
        assertThat(realmRoles(login)).contains("DEPUTY");
        assertThat(invitations).containsExactly(new Invitation(login, new Name("欧阳明"), email, congress));
    }

    @ParameterizedTest(name = "{0}: family name {1}, given name {2}")
    @CsvSource({"司马光, 司马, 光", "王小明, 王, 小明", "欧阳, 欧, 阳", "王, 王, 王", "Li Wei, Li Wei, Li Wei"})
    @DisplayName("Keycloak's family and given names follow the register's rule for Chinese names; the display name is the whole name")
    void namesFollowTheRule(String whole, String family, String given) {
        Login login = grantedWithoutEmail(opened(), whole);

        assertThat(user(login)).containsEntry("lastName", family).containsEntry("firstName", given)
                .containsEntry("attributes", Map.of("displayName", List.of(whole)));
    }

    @Test
    @DisplayName("a grant repeated, or in a second congress, keeps one user; once they have a password nobody invites them")
    void grantIsRepeatable() {
        CongressId congress = opened();
        CongressId second = opened();
        Login login = newLogin();
        Optional<EmailAddress> email = Optional.of(emailOf(login));

        provisioning.grant(login, new Name("张伟"), email, congress, AccessRole.DEPUTY);
        provisioning.grant(login, new Name("张伟"), email, congress, AccessRole.DEPUTY);
        assertThat(invitations).hasSize(2);
        assertThat(keycloak.admin("PUT", "/users/" + keycloak.userId(login.value()) + "/reset-password",
                "{\"type\": \"password\", \"value\": \"chosen-password\", \"temporary\": false}").statusCode()).isEqualTo(204);
        provisioning.grant(login, new Name("张伟"), email, second, AccessRole.LIAISON_OFFICER);

        assertThat(users(login)).hasSize(1);
        assertThat(memberLogins(congress)).containsExactly(login.value());
        assertThat(memberLogins(second)).containsExactly(login.value());
        assertThat(realmRoles(login)).contains("DEPUTY", "LIAISON_OFFICER");
        assertThat(invitations).hasSize(2);
    }

    @Test
    @DisplayName("a person without an e-mail address is granted but not invited")
    void noEmailNoInvitation() {
        CongressId congress = opened();

        Login login = grantedWithoutEmail(congress, "李娜");

        assertThat(user(login)).doesNotContainKey("email");
        assertThat(memberLogins(congress)).containsExactly(login.value());
        assertThat(invitations).isEmpty();
    }

    @Test
    @DisplayName("a new login with an e-mail address another user has is refused as existing (Keycloak's 409), creating nobody")
    void emailTaken() {
        CongressId congress = opened();
        Login first = newLogin();
        EmailAddress shared = emailOf(first);
        provisioning.grant(first, new Name("刘洋"), Optional.of(shared), congress, AccessRole.DEPUTY);
        Login second = newLogin();

        assertThatThrownBy(() -> provisioning.grant(second, new Name("刘洋"), Optional.of(shared), congress, AccessRole.DEPUTY))
                .isInstanceOf(AlreadyExists.class).hasMessageContaining(shared.value()).hasMessageContaining(second.value());
        assertThat(users(second)).isEmpty();
    }

    @Test
    @DisplayName("a grant in a congress that has no organization is reported as the identity provider's fault")
    void grantWithoutOrganization() {
        CongressId congress = newCongress();

        assertThatThrownBy(() -> provisioning.grant(newLogin(), new Name("陈静"), Optional.empty(), congress, AccessRole.DEPUTY))
                .isInstanceOf(IdentityProviderUnavailable.class).hasMessageContaining(congress.value());
    }

    @Test
    @DisplayName("a revocation ends the membership and keeps the user; revoking again, or someone unknown, changes nothing")
    void revokes() {
        CongressId congress = opened();
        Login login = grantedWithoutEmail(congress, "杨帆");

        provisioning.revoke(login, congress);
        provisioning.revoke(login, congress);
        provisioning.revoke(newLogin(), congress);

        assertThat(memberLogins(congress)).isEmpty();
        assertThat(users(login)).hasSize(1);
    }

    private Login grantedWithoutEmail(CongressId congress, String name) {
        Login login = newLogin();
        provisioning.grant(login, new Name(name), Optional.empty(), congress, AccessRole.DEPUTY);
        return login;
    }

    private CongressId opened() {
        CongressId congress = newCongress();
        provisioning.open(congress, new Name("测试人大"));
        return congress;
    }

    private static CongressId newCongress() {
        return new CongressId("kc-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static Login newLogin() {
        return new Login("kc-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static EmailAddress emailOf(Login login) {
        return new EmailAddress(login.value() + "@example.cn");
    }

    private List<Map<String, Object>> organizations(String alias) {
        return list(keycloak.admin("GET", "/organizations?search=" + encode(alias), null).body()).stream()
                .filter(organization -> alias.equals(organization.get("alias"))).toList();
    }

    private List<Map<String, Object>> users(Login login) {
        return list(keycloak.admin("GET", "/users?exact=true&username=" + encode(login.value()), null).body());
    }

    private Map<String, Object> user(Login login) {
        return KeycloakServer.json(keycloak.admin("GET", "/users/" + keycloak.userId(login.value()), null).body());
    }

    private List<String> memberLogins(CongressId congress) {
        return list(keycloak.admin("GET", "/organizations/" + keycloak.organizationId(congress.value()) + "/members", null).body())
                .stream().map(member -> String.valueOf(member.get("username"))).toList();
    }

    private List<String> realmRoles(Login login) {
        return list(keycloak.admin("GET", "/users/" + keycloak.userId(login.value()) + "/role-mappings/realm", null).body())
                .stream().map(role -> String.valueOf(role.get("name"))).toList();
    }

    private static List<Map<String, Object>> list(String json) {
        return KeycloakServer.jsonList(json);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
