package org.lvzhi.adapter.identity.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.config.TokenConfigurationProperties;
import io.micronaut.security.token.generator.AccessTokenConfigurationProperties;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.security.token.jwt.signature.rsa.RSASignatureGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lvzhi.application.account.port.out.AccessTokenPort;
import org.lvzhi.application.account.port.out.ApiClient;
import org.lvzhi.application.ratelimit.port.out.BucketLimit;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.Principal;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.shared.Name;

/**
 * The local identity's access tokens as they leave it: signed with the key kept under the data directory, carrying
 * the claim contract every identity adapter honours, stamped by the platform's clock (a moved clock moves them).
 */
class LocalAccessTokensTest {

    private static final CongressId QINGHAI = new CongressId("qinghai");
    private static final CongressId XINING = new CongressId("xining");
    private static final Instant MOVED = Instant.parse("2031-06-01T08:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    @DisplayName("a token names the subject, its roles, its congresses, the roles granted in each and its session")
    void carriesTheClaimContract() throws Exception {
        UUID session = UUID.randomUUID();
        Principal principal = new Principal("wang.li", Set.of(QINGHAI, XINING), Set.of(AccessRole.LIAISON_OFFICER, AccessRole.DEPUTY),
                Map.of(QINGHAI, Set.of(AccessRole.LIAISON_OFFICER), XINING, Set.of(AccessRole.DEPUTY)));

        AccessTokenPort.Issued issued = tokens(new LocalSigningKey(dataDir.toString()), Clock.systemUTC(), 900).issue(principal, session);
        JWTClaimsSet claims = SignedJWT.parse(issued.token()).getJWTClaimsSet();

        assertThat(issued.expiresInSeconds()).isEqualTo(900);
        assertThat(claims.getSubject()).isEqualTo("wang.li");
        assertThat(claims.getStringListClaim("roles")).containsExactly("DEPUTY", "LIAISON_OFFICER");
        assertThat(claims.getStringListClaim("congresses")).containsExactly("qinghai", "xining");
        assertThat(claims.getJSONObjectClaim("grants")).isEqualTo(Map.of("qinghai", java.util.List.of("LIAISON_OFFICER"),
                "xining", java.util.List.of("DEPUTY")));
        assertThat(claims.getStringClaim("sid")).isEqualTo(session.toString());
    }

    @Test
    @DisplayName("issued at, not before and expiry follow the platform's clock, not the system's: moved five years on, so is the token")
    void followsTheMovedClock() throws Exception {
        Clock moved = Clock.fixed(MOVED, ZoneOffset.UTC);

        String token = tokens(new LocalSigningKey(dataDir.toString()), moved, 600).issue(deputy(), UUID.randomUUID()).token();
        JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();

        assertThat(claims.getIssueTime().toInstant()).isEqualTo(MOVED);
        assertThat(claims.getNotBeforeTime().toInstant()).isEqualTo(MOVED);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(MOVED.plusSeconds(600));
    }

    @Test
    @DisplayName("the signing key is RS256, kept owner-only under the data directory, and read back after a restart: old tokens still verify")
    void keepsTheKeyAcrossRestarts() throws Exception {
        LocalSigningKey first = new LocalSigningKey(dataDir.toString());
        String token = tokens(first, Clock.systemUTC(), 300).issue(deputy(), UUID.randomUUID()).token();
        Path kept = dataDir.resolve("identity").resolve("local-signing-key.jwk.json");

        LocalSigningKey restarted = new LocalSigningKey(dataDir.toString());
        LocalSigningKey elsewhere = new LocalSigningKey(dataDir.resolve("other").toString());

        SignedJWT signed = SignedJWT.parse(token);
        assertThat(signed.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(signed.verify(new RSASSAVerifier(restarted.getPublicKey()))).isTrue();
        assertThat(signed.verify(new RSASSAVerifier(elsewhere.getPublicKey()))).as("another data directory, another key").isFalse();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-------");
    }

    @Test
    @DisplayName("an API client's token names the client, its congress and roles, its credential and its own limit, and no session")
    void carriesTheClientsClaims() throws Exception {
        UUID credential = UUID.randomUUID();
        ApiClient client = new ApiClient(UUID.randomUUID(), "qinghai.k7m2x9pq4rtb", QINGHAI, new Name("政务OA"),
                List.of(AccessRole.INTEGRATION), Optional.of(new BucketLimit(20, 5, Duration.ofSeconds(1))), "hash", credential,
                MOVED, "qinghai-admin", Optional.empty(), Optional.empty(), Optional.empty());

        JWTClaimsSet claims = SignedJWT.parse(tokens(new LocalSigningKey(dataDir.toString()), Clock.systemUTC(), 900).issue(client).token())
                .getJWTClaimsSet();

        assertThat(claims.getSubject()).isEqualTo("qinghai.k7m2x9pq4rtb");
        assertThat(claims.getStringListClaim("congresses")).containsExactly("qinghai");
        assertThat(claims.getStringListClaim("roles")).containsExactly("INTEGRATION");
        assertThat(claims.getJSONObjectClaim("grants")).isEqualTo(Map.of("qinghai", List.of("INTEGRATION")));
        assertThat(claims.getStringClaim("client_credential")).isEqualTo(credential.toString());
        assertThat(claims.getJSONObjectClaim("rate_limit")).isEqualTo(Map.of("capacity", 20L, "per_second", 5L));
        assertThat(claims.getClaim("sid")).isNull();
    }

    private static Principal deputy() {
        return new Principal("zhang", Set.of(QINGHAI), Set.of(AccessRole.DEPUTY), Map.of(QINGHAI, Set.of(AccessRole.DEPUTY)));
    }

    /** The token machinery as the context wires it for the local identity, on this key and clock. */
    static LocalAccessTokens tokens(LocalSigningKey key, Clock clock, int expiration) {
        AccessTokenConfigurationProperties configuration = new AccessTokenConfigurationProperties();
        configuration.setExpiration(expiration);
        ClockedClaimsSetGenerator claims = new ClockedClaimsSetGenerator(new TokenConfigurationProperties(), null, null, null, clock);
        return new LocalAccessTokens(new JwtTokenGenerator(new RSASignatureGenerator(key), null, claims), configuration);
    }
}
