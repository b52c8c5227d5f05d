package org.lvzhi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.shared.ViolationAssertions.violationOf;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameTest {

    private static final String HAN = "张";
    /** U+20000, outside the basic plane: two UTF-16 chars, one character. */
    private static final String RARE_HAN = "𠀀";

    @Test
    @DisplayName("a name keeps its text")
    void keepsText() {
        assertThat(new Name("张三").value()).isEqualTo("张三");
    }

    @Test
    @DisplayName("a name is trimmed")
    void isTrimmed() {
        assertThat(new Name("  张三 ").value()).isEqualTo("张三");
    }

    @Test
    @DisplayName("full-width spaces around a name are trimmed too")
    void fullWidthSpacesAreTrimmed() {
        assertThat(new Name("\u3000张三\u3000").value()).isEqualTo("张三");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\t\n", "\u3000"})
    @DisplayName("a blank name is refused")
    void blankIsRefused(String blank) {
        assertThat(violationOf(() -> new Name(blank))).isEqualTo(new Violation("name", "不能为空"));
    }

    @Test
    @DisplayName("a name is required")
    void nullIsRefused() {
        assertThat(violationOf(() -> new Name(null))).isEqualTo(new Violation("name", "必填"));
    }

    @Test
    @DisplayName("a name of one character is accepted")
    void oneCharacterIsAccepted() {
        assertThat(new Name(HAN).value()).isEqualTo(HAN);
    }

    @Test
    @DisplayName("a name of 50 Chinese characters is accepted")
    void fiftyChineseCharactersAreAccepted() {
        assertThat(new Name(HAN.repeat(50)).value()).hasSize(50);
    }

    @Test
    @DisplayName("a name of 51 characters is refused")
    void fiftyOneCharactersAreRefused() {
        Violation violation = violationOf(() -> new Name(HAN.repeat(51)));

        assertThat(violation.field()).isEqualTo("name");
        assertThat(violation.message()).isEqualTo("不能超过 50 个字符（当前 51 个）");
    }

    @Test
    @DisplayName("spaces trimmed away do not count towards the length")
    void trimmedSpacesDoNotCount() {
        assertThat(new Name("  " + HAN.repeat(50) + "  ").value()).isEqualTo(HAN.repeat(50));
    }

    @Test
    @DisplayName("a character outside the basic plane counts as one character")
    void supplementaryCharactersCountOnce() {
        String fiftyRare = RARE_HAN.repeat(50);

        assertThat(fiftyRare.length()).isEqualTo(100);
        assertThat(new Name(fiftyRare).value()).isEqualTo(fiftyRare);
    }

    @Test
    @DisplayName("51 characters outside the basic plane are refused")
    void fiftyOneSupplementaryCharactersAreRefused() {
        assertThat(violationOf(() -> new Name(RARE_HAN.repeat(51))).message()).contains("当前 51 个");
    }

    @Test
    @DisplayName("a name checked for another field is reported against that field when blank")
    void ofReportsGivenFieldWhenBlank() {
        assertThat(violationOf(() -> Name.of("person.name", "  "))).isEqualTo(new Violation("person.name", "不能为空"));
    }

    @Test
    @DisplayName("a name checked for another field is reported against that field when too long")
    void ofReportsGivenFieldWhenTooLong() {
        Violation violation = violationOf(() -> Name.of("unit.name", HAN.repeat(51)));

        assertThat(violation.field()).isEqualTo("unit.name");
        assertThat(violation.message()).contains("不能超过 50 个字符");
    }

    @Test
    @DisplayName("a name checked for another field is trimmed like any name")
    void ofTrims() {
        assertThat(Name.of("person.name", " 李四 ")).isEqualTo(new Name("李四"));
    }

    @Test
    @DisplayName("a name prints as its text")
    void printsAsText() {
        assertThat(new Name("青海省人大")).hasToString("青海省人大");
    }
}
