package org.lvzhi.domain.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.shared.ViolationAssertions.violationOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.deputy.DeputyId;

class DutyRecordTest {

    private static final LocalDate ON = LocalDate.of(2025, 3, 14);
    private final DeputyId deputy = DeputyId.random();

    private DutyRecord selfRegistered() {
        return DutyRecord.selfRegistered(deputy, "VOTER_CONTACT", ON, Optional.of("张三"), Optional.of("走访选民"), "deputy1");
    }

    @Test
    @DisplayName("a record the organiser registers is confirmed at once and counts; a deputy's own waits for review")
    void sourceDecidesWhetherItCounts() {
        DutyRecord organised = DutyRecord.registered(deputy, "MEETING", ON, Optional.of(DutyActivityId.random()), Optional.empty(),
                Optional.empty(), "liaison1");

        assertThat(organised.source()).isEqualTo(RecordSource.ORGANISER);
        assertThat(organised.state()).isEqualTo(ReviewState.CONFIRMED);
        assertThat(organised.counts()).isTrue();
        assertThat(selfRegistered().source()).isEqualTo(RecordSource.SELF);
        assertThat(selfRegistered().state()).isEqualTo(ReviewState.PENDING);
        assertThat(selfRegistered().counts()).isFalse();
    }

    @Test
    @DisplayName("confirming a pending record makes it count and keeps everything else")
    void confirm() {
        DutyRecord pending = selfRegistered();

        DutyRecord confirmed = pending.confirm();

        assertThat(confirmed.counts()).isTrue();
        assertThat(confirmed.rejectionReason()).isEmpty();
        assertThat(confirmed).usingRecursiveComparison().ignoringFields("state").isEqualTo(pending);
    }

    @Test
    @DisplayName("rejecting a pending record keeps the trimmed reason and never counts; a blank reason is refused")
    void reject() {
        DutyRecord rejected = selfRegistered().reject("  无活动材料 ");

        assertThat(rejected.state()).isEqualTo(ReviewState.REJECTED);
        assertThat(rejected.rejectionReason()).contains("无活动材料");
        assertThat(rejected.counts()).isFalse();
        assertThat(violationOf(() -> selfRegistered().reject(" ")).field()).isEqualTo("reason");
    }

    @Test
    @DisplayName("a reviewed record cannot be reviewed again, in either direction")
    void reviewedOnce() {
        DutyRecord confirmed = selfRegistered().confirm();
        DutyRecord rejected = selfRegistered().reject("重复登记");

        assertThat(violationOf(confirmed::confirm).message()).contains("已审核");
        assertThat(violationOf(() -> confirmed.reject("晚了")).field()).isEqualTo("state");
        assertThat(violationOf(rejected::confirm).field()).isEqualTo("state");
    }

    @Test
    @DisplayName("texts are trimmed and bounded: type 64, counterpart 50, note 500 characters")
    void textBounds() {
        DutyRecord trimmed = DutyRecord.selfRegistered(deputy, " VOTER_CONTACT ", ON, Optional.of(" 李四 "), Optional.empty(), "d");
        assertThat(trimmed.type()).isEqualTo("VOTER_CONTACT");
        assertThat(trimmed.counterpart()).contains("李四");

        assertThat(violationOf(() -> DutyRecord.selfRegistered(deputy, "T".repeat(65), ON, Optional.empty(), Optional.empty(), "d"))
                .field()).isEqualTo("type");
        assertThat(violationOf(() -> DutyRecord.selfRegistered(deputy, "T", ON, Optional.of("名".repeat(51)), Optional.empty(), "d"))
                .field()).isEqualTo("counterpart");
        assertThat(violationOf(() -> DutyRecord.selfRegistered(deputy, "T", ON, Optional.empty(), Optional.of("记".repeat(501)), "d"))
                .field()).isEqualTo("note");
        assertThat(DutyRecord.selfRegistered(deputy, "T", ON, Optional.of("名".repeat(50)), Optional.of("记".repeat(500)), "d")
                .note()).get().asString().hasSize(500);
    }

    @Test
    @DisplayName("an absence is unapproved unless leave approved it")
    void absenceApproval() {
        Absence missed = new Absence(AbsenceId.random(), deputy, Absence.SESSION, ON, Optional.empty(), false, true);
        Absence excused = new Absence(AbsenceId.random(), deputy, Absence.SESSION_MEETING, ON, Optional.of("leave"), true, true);

        assertThat(missed.unapproved()).isTrue();
        assertThat(excused.unapproved()).isFalse();
        assertThat(violationOf(() -> new Absence(AbsenceId.random(), deputy, "", ON, Optional.empty(), false, false)).field())
                .isEqualTo("from");
    }

    @Test
    @DisplayName("a record measures 1 unless given a quantity; 1.50 and 1.5 are one quantity; 0, negatives, 10000 and three decimals are refused at quantity")
    void quantity() {
        assertThat(selfRegistered().quantity()).isEqualTo(BigDecimal.ONE);
        assertThat(selfRegistered().measuring(new BigDecimal("1.50")).quantity()).isEqualTo(new BigDecimal("1.5"));
        for (String refused : List.of("0", "-1", "10000", "0.125")) {
            assertThat(violationOf(() -> selfRegistered().measuring(new BigDecimal(refused))).field()).as(refused).isEqualTo("quantity");
        }
        assertThat(selfRegistered().measuring(new BigDecimal("9999.99")).quantity()).isEqualByComparingTo("9999.99");
    }
}
