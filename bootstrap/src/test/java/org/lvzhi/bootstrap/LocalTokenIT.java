package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.rsa.RSASignatureGeneratorConfiguration;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Tokens signed with the local identity's own key that it must still refuse, as the Keycloak adapter does. */
@MicronautTest(transactional = false)
class LocalTokenIT extends ApiTest {

    @Inject @Named("generator") RSASignatureGeneratorConfiguration platformKey;

    @Test
    @DisplayName("the local identity's own token, re-signed unchanged, is accepted (the forger below is faithful)")
    void faithfulCopyIsAccepted() throws Exception {
        assertThat(api.get("/api/v1/terms", resigned(claims -> claims)).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("a token without exp is refused with 401: it would be valid for ever")
    void withoutExpiryIsRefused() throws Exception {
        String token = resigned(claims -> new JWTClaimsSet.Builder(claims).expirationTime(null).build());

        assertThat(api.get("/api/v1/terms", token).status()).isEqualTo(401);
    }

    @Test
    @DisplayName("a token whose nbf is an hour ahead is refused with 401")
    void notYetValidIsRefused() throws Exception {
        String token = resigned(claims -> new JWTClaimsSet.Builder(claims).notBeforeTime(Date.from(Instant.now().plusSeconds(3600))).build());

        assertThat(api.get("/api/v1/terms", token).status()).isEqualTo(401);
    }

    @Test
    @DisplayName("a token naming a foreign issuer is refused with 401 even under the right signature")
    void foreignIssuerIsRefused() throws Exception {
        String token = resigned(claims -> new JWTClaimsSet.Builder(claims).issuer("https://attacker.example").build());

        assertThat(api.get("/api/v1/terms", token).status()).isEqualTo(401);
    }

    /** The liaison officer's real token with its claims changed, signed again with the platform's own key. */
    private String resigned(UnaryOperator<JWTClaimsSet> change) throws ParseException, JOSEException {
        SignedJWT original = SignedJWT.parse(api.token("qinghai-liaison"));
        SignedJWT jwt = new SignedJWT(original.getHeader(), change.apply(original.getJWTClaimsSet()));
        jwt.sign(new RSASSASigner(platformKey.getPrivateKey()));
        return jwt.serialize();
    }
}
