package org.lvzhi.adapter.identity.local;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * Checks a user name and password against the {@link LocalUserDirectory} for {@code POST /api/v1/auth/token}.
 * The token then carries {@code sub}, {@code roles} and {@code congresses} (the claim contract every
 * identity adapter honours).
 */
@Singleton
@Requires(notEnv = "keycloak")
class LocalAuthenticationProvider<B> implements HttpRequestAuthenticationProvider<B> {

    static final String CONGRESSES_CLAIM = "congresses";

    private final LocalUserDirectory directory;

    LocalAuthenticationProvider(LocalUserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
        return directory.find(credentials.getIdentity())
                .filter(user -> samePassword(user.password(), credentials.getSecret()))
                .map(user -> AuthenticationResponse.success(
                        user.username(), user.roles(), Map.<String, Object>of(CONGRESSES_CLAIM, user.congresses())))
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    }

    private static boolean samePassword(String expected, String given) {
        return given != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
