package org.lvzhi.adapter.identity.keycloak;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.lvzhi.application.account.port.out.Account;
import org.lvzhi.application.account.port.out.PasswordStorePort;
import org.lvzhi.application.identity.port.out.IdentityProviderUnavailable;
import org.lvzhi.domain.shared.InvariantViolation;

/**
 * With Keycloak, the password chosen through the platform's one-time link is set on the realm's user (not temporary),
 * under the realm's password policy; the link reached the user's e-mail address, which is thereby verified. The
 * platform stores no password.
 */
@Singleton
@Requires(env = "keycloak")
class KeycloakPasswordStore implements PasswordStorePort {

    private static final int BAD_REQUEST = 400;

    private final KeycloakAdmin admin;

    KeycloakPasswordStore(KeycloakAdmin admin) {
        this.admin = admin;
    }

    @Override
    public void keep(Account account, String password) {
        String token = admin.token();
        String user = admin.userId(token, account.login()).orElseThrow(() ->
                new IdentityProviderUnavailable(KeycloakHttp.MESSAGES.text("refused", "查找用户 " + account.login(), 404, "")));
        var set = admin.call(token, "PUT", "users/" + user + "/reset-password",
                Map.of("type", "password", "temporary", false, "value", password), "设置 " + account.login() + " 的密码", BAD_REQUEST);
        if (set.status() == BAD_REQUEST) {
            Object reason = admin.read(set, KeycloakAdmin.OBJECT).getOrDefault("error_description", set.body());
            throw new InvariantViolation("password", KeycloakHttp.MESSAGES.text("password.refused", reason));
        }
        admin.updateUser(token, user, "确认 " + account.login() + " 的电子邮箱", representation -> {
            representation.put("emailVerified", true);
            representation.put("requiredActions", List.of());
        });
    }
}
