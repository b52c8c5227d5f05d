package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
@Property(name = "lvzhi.test.movable-clock", value = "true")
class TokenExpiryIT extends ApiTest {

    @Inject MovableClock clock;

    @Test
    @DisplayName("a token is refused with 401 once the platform's clock passes its expiry")
    void expiredTokenIsRefused() {
        String token = api.token("qinghai-liaison");
        assertThat(api.get("/api/v1/terms", token).status()).isEqualTo(200);

        clock.advance(Duration.ofHours(2));

        assertThat(api.get("/api/v1/terms", token).status()).isEqualTo(401);
    }
}
