package org.lvzhi.domain.deputy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.shared.ViolationAssertions.violationOf;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lvzhi.domain.shared.Violation;

class LoginTest {

    private static final Violation INVALID = new Violation("login", "登录名须为 3–64 位字母、数字或 . _ @ -");

    @ParameterizedTest
    @ValueSource(strings = {"abc", "zhangsan", "Zhang.San", "zhang_san", "zhang-san", "zhangsan@qh.gov.cn", "deputy007"})
    @DisplayName("a login of letters, digits and . _ @ - is accepted")
    void validLoginsAreAccepted(String login) {
        assertThat(new Login(login).value()).isEqualTo(login);
    }

    @Test
    @DisplayName("a login of 64 characters is accepted")
    void sixtyFourCharactersAreAccepted() {
        assertThat(new Login("a".repeat(64)).value()).hasSize(64);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "", "   ", "zhang san", "张三", "zhangsan!", "zhang/san", "zhang#san"})
    @DisplayName("anything else is refused as a login")
    void invalidLoginsAreRefused(String login) {
        assertThat(violationOf(() -> new Login(login))).isEqualTo(INVALID);
    }

    @Test
    @DisplayName("a login of 65 characters is refused")
    void sixtyFiveCharactersAreRefused() {
        assertThat(violationOf(() -> new Login("a".repeat(65)))).isEqualTo(INVALID);
    }

    @Test
    @DisplayName("a login is trimmed")
    void isTrimmed() {
        assertThat(new Login("  zhangsan ").value()).isEqualTo("zhangsan");
    }

    @Test
    @DisplayName("a login is required")
    void nullIsRefused() {
        assertThat(violationOf(() -> new Login(null))).isEqualTo(new Violation("login", "必填"));
    }

    @Test
    @DisplayName("a login prints as its value")
    void printsAsValue() {
        assertThat(new Login("zhangsan")).hasToString("zhangsan");
    }
}
