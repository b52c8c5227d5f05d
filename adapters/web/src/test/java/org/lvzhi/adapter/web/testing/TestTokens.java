package org.lvzhi.adapter.web.testing;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Bearer tokens for the web adapter's tests, read as {@code subject/ROLE,ROLE/congress,congress}: the claims every
 * identity adapter gives (subject, {@code roles}, {@code congresses}), without an identity provider.
 */
@Singleton
public class TestTokens implements TokenValidator<HttpRequest<?>> {

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        String[] parts = token.split("/", -1);
        if (parts.length != 3) {
            return Mono.empty();
        }
        return Mono.just(Authentication.build(parts[0], list(parts[1]), Map.of("congresses", list(parts[2]))));
    }

    /** The token of a caller with these roles in these congresses. */
    public static String of(String subject, List<String> roles, List<String> congresses) {
        return subject + "/" + String.join(",", roles) + "/" + String.join(",", congresses);
    }

    private static List<String> list(String joined) {
        return Arrays.stream(joined.split(",")).filter(s -> !s.isBlank()).toList();
    }
}
