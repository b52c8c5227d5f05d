package org.lvzhi.domain.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.shared.InvariantViolation;

class MatterTest {

    private static final MatterAction.Acting STAFF = new MatterAction.Acting("liaison", Instant.parse("2026-06-01T02:00:00Z"));
    private static final DeputyId DEPUTY = new DeputyId(UUID.randomUUID());
    private static final UnitId UNIT = new UnitId(UUID.randomUUID());

    @Test
    void appointmentRunsHeldAnsweredRehandledOnce() {
        Matter held = recorded(MatterKind.APPOINTMENT, Optional.of(UNIT)).step(MatterStep.HELD, day(31), Optional.empty(), Optional.empty(), STAFF);
        Matter answered = held.step(MatterStep.ANSWERED, day(40), Optional.of("书面答复"), Optional.empty(), STAFF);
        Matter reported = answered.step(MatterStep.DEPARTMENT_REPORTED, day(41), Optional.empty(), Optional.empty(), STAFF);
        Matter rehandling = reported.step(MatterStep.REHANDLING_DECIDED, day(50), Optional.empty(), Optional.empty(), STAFF);
        Matter again = rehandling.step(MatterStep.ANSWERED, day(60), Optional.empty(), Optional.empty(), STAFF);

        assertThat(held.state()).isEqualTo(MatterState.HELD);
        assertThat(held.state().clockEvent()).contains("APPOINTMENT_HELD");
        assertThat(reported.state()).as("the department report changes no state").isEqualTo(MatterState.ANSWERED);
        assertThat(rehandling.state().clockEvent()).contains("REHANDLING_DECIDED");
        assertThat(again.round()).isEqualTo(2);
        assertThatThrownBy(() -> again.step(MatterStep.REHANDLING_DECIDED, day(61), Optional.empty(), Optional.empty(), STAFF))
                .isInstanceOf(InvariantViolation.class).hasMessageContaining("不能办理“决定重新办理”");
        assertThatThrownBy(() -> reported.step(MatterStep.DEPARTMENT_REPORTED, day(42), Optional.empty(), Optional.empty(), STAFF))
                .isInstanceOf(InvariantViolation.class);
    }

    @Test
    void stepsKeepToTheirKindAndOrder() {
        Matter letter = recorded(MatterKind.LETTER, Optional.empty());
        assertThatThrownBy(() -> letter.step(MatterStep.HELD, day(2), Optional.empty(), Optional.empty(), STAFF))
                .hasMessageContaining("代表来信当前状态为“已收到”");
        assertThatThrownBy(() -> letter.step(MatterStep.ANSWERED, LocalDate.of(2025, 12, 31), Optional.empty(), Optional.empty(), STAFF))
                .hasMessageContaining("不能早于上一环节的日期");
        Matter report = recorded(MatterKind.INSPECTION_REPORT, Optional.empty());
        assertThatThrownBy(() -> report.step(MatterStep.ASSIGNED, day(2), Optional.empty(), Optional.empty(), STAFF))
                .hasMessageContaining("承办单位");
        assertThat(report.step(MatterStep.ASSIGNED, day(2), Optional.empty(), Optional.of(UNIT), STAFF).unit()).contains(UNIT);
        assertThatThrownBy(() -> recorded(MatterKind.APPOINTMENT, Optional.empty())).hasMessageContaining("被约见人所在单位");
    }

    @Test
    void eachReportKindOwnsOnlyItsRule() {
        assertThat(MatterKind.INSPECTION_REPORT.owns("BL-18")).isTrue();
        assertThat(MatterKind.INSPECTION_REPORT.owns("BL-21")).isFalse();
        assertThat(MatterKind.RESEARCH_REPORT.owns("BL-18")).isFalse();
        assertThat(MatterKind.LETTER.owns("QH-9")).as("a congress's own rule on the event").isTrue();
    }

    private static Matter recorded(MatterKind kind, Optional<UnitId> unit) {
        return Matter.record(kind, List.of(DEPUTY), unit, "标题", "内容", day(1), STAFF);
    }

    private static LocalDate day(int dayOfYear) {
        return LocalDate.ofYearDay(2026, dayOfYear);
    }
}
