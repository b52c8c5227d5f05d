package org.lvzhi.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lvzhi.domain.shared.InvariantViolation;

class PasswordPolicyTest {

    @ParameterizedTest(name = "{0}: {1}")
    @DisplayName("a password under the policy is refused, naming the rule in Chinese")
    @CsvSource({"short1, 10", "onlylettersatall, 字母和数字", "1234567890123, 字母和数字", "zhang.san1, 登录名"})
    void refused(String password, String reason) {
        assertThatThrownBy(() -> PasswordPolicy.check("password", password, "zhang.san1"))
                .isInstanceOf(InvariantViolation.class).hasMessageContaining("password: ").hasMessageContaining(reason);
    }

    @ParameterizedTest
    @DisplayName("a long enough password with a letter and a digit is accepted")
    @CsvSource({"青海湖2026年夏天", "correct horse 9"})
    void accepted(String password) {
        assertThat(PasswordPolicy.check("password", password, "zhang.san1")).isEqualTo(password);
    }
}
