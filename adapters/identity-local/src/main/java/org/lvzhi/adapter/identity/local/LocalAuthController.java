package org.lvzhi.adapter.identity.local;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.UUID;
import org.lvzhi.application.account.port.in.ClientCredentialsGrant;
import org.lvzhi.application.account.port.in.ClientCredentialsUseCase;
import org.lvzhi.application.account.port.in.IssuedSession;
import org.lvzhi.application.account.port.in.PasswordResetUseCase;
import org.lvzhi.application.account.port.in.SignInUseCase;

/**
 * The local identity's sign-in for API clients: a password or a refresh token for a token pair, an API client's id
 * and secret for an access token, sign-out,
 * password change and a reset link by e-mail (the link's page is InvitationController's). Refusals are 401 (a lock says until when), bad input 422.
 */
@Controller("/api/v1/auth")
@Requires(notEnv = "keycloak")
class LocalAuthController {

    private final SignInUseCase signIn;
    private final PasswordResetUseCase resets;
    private final ClientCredentialsUseCase clients;

    LocalAuthController(SignInUseCase signIn, PasswordResetUseCase resets, ClientCredentialsUseCase clients) {
        this.signIn = signIn;
        this.resets = resets;
        this.clients = clients;
    }

    @Post("/token")
    @Secured(SecurityRule.IS_ANONYMOUS)
    TokenResponse token(@Body Credentials credentials) {
        return TokenResponse.of(signIn.signIn(credentials.username(), credentials.password()));
    }

    /** OAuth 2.0's client-credentials grant (RFC 6749, section 4.4) with the secret in the form; no refresh token. */
    @Post(value = "/client-token", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    ClientTokenResponse clientToken(@Nullable @Body("grant_type") String grantType, @Nullable @Body("client_id") String clientId,
                                    @Nullable @Body("client_secret") String clientSecret) {
        ClientCredentialsGrant.require(grantType);
        ClientCredentialsUseCase.ClientToken token = clients.token(clientId, clientSecret);
        return new ClientTokenResponse(token.accessToken(), "Bearer", token.expiresInSeconds());
    }

    @Post("/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    TokenResponse refresh(@Body RefreshRequest request) {
        return TokenResponse.of(signIn.refresh(request.refreshToken()));
    }

    @Post("/sign-out")
    @Status(HttpStatus.NO_CONTENT)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    void signOut(Authentication authentication, @Nullable @Body SignOutRequest request) {
        signIn.signOut(authentication.getName(), session(authentication), request != null && request.everywhere());
    }

    @Post("/password")
    @Status(HttpStatus.NO_CONTENT)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    void changePassword(Authentication authentication, @Body PasswordChange change) {
        signIn.changePassword(authentication.getName(), change.currentPassword(), change.newPassword());
    }

    @Post("/password-reset")
    @Status(HttpStatus.ACCEPTED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    void requestReset(@Body ResetRequest request) {
        resets.requestReset(request.username());
    }

    static UUID session(Authentication authentication) {
        return UUID.fromString(String.valueOf(authentication.getAttributes().get(LocalAccessTokens.SESSION_CLAIM)));
    }

    @Serdeable
    record Credentials(@Nullable String username, @Nullable String password) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record RefreshRequest(@Nullable String refreshToken) {
    }

    @Serdeable
    record SignOutRequest(boolean everywhere) {
    }

    @Serdeable
    record PasswordChange(@Nullable String currentPassword, @Nullable String newPassword) {
    }

    @Serdeable
    record ResetRequest(@Nullable String username) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record ClientTokenResponse(String accessToken, String tokenType, long expiresIn) {
    }

    /** OAuth 2.0's field names (RFC 6749, section 5.1), as the Keycloak adapter answers. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken) {

        static TokenResponse of(IssuedSession session) {
            return new TokenResponse(session.accessToken(), "Bearer", session.expiresInSeconds(), session.refreshToken());
        }
    }
}
