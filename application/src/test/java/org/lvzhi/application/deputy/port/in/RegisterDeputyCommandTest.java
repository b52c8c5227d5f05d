package org.lvzhi.application.deputy.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.application.testing.DeputyFormBuilder.aDeputyForm;
import static org.lvzhi.application.testing.ViolationAssertions.fieldsOf;
import static org.lvzhi.application.testing.ViolationAssertions.violationsOf;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.Constituency;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Violation;

class RegisterDeputyCommandTest {

    @Test
    @DisplayName("a valid form becomes a command")
    void validFormParses() {
        UUID term = UUID.randomUUID();

        RegisterDeputyCommand command = RegisterDeputyCommand.from(aDeputyForm().termId(term).login(" wang.li ").build());

        assertThat(command.term()).isEqualTo(new TermId(term));
        assertThat(command.login()).contains(new Login("wang.li"));
        assertThat(command.seat().constituency()).isEqualTo(Constituency.DISTRICT);
    }

    @Test
    @DisplayName("a blank login means the person does not sign in")
    void blankLoginIsNone() {
        assertThat(RegisterDeputyCommand.from(aDeputyForm().termId(UUID.randomUUID()).login(" ").build()).login()).isEmpty();
    }

    @Test
    @DisplayName("a form with several bad fields reports every one of them at once, each once")
    void reportsEveryBadField() {
        List<String> fields = fieldsOf(() -> RegisterDeputyCommand.from(aDeputyForm()
                .name(" ")
                .login("王")
                .termId("not-a-uuid")
                .constituency("VILLAGE")
                .delegationId("x")
                .deputyGroupId("y")
                .contact(null, "not-an-email", null)
                .build()));

        assertThat(fields).containsExactly(
                "name", "login", "termId", "constituency", "delegationId", "deputyGroupId", "contact.email");
    }

    @Test
    @DisplayName("a form without a term is refused on termId")
    void termIsRequired() {
        assertThat(fieldsOf(() -> RegisterDeputyCommand.from(aDeputyForm().build()))).containsExactly("termId");
    }

    @Test
    @DisplayName("a bad phone and a bad email are both reported at once")
    void reportsEveryBadContactPart() {
        List<Violation> violations = violationsOf(() -> RegisterDeputyCommand.from(aDeputyForm()
                .termId(UUID.randomUUID())
                .contact("phone?", "not-an-email", null)
                .build()));

        assertThat(violations).extracting(Violation::field).containsExactly("contact.phone", "contact.email");
    }
}
