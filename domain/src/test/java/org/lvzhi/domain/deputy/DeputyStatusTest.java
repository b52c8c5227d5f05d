package org.lvzhi.domain.deputy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeputyStatusTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
        "ACTIVE,     ACTIVE,     false",
        "ACTIVE,     SUSPENDED,  true",
        "ACTIVE,     TERMINATED, true",
        "ACTIVE,     RESIGNED,   true",
        "SUSPENDED,  ACTIVE,     true",
        "SUSPENDED,  SUSPENDED,  false",
        "SUSPENDED,  TERMINATED, true",
        "SUSPENDED,  RESIGNED,   true",
        "TERMINATED, ACTIVE,     false",
        "TERMINATED, SUSPENDED,  false",
        "TERMINATED, TERMINATED, false",
        "TERMINATED, RESIGNED,   false",
        "RESIGNED,   ACTIVE,     false",
        "RESIGNED,   SUSPENDED,  false",
        "RESIGNED,   TERMINATED, false",
        "RESIGNED,   RESIGNED,   false",
    })
    @DisplayName("a deputy's status may change only as the regulation allows")
    void transitions(DeputyStatus from, DeputyStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @Test
    @DisplayName("a suspended deputy can be restored")
    void suspendedCanBeRestored() {
        assertThat(DeputyStatus.SUSPENDED.canMoveTo(DeputyStatus.ACTIVE)).isTrue();
    }

    @Test
    @DisplayName("a terminated deputy can never be restored")
    void terminatedIsFinal() {
        assertThat(DeputyStatus.TERMINATED.isFinal()).isTrue();
        assertThat(DeputyStatus.TERMINATED.nextAllowed()).isEmpty();
    }

    @Test
    @DisplayName("a resigned deputy can never be restored")
    void resignedIsFinal() {
        assertThat(DeputyStatus.RESIGNED.isFinal()).isTrue();
        assertThat(DeputyStatus.RESIGNED.nextAllowed()).isEmpty();
    }

    @Test
    @DisplayName("active and suspended deputies are not final")
    void activeAndSuspendedAreNotFinal() {
        assertThat(DeputyStatus.ACTIVE.isFinal()).isFalse();
        assertThat(DeputyStatus.SUSPENDED.isFinal()).isFalse();
    }
}
