package org.lvzhi.domain.deputy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.shared.ViolationAssertions.violationOf;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.shared.Name;
import org.lvzhi.domain.shared.Violation;

class PersonTest {

    @Test
    @DisplayName("renaming a person keeps their id and login")
    void renameKeepsIdAndLogin() {
        Person person = new Person(PersonId.random(), new Name("张三"), Optional.of(new Login("zhangsan")));

        Person renamed = person.renamed(new Name("张珊"));

        assertThat(renamed.name()).isEqualTo(new Name("张珊"));
        assertThat(renamed.id()).isEqualTo(person.id());
        assertThat(renamed.login()).isEqualTo(person.login());
        assertThat(person.name()).isEqualTo(new Name("张三"));
    }

    @Test
    @DisplayName("a person's name is required")
    void nameIsRequired() {
        assertThat(violationOf(() -> new Person(PersonId.random(), null, Optional.empty())))
                .isEqualTo(new Violation("name", "必填"));
    }
}
