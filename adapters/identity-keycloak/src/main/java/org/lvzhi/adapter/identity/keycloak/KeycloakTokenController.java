package org.lvzhi.adapter.identity.keycloak;

import org.lvzhi.application.account.port.in.SignInRefused;
import org.lvzhi.application.identity.port.out.IdentityProviderUnavailable;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/**
 * {@code POST /api/v1/auth/token} when Keycloak is the identity provider: the same request as with the local
 * identity, passed on to the realm's password grant, so scripts and demos sign in one way. Wrong credentials
 * answer 401; Keycloak being unreachable answers 503 saying so.
 */
@Controller("/api/v1/auth/token")
@Requires(env = "keycloak")
class KeycloakTokenController {

    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);

    private final KeycloakSettings settings;
    private final KeycloakHttp http;

    KeycloakTokenController(KeycloakSettings settings, KeycloakHttp http) {
        this.settings = settings;
        this.http = http;
    }

    @Post
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<Map<String, Object>> token(@Body Credentials credentials) {
        KeycloakHttp.Answer answer = http.postForm(settings.tokens(), Map.of(
                "grant_type", "password",
                "client_id", settings.loginClientId(),
                "username", String.valueOf(credentials.username()),
                "password", String.valueOf(credentials.password())));
        if (answer.ok()) {
            Map<String, Object> token = http.read(answer, OBJECT);
            return HttpResponse.ok(Map.of(
                    "access_token", token.get("access_token"), "token_type", "Bearer", "expires_in", token.get("expires_in")));
        }
        if (answer.status() == HttpStatus.UNAUTHORIZED.getCode() || answer.status() == HttpStatus.BAD_REQUEST.getCode()) {
            throw new SignInRefused();
        }
        throw new IdentityProviderUnavailable("Keycloak answered " + answer.status() + " to a sign-in");
    }

    @Serdeable
    record Credentials(String username, String password) {
    }
}
