package org.lvzhi.application.deputy.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.application.testing.ViolationAssertions.fieldsOf;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.deputy.DeputyId;

class AssignPositionCommandTest {

    private static final LocalDate FROM = LocalDate.of(2023, 2, 1);

    @Test
    @DisplayName("an office for someone who is not a deputy requires their name")
    void nameRequiredWithoutDeputy() {
        assertThat(fieldsOf(() -> AssignPositionCommand.of("VICE_CHAIR", null, null, null, null, FROM, null)))
                .containsExactly("name");
    }

    @Test
    @DisplayName("an office for a deputy needs no name")
    void noNameNeededForDeputy() {
        UUID deputy = UUID.randomUUID();

        AssignPositionCommand command = AssignPositionCommand.of("VICE_CHAIR", deputy.toString(), null, null, null, FROM, null);

        assertThat(command.deputy()).contains(new DeputyId(deputy));
        assertThat(command.name()).isEmpty();
    }

    @Test
    @DisplayName("every bad field of an office is reported at once")
    void reportsEveryBadField() {
        assertThat(fieldsOf(() -> AssignPositionCommand.of("KING", "nope", null, "?", "bad", null, null)))
                .containsExactly("position", "deputyId", "login", "unitId", "from");
    }
}
