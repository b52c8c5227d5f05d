package org.lvzhi.bootstrap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.Date;
import java.util.List;

/** Mints well-formed RS256 tokens with a key and issuer of its own: what an attacker could make. */
final class ForeignIssuer {

    private final RSAKey key;

    ForeignIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID("foreign").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String token(String username, List<String> congresses, List<String> roles) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer("https://attacker.example/realms/lvzhi")
                .audience("lvzhi-api")
                .subject(username)
                .claim("preferred_username", username)
                .claim("congresses", congresses)
                .claim("roles", roles)
                .expirationTime(new Date(System.currentTimeMillis() + 600_000))
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
