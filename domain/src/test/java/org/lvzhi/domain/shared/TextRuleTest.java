package org.lvzhi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.shared.ViolationAssertions.violationOf;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TextRuleTest {

    @Test
    @DisplayName("a U+0000 or any other control character is refused, naming the field")
    void controlCharactersAreRefused() {
        assertThat(violationOf(() -> TextRule.check("address", "西宁\u0000市"))).isEqualTo(new Violation("address", "含有不允许的控制字符（如 U+0000）"));
        assertThat(TextRule.breach("响铃\u0007")).isPresent();
        assertThat(TextRule.breach("删除\u007f")).isPresent();
    }

    @Test
    @DisplayName("tabs and line breaks are text, not control characters")
    void tabsAndLineBreaksAreKept() {
        assertThat(TextRule.check("content", "第一段\r\n\t第二段")).isEqualTo("第一段\r\n\t第二段");
    }

    @Test
    @DisplayName("text at the upper bound is accepted, one character more is refused with both lengths")
    void lengthIsBounded() {
        assertThat(TextRule.breach("字".repeat(TextRule.MAX_LENGTH))).isEmpty();
        assertThat(TextRule.breach("字".repeat(TextRule.MAX_LENGTH + 1))).contains("不能超过 20000 个字符（当前 20001 个）");
    }

    @Test
    @DisplayName("Checks.text applies the rule to every trimmed required text")
    void checksTextKeepsTheRule() {
        assertThat(violationOf(() -> Checks.text("name", "张\u0000三", 50))).isEqualTo(new Violation("name", "含有不允许的控制字符（如 U+0000）"));
    }
}
