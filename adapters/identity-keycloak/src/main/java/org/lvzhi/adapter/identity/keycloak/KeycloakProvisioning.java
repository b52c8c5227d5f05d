package org.lvzhi.adapter.identity.keycloak;

import org.lvzhi.application.identity.IdentityProviderUnavailable;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.application.identity.AccessRole;
import org.lvzhi.application.identity.port.out.IdentityProvisioningPort;
import org.lvzhi.domain.account.ChineseName;
import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Name;

/**
 * Provisions sign-ins through Keycloak's admin REST API with the provisioner's service account: the user
 * (found by user name, or created enabled without a password: they set one through Keycloak), the membership
 * of the congress's Organization (alias = congress slug) and the realm role. Every step is idempotent.
 */
@Singleton
@Requires(env = "keycloak")
class KeycloakProvisioning implements IdentityProvisioningPort {

    private static final Argument<List<Map<String, Object>>> LIST = Argument.listOf(Argument.mapOf(String.class, Object.class));
    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);
    private static final int CONFLICT = 409;

    private final KeycloakSettings settings;
    private final KeycloakHttp http;

    KeycloakProvisioning(KeycloakSettings settings, KeycloakHttp http) {
        this.settings = settings;
        this.http = http;
    }

    @Override
    public void grant(Login login, Name name, Optional<EmailAddress> email, CongressId congress, AccessRole role) {
        String token = adminToken();
        String user = userId(token, login).orElseGet(() -> createUser(token, login, name, email));
        String organization = organizationId(token, congress);
        expect(http.send("POST", settings.admin("organizations/" + organization + "/members"), token, "\"" + user + "\""),
                "add " + login + " to " + congress, CONFLICT);
        Map<String, Object> realmRole = http.read(expect(http.send("GET", settings.admin("roles/" + role.name()), token, null),
                "read role " + role), OBJECT);
        expect(http.send("POST", settings.admin("users/" + user + "/role-mappings/realm"), token, List.of(realmRole)),
                "give " + login + " the role " + role);
    }

    @Override
    public void revoke(Login login, CongressId congress) {
        String token = adminToken();
        Optional<String> user = userId(token, login);
        if (user.isPresent()) {
            expect(http.send("DELETE", settings.admin("organizations/" + organizationId(token, congress) + "/members/" + user.get()),
                    token, null), "remove " + login + " from " + congress, 404);
        }
    }

    private String adminToken() {
        var answer = expect(http.postForm(settings.tokens(), Map.of(
                "grant_type", "client_credentials",
                "client_id", settings.provisionerClientId(),
                "client_secret", settings.provisionerSecret())), "sign in as the provisioner");
        return String.valueOf(http.read(answer, OBJECT).get("access_token"));
    }

    private Optional<String> userId(String token, Login login) {
        var answer = expect(http.send("GET", settings.admin("users?exact=true&username=" + encode(login.value())), token, null),
                "find " + login);
        return http.read(answer, LIST).stream().map(u -> String.valueOf(u.get("id"))).findFirst();
    }

    /**
     * Keycloak wants a first and a last name: the family name by {@link ChineseName}'s rule, the given name the
     * rest; the whole name stays the display name (attribute {@code displayName}). With an e-mail address the user
     * must set a password and verify the address at first sign-in (required actions).
     */
    private String createUser(String token, Login login, Name name, Optional<EmailAddress> email) {
        ChineseName chinese = new ChineseName(name);
        Map<String, Object> user = new java.util.LinkedHashMap<>(Map.of("username", login.value(), "enabled", true,
                "firstName", chinese.given().isEmpty() ? chinese.display() : chinese.given(), "lastName", chinese.family(),
                "attributes", Map.of("displayName", List.of(chinese.display()))));
        email.ifPresent(address -> {
            user.put("email", address.value());
            user.put("requiredActions", List.of("UPDATE_PASSWORD", "VERIFY_EMAIL"));
        });
        var answer = expect(http.send("POST", settings.admin("users"), token, user), "create " + login);
        return answer.location().map(location -> location.substring(location.lastIndexOf('/') + 1))
                .orElseGet(() -> userId(token, login).orElseThrow(() -> new IdentityProviderUnavailable("created user " + login + " not found")));
    }

    private String organizationId(String token, CongressId congress) {
        var answer = expect(http.send("GET", settings.admin("organizations?search=" + encode(congress.value())), token, null),
                "find the organization of " + congress);
        return http.read(answer, LIST).stream()
                .filter(o -> congress.value().equals(o.get("alias")))
                .map(o -> String.valueOf(o.get("id")))
                .findFirst()
                .orElseThrow(() -> new IdentityProviderUnavailable("Keycloak has no organization with alias " + congress));
    }

    private static KeycloakHttp.Answer expect(KeycloakHttp.Answer answer, String what, int... alsoFine) {
        for (int status : alsoFine) {
            if (answer.status() == status) {
                return answer;
            }
        }
        if (!answer.ok()) {
            throw new IdentityProviderUnavailable("Keycloak refused to " + what + ": " + answer.status() + " " + answer.body());
        }
        return answer;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
