package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
@Property(name = "lvzhi.test.movable-clock", value = "true")
@Property(name = "lvzhi.rate-limit.caller.capacity", value = "3")
@Property(name = "lvzhi.rate-limit.caller.per-second", value = "1")
@Property(name = "lvzhi.rate-limit.congress.capacity", value = "5")
@Property(name = "lvzhi.rate-limit.congress.per-second", value = "1")
class RateLimitIT extends ApiTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject MovableClock clock;

    @Test
    @DisplayName("a caller's bucket tells what is left, answers 429 with Retry-After when empty, and refills with the clock; the congress's bucket caps its callers together")
    void callerAndCongressBuckets() throws Exception {
        String liaison = api.token("hunan-liaison");
        String admin = api.token("hunan-admin");

        for (int left = 2; left >= 0; left--) {
            var answer = get(liaison);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("RateLimit-Remaining")).contains(String.valueOf(left));
        }
        var refused = get(liaison);
        var adminFirst = get(admin);
        var adminSecond = get(admin);
        var congressFull = get(admin);
        clock.advance(Duration.ofSeconds(1));
        var refilled = get(liaison);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).contains("1");
        assertThat(refused.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(refused.body()).contains("请求过于频繁");
        assertThat(adminFirst.statusCode()).as("another caller has a bucket of its own").isEqualTo(200);
        assertThat(adminSecond.statusCode()).isEqualTo(200);
        assertThat(congressFull.statusCode()).as("the congress's five are spent").isEqualTo(429);
        assertThat(congressFull.body()).contains("本级人大的请求总量已达上限");
        assertThat(refilled.statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String token) throws Exception {
        return http.send(HttpRequest.newBuilder(server.getURI().resolve("/api/v1/terms")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
