package org.lvzhi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    @DisplayName("a message is the Chinese text of the context's bundle")
    void readsChineseText() {
        assertThat(Messages.of(Checks.class).text("blank")).isEqualTo("不能为空");
    }

    @Test
    @DisplayName("a message fills in its arguments")
    void fillsArguments() {
        assertThat(Messages.of(Checks.class).text("too-long", 50, 51)).isEqualTo("不能超过 50 个字符（当前 51 个）");
    }

    @Test
    @DisplayName("a violation built from a message names the field and carries the Chinese text")
    void buildsViolation() {
        InvariantViolation violation = Messages.of(Name.class).violation("name", "required");

        assertThat(violation.violations()).containsExactly(new Violation("name", "必填"));
    }
}
