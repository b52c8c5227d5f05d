package org.lvzhi.adapter.identity.keycloak;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.lvzhi.application.identity.port.out.IdentityProviderUnavailable;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Login;

/**
 * The realm's admin REST API as the provisioner's service account: a token per task, users by user name,
 * organizations by alias (congress slug), and every answer checked; a refusal reports what was asked, in Chinese.
 */
@Singleton
@Requires(env = "keycloak")
class KeycloakAdmin {

    static final Argument<List<Map<String, Object>>> LIST = Argument.listOf(Argument.mapOf(String.class, Object.class));
    static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);
    private static final List<String> COMPUTED = List.of("access", "disableableCredentialTypes", "userProfileMetadata");

    private final KeycloakSettings settings;
    private final KeycloakHttp http;

    KeycloakAdmin(KeycloakSettings settings, KeycloakHttp http) {
        this.settings = settings;
        this.http = http;
    }

    String token() {
        var answer = expect(http.postForm(settings.tokens(), Map.of(
                "grant_type", "client_credentials",
                "client_id", settings.provisionerClientId(),
                "client_secret", settings.provisionerSecret())), "以 provisioner 登录");
        return String.valueOf(http.read(answer, OBJECT).get("access_token"));
    }

    /** {@code path} is relative to the realm's admin API; {@code body} JSON (a String as is) or null. */
    KeycloakHttp.Answer call(String token, String method, String path, Object body, String what, int... alsoFine) {
        return expect(http.send(method, settings.admin(path), token, body), what, alsoFine);
    }

    <T> T read(KeycloakHttp.Answer answer, Argument<T> type) {
        return http.read(answer, type);
    }

    Optional<String> userId(String token, Login login) {
        return user(token, login).map(KeycloakAdmin::id);
    }

    /** The user's representation: {@code id}, {@code username}, {@code enabled}, names, {@code attributes}… */
    Optional<Map<String, Object>> user(String token, Login login) {
        var answer = call(token, "GET", "users?exact=true&briefRepresentation=false&username=" + encode(login.value()), null, "查找用户 " + login);
        return read(answer, LIST).stream().findFirst();
    }

    static String id(Map<String, Object> representation) {
        return String.valueOf(representation.get("id"));
    }

    /** Whether the user has chosen a password (the platform's invitation link sets it). */
    boolean hasPassword(String token, String user) {
        return read(call(token, "GET", "users/" + user + "/credentials", null, "读取用户的凭据"), LIST).stream()
                .anyMatch(credential -> "password".equals(credential.get("type")));
    }

    /** The aliases of the user's organizations, i.e. the congresses their tokens name. */
    Set<String> memberOf(String token, Map<String, Object> user) {
        return read(call(token, "GET", "organizations/members/" + id(user) + "/organizations", null,
                "读取 " + user.get("username") + " 所属的组织"), LIST).stream()
                .map(organization -> String.valueOf(organization.get("alias"))).collect(Collectors.toSet());
    }

    /** Search matches names and domains by substring, so the alias is compared here. */
    Optional<String> organizationId(String token, CongressId congress) {
        var answer = call(token, "GET", "organizations?search=" + encode(congress.value()), null, "查找组织 " + congress);
        return read(answer, LIST).stream()
                .filter(o -> congress.value().equals(o.get("alias")))
                .map(o -> String.valueOf(o.get("id")))
                .findFirst();
    }

    /**
     * Changes a user: read, modify, write the whole representation (a partial one may clear the user's other fields),
     * without the fields the server computes.
     */
    void updateUser(String token, String user, String what, Consumer<Map<String, Object>> change) {
        Map<String, Object> representation = new HashMap<>(read(call(token, "GET", "users/" + user, null, what), OBJECT));
        COMPUTED.forEach(representation::remove);
        change.accept(representation);
        call(token, "PUT", "users/" + user, representation, what);
    }

    private static KeycloakHttp.Answer expect(KeycloakHttp.Answer answer, String what, int... alsoFine) {
        for (int status : alsoFine) {
            if (answer.status() == status) {
                return answer;
            }
        }
        if (!answer.ok()) {
            throw new IdentityProviderUnavailable(KeycloakHttp.MESSAGES.text("refused", what, answer.status(), answer.body()));
        }
        return answer;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
