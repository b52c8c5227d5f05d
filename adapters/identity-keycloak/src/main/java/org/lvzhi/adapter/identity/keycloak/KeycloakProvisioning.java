package org.lvzhi.adapter.identity.keycloak;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.application.account.port.in.InvitePersonUseCase;
import org.lvzhi.application.identity.port.out.IdentityProviderUnavailable;
import org.lvzhi.application.identity.port.out.IdentityProvisioningPort;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.AlreadyExists;
import org.lvzhi.domain.account.ChineseName;
import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Name;

/**
 * Provisions sign-ins through Keycloak's admin REST API: a congress's Organization (alias = congress slug), the user
 * (found by user name, or created enabled without a password), their membership and realm role, and — while the user
 * has no password and an e-mail address is known — the platform's invitation e-mail, whose one-time link sets the
 * password at Keycloak (KeycloakPasswordStore). Every step is idempotent, so a retry completes what a failure left.
 */
@Singleton
@Requires(env = "keycloak")
class KeycloakProvisioning implements IdentityProvisioningPort {

    private static final int CONFLICT = 409;
    private static final int NOT_FOUND = 404;

    private final KeycloakAdmin admin;
    private final InvitePersonUseCase invitations;
    private final KeycloakAccounts accounts;

    KeycloakProvisioning(KeycloakAdmin admin, InvitePersonUseCase invitations, KeycloakAccounts accounts) {
        this.admin = admin;
        this.invitations = invitations;
        this.accounts = accounts;
    }

    /**
     * Organization names are unique in a realm and congress names are not (城关区 is a district of several cities), so
     * the organization is named by both; the alias, which the token's {@code congresses} claim carries, is the slug.
     */
    @Override
    public void open(CongressId congress, Name name) {
        String token = admin.token();
        if (admin.organizationId(token, congress).isPresent()) {
            return;
        }
        String organization = name.value() + "（" + congress.value() + "）";
        var created = admin.call(token, "POST", "organizations",
                Map.of("name", organization, "alias", congress.value(), "enabled", true, "description", name.value()),
                "创建组织 " + congress, CONFLICT);
        if (created.status() == CONFLICT) {
            throw new AlreadyExists(KeycloakHttp.MESSAGES.text("organization.taken", organization, congress.value()));
        }
    }

    @Override
    public void close(CongressId congress) {
        String token = admin.token();
        admin.organizationId(token, congress).ifPresent(organization ->
                admin.call(token, "DELETE", "organizations/" + organization, null, "删除组织 " + congress, NOT_FOUND));
    }

    @Override
    public void grant(Login login, Name name, Optional<EmailAddress> email, CongressId congress, AccessRole role) {
        String token = admin.token();
        String user = admin.userId(token, login).orElseGet(() -> createUser(token, login, name, email));
        String organization = admin.organizationId(token, congress)
                .orElseThrow(() -> new IdentityProviderUnavailable(KeycloakHttp.MESSAGES.text("no-organization", congress)));
        admin.call(token, "POST", "organizations/" + organization + "/members", "\"" + user + "\"",
                "把 " + login + " 加入组织 " + congress, CONFLICT);
        Map<String, Object> realmRole = admin.read(admin.call(token, "GET", "roles/" + role.name(), null, "读取角色 " + role),
                KeycloakAdmin.OBJECT);
        admin.call(token, "POST", "users/" + user + "/role-mappings/realm", List.of(realmRole), "授予 " + login + " 角色 " + role);
        if (email.isPresent() && !admin.hasPassword(token, user)) {
            invitations.invite(login, name, email.get(), congress);
        }
    }

    /** Disabled as a tenant admin disables it ({@link KeycloakAccounts}): listed as such, and refused at once. */
    @Override
    public void revoke(Login login, CongressId congress) {
        accounts.setEnabled(login, congress, false);
    }

    /**
     * Keycloak wants a first and a last name: the family name by {@link ChineseName}'s rule, the given name the
     * rest; the whole name stays the display name (attribute {@code displayName}). The e-mail address is confirmed
     * when its invitation link is used.
     */
    private String createUser(String token, Login login, Name name, Optional<EmailAddress> email) {
        ChineseName chinese = new ChineseName(name);
        Map<String, Object> user = new LinkedHashMap<>(Map.of("username", login.value(), "enabled", true,
                "firstName", chinese.given().isEmpty() ? chinese.display() : chinese.given(), "lastName", chinese.family(),
                "attributes", Map.of("displayName", List.of(chinese.display()))));
        email.ifPresent(address -> user.put("email", address.value()));
        var answer = admin.call(token, "POST", "users", user, "创建用户 " + login, CONFLICT);
        if (answer.status() == CONFLICT) {
            throw new AlreadyExists(KeycloakHttp.MESSAGES.text("email.taken", email.map(EmailAddress::value).orElse(""), login));
        }
        return answer.location().map(location -> location.substring(location.lastIndexOf('/') + 1))
                .orElseGet(() -> admin.userId(token, login).orElseThrow(
                        () -> new IdentityProviderUnavailable(KeycloakHttp.MESSAGES.text("refused", "创建用户 " + login, answer.status(), ""))));
    }
}
