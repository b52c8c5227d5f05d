package org.lvzhi.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InvariantViolationTest {

    @Test
    @DisplayName("an invariant violation carries every violation found")
    void carriesEveryViolation() {
        List<Violation> found = List.of(new Violation("name", "不能为空"), new Violation("id", "必填"));

        assertThat(new InvariantViolation(found).violations()).containsExactlyElementsOf(found);
    }

    @Test
    @DisplayName("an invariant violation's message lists each field with its message")
    void messageListsFields() {
        InvariantViolation violation =
                new InvariantViolation(List.of(new Violation("name", "不能为空"), new Violation("id", "必填")));

        assertThat(violation).hasMessage("name: 不能为空; id: 必填");
    }

    @Test
    @DisplayName("an invariant violation names at least one violation")
    void needsAtLeastOneViolation() {
        assertThatThrownBy(() -> new InvariantViolation(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("the violations of an invariant violation cannot be changed afterwards")
    void violationsAreACopy() {
        List<Violation> found = new ArrayList<>(List.of(new Violation("name", "不能为空")));
        InvariantViolation violation = new InvariantViolation(found);

        found.clear();

        assertThat(violation.violations()).hasSize(1);
        assertThatThrownBy(() -> violation.violations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
