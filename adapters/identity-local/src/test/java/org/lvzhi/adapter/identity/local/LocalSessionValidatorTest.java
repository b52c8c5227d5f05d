package org.lvzhi.adapter.identity.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.security.token.jwt.generator.claims.JwtClaimsSetAdapter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.account.port.in.ApiClientCheck;
import org.lvzhi.application.account.port.in.ApiClientClaims;
import org.lvzhi.application.account.port.in.SessionCheck;
import org.lvzhi.domain.congress.CongressId;

/** A signed, unexpired token is honoured only while its session and its congresses still are. */
class LocalSessionValidatorTest {

    private static final UUID SESSION = UUID.randomUUID();
    private static final UUID CREDENTIAL = UUID.randomUUID();
    private static final ApiClientCheck NO_CLIENT = (client, credential, congresses) -> {
        throw new AssertionError("a person's token is not a client's");
    };

    private final List<String> asked = new ArrayList<>();

    @Test
    @DisplayName("the session check is asked with the token's subject, session and congresses, and its answer is the verdict")
    void asksTheSessionCheck() {
        SessionCheck signedOut = (login, session, congresses) -> {
            asked.add(login + " " + session + " " + congresses);
            return false;
        };
        SessionCheck current = (login, session, congresses) -> session.equals(SESSION) && congresses.equals(Set.of(new CongressId("qinghai")));

        assertThat(new LocalSessionValidator<>(current, NO_CLIENT).validate(claims("zhang", SESSION.toString(), List.of("qinghai")), null)).isTrue();
        assertThat(new LocalSessionValidator<>(signedOut, NO_CLIENT).validate(claims("zhang", SESSION.toString(), List.of("qinghai")), null)).isFalse();
        assertThat(asked).containsExactly("zhang " + SESSION + " [qinghai]");
    }

    @Test
    @DisplayName("a token without a session, with a malformed one, or without a list of well-formed congresses is refused unasked")
    void refusesMalformedTokens() {
        SessionCheck anything = (login, session, congresses) -> {
            asked.add(login);
            return true;
        };
        LocalSessionValidator<Object> validator = new LocalSessionValidator<>(anything, NO_CLIENT);

        assertThat(validator.validate(claims("zhang", null, List.of("qinghai")), null)).isFalse();
        assertThat(validator.validate(claims("zhang", "not-a-uuid", List.of("qinghai")), null)).isFalse();
        assertThat(validator.validate(claims("zhang", SESSION.toString(), null), null)).isFalse();
        assertThat(validator.validate(claims("zhang", SESSION.toString(), "qinghai"), null)).isFalse();
        assertThat(validator.validate(claims("zhang", SESSION.toString(), List.of("Not A Slug!")), null)).isFalse();
        assertThat(validator.validate(claims(null, SESSION.toString(), List.of("qinghai")), null)).isFalse();
        assertThat(asked).isEmpty();
        assertThat(validator.validate(claims("zhang", SESSION.toString(), List.of()), null)).as("no congress at all is asked").isTrue();
    }

    @Test
    @DisplayName("an API client's token is held to its client, asked with its id, credential and congresses, and needs no session")
    void asksTheClientCheck() {
        SessionCheck noSession = (login, session, congresses) -> {
            throw new AssertionError("a client's token has no session");
        };
        ApiClientCheck current = (client, credential, congresses) -> {
            asked.add(client + " " + credential + " " + congresses);
            return credential.equals(CREDENTIAL);
        };
        LocalSessionValidator<Object> validator = new LocalSessionValidator<>(noSession, current);

        assertThat(validator.validate(client("qinghai.k7m2x9pq4rtb", CREDENTIAL), null)).isTrue();
        assertThat(validator.validate(client("qinghai.k7m2x9pq4rtb", UUID.randomUUID()), null)).as("a rotated-away credential").isFalse();
        assertThat(asked).first().isEqualTo("qinghai.k7m2x9pq4rtb " + CREDENTIAL + " [qinghai]");
    }

    private static JwtClaimsSetAdapter client(String clientId, UUID credential) {
        return new JwtClaimsSetAdapter(new JWTClaimsSet.Builder().subject(clientId).claim("congresses", List.of("qinghai"))
                .claim(ApiClientClaims.CREDENTIAL, credential.toString()).build());
    }

    private static JwtClaimsSetAdapter claims(String subject, String session, Object congresses) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject);
        if (session != null) {
            claims.claim("sid", session);
        }
        if (congresses != null) {
            claims.claim("congresses", congresses);
        }
        return new JwtClaimsSetAdapter(claims.build());
    }
}
