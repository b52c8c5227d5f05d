package org.lvzhi.domain.deputy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.shared.ViolationAssertions.violationOf;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.shared.Violation;

class DeputyTest {

    @Test
    @DisplayName("a newly elected deputy is active")
    void electedIsActive() {
        assertThat(Deputy.elect(PersonId.random(), TermId.random(), seat(), ContactDetails.NONE).status())
                .isEqualTo(DeputyStatus.ACTIVE);
    }

    @Test
    @DisplayName("an active deputy can be suspended")
    void activeCanBeSuspended() {
        assertThat(deputy(DeputyStatus.ACTIVE).moveTo(DeputyStatus.SUSPENDED).status()).isEqualTo(DeputyStatus.SUSPENDED);
    }

    @Test
    @DisplayName("moving a deputy to another status keeps everything else")
    void moveKeepsEverythingElse() {
        Deputy deputy = deputy(DeputyStatus.ACTIVE);

        Deputy moved = deputy.moveTo(DeputyStatus.RESIGNED);

        assertThat(moved).usingRecursiveComparison().ignoringFields("status").isEqualTo(deputy);
    }

    @Test
    @DisplayName("moving a deputy leaves the original deputy as it was")
    void moveLeavesOriginal() {
        Deputy deputy = deputy(DeputyStatus.ACTIVE);

        deputy.moveTo(DeputyStatus.SUSPENDED);

        assertThat(deputy.status()).isEqualTo(DeputyStatus.ACTIVE);
    }

    @Test
    @DisplayName("a terminated deputy can never be restored")
    void terminatedCannotBeRestored() {
        Violation violation = violationOf(() -> deputy(DeputyStatus.TERMINATED).moveTo(DeputyStatus.ACTIVE));

        assertThat(violation).isEqualTo(new Violation("status", "代表状态不能从“代表资格终止”变更为“在任”"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "ACTIVE,     ACTIVE",
        "SUSPENDED,  SUSPENDED",
        "TERMINATED, SUSPENDED",
        "TERMINATED, RESIGNED",
        "RESIGNED,   ACTIVE",
        "RESIGNED,   TERMINATED",
    })
    @DisplayName("an illegal status change is refused and leaves the deputy as it was")
    void illegalMoveIsRefused(DeputyStatus from, DeputyStatus to) {
        Deputy deputy = deputy(from);

        Violation violation = violationOf(() -> deputy.moveTo(to));

        assertThat(violation.field()).isEqualTo("status");
        assertThat(violation.message()).contains("代表状态不能从");
        assertThat(deputy.status()).isEqualTo(from);
    }

    @Test
    @DisplayName("updating a deputy's seat and contact keeps the status")
    void updateKeepsStatus() {
        Deputy deputy = deputy(DeputyStatus.SUSPENDED);
        ContactDetails contact = new ContactDetails(Optional.of("13800000000"), Optional.empty(), Optional.empty());

        Deputy updated = deputy.update(seat(), contact);

        assertThat(updated.status()).isEqualTo(DeputyStatus.SUSPENDED);
        assertThat(updated.contact()).isEqualTo(contact);
        assertThat(updated.id()).isEqualTo(deputy.id());
    }

    @Test
    @DisplayName("a deputy's status is required")
    void statusIsRequired() {
        assertThat(violationOf(() -> deputy(null))).isEqualTo(new Violation("status", "必填"));
    }

    @Test
    @DisplayName("a deputy's seat is required")
    void seatIsRequired() {
        assertThat(violationOf(() -> Deputy.elect(PersonId.random(), TermId.random(), null, ContactDetails.NONE)))
                .isEqualTo(new Violation("seat", "必填"));
    }

    private static Deputy deputy(DeputyStatus status) {
        return new Deputy(DeputyId.random(), PersonId.random(), TermId.random(), seat(), ContactDetails.NONE, status);
    }

    private static Seat seat() {
        return new Seat(Constituency.DISTRICT, Optional.of("第一选区"), Optional.empty(), Optional.empty(), Optional.empty(), true, false);
    }
}
