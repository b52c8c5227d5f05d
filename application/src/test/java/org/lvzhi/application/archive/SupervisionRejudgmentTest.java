package org.lvzhi.application.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.lvzhi.application.testing.TestData.QINGHAI;
import static org.lvzhi.domain.policy.ProfileFixtures.calendarYear;
import static org.lvzhi.domain.policy.ProfileFixtures.missingRecords;
import static org.lvzhi.domain.policy.ProfileFixtures.step;
import static org.lvzhi.domain.policy.ProfileFixtures.supervisionRule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.testing.FakeProfiles;
import org.lvzhi.application.testing.QinghaiLike;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.policy.ProfileFixtures;
import org.lvzhi.domain.supervision.CaseState;
import org.lvzhi.domain.supervision.SupervisionCase;

/**
 * A fact filed for a deputy judges their whole term again: "一年内未参加视察的，约谈" (QH-T1, a test rule), each
 * calendar year on its own, with last year's records entered one at a time in January.
 */
class SupervisionRejudgmentTest {

    private static final PolicyProfile PROFILE = ProfileFixtures.profile("qinghai").inherits(PolicyProfile.BASELINE)
            .rules(supervisionRule("QH-T1", missingRecords("ALL", 1, calendarYear(), List.of(List.of(QinghaiLike.INSPECTION)),
                    step("INTERVIEW", "WORK_COMMITTEE_DIRECTOR"))))
            .build();

    private final ArchiveTestBed bed = new ArchiveTestBed(FakeProfiles.resolving(ProfileFixtures.baseline(), PROFILE));

    private void file(Deputy deputy, String type, String date) {
        bed.platform.records().seed(QINGHAI, DutyRecord.registered(deputy.id(), type, LocalDate.parse(date), Optional.empty(),
                Optional.empty(), Optional.empty(), "organiser"));
        bed.platform.transactions().inCongress(QINGHAI, () -> {
            bed.review.filed(QINGHAI, deputy.id());
            return null;
        });
    }

    @Test
    @DisplayName("QH-T1: the case the first of last year's records opened is withdrawn once the inspection is entered, and the deputy is told why")
    void falseCaseWithdrawn() {
        bed.clock.setToday(LocalDate.of(2026, 1, 10));
        bed.platform.records().seed(QINGHAI, DutyRecord.registered(bed.ma.id(), QinghaiLike.INSPECTION, LocalDate.of(2023, 3, 1),
                Optional.empty(), Optional.empty(), Optional.empty(), "organiser"));

        file(bed.ma, QinghaiLike.INSPECTION, "2024-04-01");
        assertThat(bed.platform.cases().stored(QINGHAI)).extracting(SupervisionCase::triggerKey, SupervisionCase::state)
                .containsExactly(tuple("INSPECTION@2025", CaseState.OPEN));

        bed.clock.setToday(LocalDate.of(2026, 1, 12));
        file(bed.ma, QinghaiLike.INSPECTION, "2025-06-01");

        assertThat(bed.platform.cases().stored(QINGHAI)).singleElement().satisfies(c -> {
            assertThat(c.state()).isEqualTo(CaseState.WITHDRAWN);
            assertThat(c.closedOn()).contains(LocalDate.of(2026, 1, 12));
            assertThat(c.note().orElseThrow()).contains("QH-T1").contains("2025年没有已确认的");
        });
        assertThat(bed.notifications.sent()).extracting(n -> n.event(), n -> n.variables().get("deputyId"))
                .containsExactly(tuple("supervision.case-opened", bed.ma.id().toString()),
                        tuple("supervision.case-withdrawn", bed.ma.id().toString()));
        assertThat(bed.notifications.sent().getLast().recipients()).hasSize(1);
        assertThat(bed.notifications.sent().getLast().variables().get("reason")).startsWith("重新审查后，QH-T1");
        bed.nightly.evaluate(QINGHAI, LocalDate.of(2026, 1, 13));
        assertThat(bed.platform.cases().stored(QINGHAI)).as("the night opens nothing again for him, 2025's case for 才让卓玛")
                .extracting(SupervisionCase::deputy, SupervisionCase::state)
                .containsExactly(tuple(bed.ma.id(), CaseState.WITHDRAWN), tuple(bed.cairang.id(), CaseState.OPEN));
    }

    @Test
    @DisplayName("QH-T1: a record entered late for 2024 is judged by 2024, and a past year without one opens its case now")
    void lateFactForAPastYear() {
        bed.clock.setToday(LocalDate.of(2026, 6, 1));

        file(bed.ma, QinghaiLike.INSPECTION, "2023-05-01");
        assertThat(bed.platform.cases().stored(QINGHAI)).extracting(SupervisionCase::triggerKey)
                .containsExactly("INSPECTION@2024", "INSPECTION@2025");

        file(bed.ma, QinghaiLike.INSPECTION, "2024-11-30");

        assertThat(bed.platform.cases().stored(QINGHAI)).extracting(SupervisionCase::triggerKey, SupervisionCase::state)
                .containsExactly(tuple("INSPECTION@2024", CaseState.WITHDRAWN), tuple("INSPECTION@2025", CaseState.OPEN));
        assertThat(bed.platform.cases().stored(QINGHAI)).allMatch(c -> c.openedOn().equals(LocalDate.of(2026, 6, 1)));
    }
}
