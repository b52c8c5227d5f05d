package org.lvzhi.domain.deputy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.shared.ViolationAssertions.violationOf;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.shared.Violation;

class SeatTest {

    @Test
    @DisplayName("a constituency name is trimmed")
    void constituencyNameIsTrimmed() {
        assertThat(seat(Optional.of(" 第一选区 ")).constituencyName()).contains("第一选区");
    }

    @Test
    @DisplayName("a constituency name may have 50 characters")
    void fiftyCharactersAreAccepted() {
        assertThat(seat(Optional.of("区".repeat(50))).constituencyName()).isPresent();
    }

    @Test
    @DisplayName("a constituency name may not exceed 50 characters")
    void fiftyOneCharactersAreRefused() {
        Violation violation = violationOf(() -> seat(Optional.of("区".repeat(51))));

        assertThat(violation.field()).isEqualTo("constituencyName");
        assertThat(violation.message()).contains("不能超过 50 个字符");
    }

    @Test
    @DisplayName("a constituency name, when given, may not be blank")
    void blankIsRefused() {
        assertThat(violationOf(() -> seat(Optional.of(" ")))).isEqualTo(new Violation("constituencyName", "不能为空"));
    }

    @Test
    @DisplayName("a seat's constituency is required")
    void constituencyIsRequired() {
        assertThat(violationOf(() -> new Seat(null, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, false)))
                .isEqualTo(new Violation("constituency", "必填"));
    }

    private static Seat seat(Optional<String> constituencyName) {
        return new Seat(Constituency.ELECTING_UNIT, constituencyName, Optional.empty(), Optional.empty(), Optional.empty(), false, false);
    }
}
