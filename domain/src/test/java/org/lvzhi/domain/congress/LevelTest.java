package org.lvzhi.domain.congress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LevelTest {

    @ParameterizedTest(name = "{0} is higher than {1}: {2}")
    @CsvSource({
        "PROVINCE, CITY,     true",
        "PROVINCE, COUNTY,   true",
        "PROVINCE, TOWNSHIP, true",
        "CITY,     COUNTY,   true",
        "CITY,     TOWNSHIP, true",
        "COUNTY,   TOWNSHIP, true",
        "CITY,     PROVINCE, false",
        "COUNTY,   PROVINCE, false",
        "COUNTY,   CITY,     false",
        "TOWNSHIP, PROVINCE, false",
        "TOWNSHIP, CITY,     false",
        "TOWNSHIP, COUNTY,   false",
    })
    @DisplayName("a level is higher than every level below it, skipping levels included")
    void higherThan(Level level, Level other, boolean higher) {
        assertThat(level.isHigherThan(other)).isEqualTo(higher);
    }

    @ParameterizedTest
    @EnumSource(Level.class)
    @DisplayName("no level is higher than itself")
    void notHigherThanItself(Level level) {
        assertThat(level.isHigherThan(level)).isFalse();
    }
}
