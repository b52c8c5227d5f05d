package org.lvzhi.adapter.identity.keycloak;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Requires;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import jakarta.inject.Singleton;
import java.net.MalformedURLException;
import java.security.Key;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Set;

/**
 * Verifies token signatures with the realm's keys (JWKS). Keys are cached and, once fetched, keep verifying
 * tokens while Keycloak is unreachable (outage tolerance), so tokens already issued work until they expire.
 * Only RS256 is accepted: a token signed with another algorithm, or "none", fails.
 */
@Singleton
@Requires(env = "keycloak")
class KeycloakSignature implements SignatureConfiguration {

    private static final Set<JWSAlgorithm> ALLOWED = Set.of(JWSAlgorithm.RS256);

    private final JWSVerificationKeySelector<SecurityContext> keys;

    KeycloakSignature(KeycloakSettings settings) throws MalformedURLException {
        JWKSource<SecurityContext> source = JWKSourceBuilder.<SecurityContext>create(settings.keys().toURL())
                .cache(settings.keyCacheTime().toMillis(), JWKSourceBuilder.DEFAULT_CACHE_REFRESH_TIMEOUT)
                .outageTolerant(true)
                .build();
        this.keys = new JWSVerificationKeySelector<>(ALLOWED, source);
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return "Only the RS256 JWS algorithm is supported";
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return ALLOWED.contains(algorithm);
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        List<? extends Key> candidates = keys.selectJWSKeys(jwt.getHeader(), null);
        for (Key key : candidates) {
            if (key instanceof RSAPublicKey rsa && jwt.verify(new RSASSAVerifier(rsa))) {
                return true;
            }
        }
        return false;
    }
}
