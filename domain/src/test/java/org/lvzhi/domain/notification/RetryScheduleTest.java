package org.lvzhi.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lvzhi.domain.notification.RetrySchedule.Jitter;

class RetryScheduleTest {

    private static final Duration BASE = Duration.ofSeconds(30);
    private static final Duration CAP = Duration.ofHours(6);

    /** A generator whose every draw is the given share of the range. */
    private static RandomGenerator always(double share) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException("the schedule draws doubles");
            }

            @Override
            public double nextDouble() {
                return share;
            }
        };
    }

    private static RetrySchedule schedule(Jitter jitter, RandomGenerator random) {
        return new RetrySchedule(BASE, CAP, 10, jitter, random);
    }

    @Test
    @DisplayName("without the random share the delay doubles with each failed attempt, starting at the base")
    void growsExponentially() {
        RetrySchedule longest = schedule(Jitter.FULL, always(1.0));

        assertThat(longest.delayAfter(1)).contains(Duration.ofSeconds(30));
        assertThat(longest.delayAfter(2)).contains(Duration.ofSeconds(60));
        assertThat(longest.delayAfter(3)).contains(Duration.ofSeconds(120));
        assertThat(longest.delayAfter(9)).contains(Duration.ofSeconds(30 * 256));
    }

    @Test
    @DisplayName("full jitter draws between zero and the backoff")
    void fullJitterSpansZeroToBackoff() {
        assertThat(schedule(Jitter.FULL, always(0.0)).delayAfter(3)).contains(Duration.ZERO);
        assertThat(schedule(Jitter.FULL, always(0.5)).delayAfter(3)).contains(Duration.ofSeconds(60));
    }

    @Test
    @DisplayName("equal jitter keeps half the backoff and draws the other half")
    void equalJitterKeepsHalf() {
        assertThat(schedule(Jitter.EQUAL, always(0.0)).delayAfter(3)).contains(Duration.ofSeconds(60));
        assertThat(schedule(Jitter.EQUAL, always(0.5)).delayAfter(3)).contains(Duration.ofSeconds(90));
        assertThat(schedule(Jitter.EQUAL, always(1.0)).delayAfter(3)).contains(Duration.ofSeconds(120));
    }

    @ParameterizedTest
    @EnumSource(Jitter.class)
    @DisplayName("with a real generator every delay stays within its jitter bounds")
    void jitterStaysWithinBounds(Jitter jitter) {
        RetrySchedule schedule = new RetrySchedule(BASE, CAP, 30, jitter, new SplittableRandom(42));

        for (int failed = 1; failed < 30; failed++) {
            Duration backoff = schedule.backoff(failed);
            Duration lowest = jitter == Jitter.FULL ? Duration.ZERO : backoff.dividedBy(2);
            for (int draw = 0; draw < 200; draw++) {
                assertThat(schedule.delayAfter(failed)).get().satisfies(delay ->
                        assertThat(delay).isBetween(lowest, backoff));
            }
        }
    }

    @Test
    @DisplayName("the same seed gives the same delays")
    void deterministicWithSeed() {
        RetrySchedule one = schedule(Jitter.EQUAL, new SplittableRandom(7));
        RetrySchedule other = schedule(Jitter.EQUAL, new SplittableRandom(7));

        for (int failed = 1; failed < 10; failed++) {
            assertThat(one.delayAfter(failed)).isEqualTo(other.delayAfter(failed));
        }
    }

    @Test
    @DisplayName("the backoff never exceeds the cap, however many attempts have failed")
    void capped() {
        RetrySchedule schedule = new RetrySchedule(BASE, CAP, Integer.MAX_VALUE, Jitter.FULL, always(1.0));

        assertThat(schedule.delayAfter(10)).contains(Duration.ofSeconds(15_360));
        assertThat(schedule.delayAfter(11)).contains(CAP);
        assertThat(schedule.delayAfter(12)).contains(CAP);
        assertThat(schedule.delayAfter(64)).contains(CAP);
        assertThat(schedule.delayAfter(1_000_000)).contains(CAP);
    }

    @Test
    @DisplayName("after the maximum number of failed attempts there is no next try")
    void stopsAfterMaximum() {
        RetrySchedule schedule = schedule(Jitter.EQUAL, always(0.5));

        assertThat(schedule.delayAfter(9)).isPresent();
        assertThat(schedule.delayAfter(10)).isEmpty();
        assertThat(schedule.delayAfter(11)).isEmpty();
    }

    @Test
    @DisplayName("the standard schedule starts at 30 s, caps at 6 h and allows 10 attempts")
    void standardSchedule() {
        RetrySchedule standard = RetrySchedule.standard(always(1.0));

        assertThat(standard.maxAttempts()).isEqualTo(10);
        assertThat(standard.delayAfter(1)).contains(Duration.ofSeconds(30));
        assertThat(standard.delayAfter(10)).isEqualTo(Optional.empty());
    }

    @Test
    @DisplayName("attempts are counted from one")
    void refusesZeroAttempts() {
        assertThatThrownBy(() -> schedule(Jitter.FULL, always(0.5)).delayAfter(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a schedule needs a positive base, a cap no shorter than it, and at least one attempt")
    void refusesNonsense() {
        RandomGenerator random = always(0.5);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ZERO, CAP, 10, Jitter.FULL, random))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(CAP, BASE, 10, Jitter.FULL, random))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(BASE, CAP, 0, Jitter.FULL, random))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
