package org.lvzhi.adapter.cache.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RedisOutageTest {

    private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");

    private final RedisOutage outage = new RedisOutage();

    @Test
    @DisplayName("after a failure Redis is left alone for the pause, then asked again")
    void pausesAfterAFailure() {
        assertThat(outage.pausing(T0)).isFalse();

        outage.failed(T0);

        assertThat(outage.pausing(T0.plus(RedisOutage.PAUSE).minusMillis(1))).isTrue();
        assertThat(outage.pausing(T0.plus(RedisOutage.PAUSE))).isFalse();
    }

    @Test
    @DisplayName("an outage is reported once when it begins and once when it ends")
    void reportsEachOutageOnce() {
        assertThat(outage.answered()).as("no outage to end").isFalse();
        assertThat(outage.failed(T0)).as("begins").isTrue();
        assertThat(outage.failed(T0.plusSeconds(6))).as("still the same outage").isFalse();
        assertThat(outage.answered()).as("ends").isTrue();
        assertThat(outage.answered()).isFalse();
        assertThat(outage.failed(T0.plusSeconds(60))).as("a new outage").isTrue();
    }
}
