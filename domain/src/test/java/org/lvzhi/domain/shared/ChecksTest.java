package org.lvzhi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.shared.ViolationAssertions.violationOf;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChecksTest {

    private enum Colour { RED, GREEN }

    @Test
    @DisplayName("a missing required value is reported against its field")
    void requiredRefusesNull() {
        assertThat(violationOf(() -> Checks.required("level", null))).isEqualTo(new Violation("level", "必填"));
    }

    @Test
    @DisplayName("a present required value is handed back")
    void requiredReturnsValue() {
        assertThat(Checks.required("level", "x")).isEqualTo("x");
    }

    @Test
    @DisplayName("text is trimmed and handed back")
    void textIsTrimmed() {
        assertThat(Checks.text("address", "  西宁市  ", 10)).isEqualTo("西宁市");
    }

    @Test
    @DisplayName("text at the maximum length is accepted")
    void textAtMaximumIsAccepted() {
        assertThat(Checks.text("address", "abc", 3)).isEqualTo("abc");
    }

    @Test
    @DisplayName("text over the maximum length is refused, naming the limit and the actual length")
    void textOverMaximumIsRefused() {
        assertThat(violationOf(() -> Checks.text("address", "abcd", 3)))
                .isEqualTo(new Violation("address", "不能超过 3 个字符（当前 4 个）"));
    }

    @Test
    @DisplayName("a known enumerated value is accepted")
    void oneOfAcceptsKnownValue() {
        assertThat(Checks.oneOf("colour", Colour.class, "GREEN")).isEqualTo(Colour.GREEN);
    }

    @Test
    @DisplayName("spaces around an enumerated value are ignored")
    void oneOfIgnoresSurroundingSpaces() {
        assertThat(Checks.oneOf("colour", Colour.class, " RED ")).isEqualTo(Colour.RED);
    }

    @Test
    @DisplayName("an unknown enumerated value is refused, naming the allowed values")
    void oneOfRefusesUnknownValue() {
        Violation violation = violationOf(() -> Checks.oneOf("colour", Colour.class, "BLUE"));

        assertThat(violation.field()).isEqualTo("colour");
        assertThat(violation.message())
                .contains("不是允许的取值")
                .contains("BLUE")
                .contains("[RED, GREEN]");
    }

    @Test
    @DisplayName("enumerated values are case-sensitive")
    void oneOfIsCaseSensitive() {
        assertThat(violationOf(() -> Checks.oneOf("colour", Colour.class, "red")).field()).isEqualTo("colour");
    }

    @Test
    @DisplayName("a missing enumerated value is reported as required")
    void oneOfRefusesNull() {
        assertThat(violationOf(() -> Checks.oneOf("colour", Colour.class, null))).isEqualTo(new Violation("colour", "必填"));
    }
}
