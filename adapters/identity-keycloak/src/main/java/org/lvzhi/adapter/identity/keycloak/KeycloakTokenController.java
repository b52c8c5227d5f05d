package org.lvzhi.adapter.identity.keycloak;

import org.lvzhi.application.account.port.in.ClientCredentialsGrant;
import org.lvzhi.application.account.port.in.SignInRefused;
import org.lvzhi.application.identity.port.out.IdentityProviderUnavailable;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.type.Argument;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/**
 * {@code POST /api/v1/auth/token} when Keycloak is the identity provider: the same request as with the local
 * identity, passed on to the realm's password grant, so scripts and demos sign in one way; and
 * {@code POST /api/v1/auth/client-token}, an API client's, passed on to the client-credentials grant. Wrong credentials
 * answer 401; Keycloak being unreachable answers 503 saying so.
 */
@Controller("/api/v1/auth")
@Requires(env = "keycloak")
class KeycloakTokenController {

    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);

    private final KeycloakSettings settings;
    private final KeycloakHttp http;

    KeycloakTokenController(KeycloakSettings settings, KeycloakHttp http) {
        this.settings = settings;
        this.http = http;
    }

    @Post("/token")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<Map<String, Object>> token(@Body Credentials credentials) {
        return exchange(Map.of(
                "grant_type", "password",
                "client_id", settings.loginClientId(),
                "username", String.valueOf(credentials.username()),
                "password", String.valueOf(credentials.password())));
    }

    /** An API client's id and secret, passed on to the realm's client-credentials grant, as the local identity takes them. */
    @Post(value = "/client-token", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<Map<String, Object>> clientToken(@Nullable @Body("grant_type") String grantType, @Nullable @Body("client_id") String clientId,
                                                  @Nullable @Body("client_secret") String clientSecret) {
        ClientCredentialsGrant.require(grantType);
        return exchange(Map.of("grant_type", ClientCredentialsGrant.TYPE,
                "client_id", String.valueOf(clientId),
                "client_secret", String.valueOf(clientSecret)));
    }

    private HttpResponse<Map<String, Object>> exchange(Map<String, String> form) {
        KeycloakHttp.Answer answer = http.postForm(settings.tokens(), form);
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
