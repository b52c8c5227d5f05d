package org.lvzhi.application.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.lvzhi.application.testing.TestData.QINGHAI;
import static org.lvzhi.domain.policy.ProfileFixtures.calendarYear;
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
import org.lvzhi.domain.policy.PointsEntry;
import org.lvzhi.domain.policy.PointsScheme;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.policy.ProfileFixtures;
import org.lvzhi.domain.policy.RankScope;
import org.lvzhi.domain.policy.Ranking;
import org.lvzhi.domain.policy.Supervision;
import org.lvzhi.domain.policy.Trigger;
import org.lvzhi.domain.supervision.CaseState;
import org.lvzhi.domain.supervision.SupervisionCase;

/**
 * "年度积分排名末位的，约谈" (QH-T9, a test rule) over a yearly scheme of 60 base points and 5 per inspection: the night
 * ranks the whole congress at once, and a record filed for one deputy judges the others' ranking cases too.
 */
class RankingReviewTest {

    private static final PolicyProfile PROFILE = ProfileFixtures.profile("qinghai").inherits(PolicyProfile.BASELINE)
            .points(new PointsScheme("QH-T8", "第八条", List.of(new PointsEntry(QinghaiLike.INSPECTION, 5, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())), Optional.of(calendarYear()), 60,
                    List.of(), Optional.empty(), List.of(), false, false))
            .rules(supervisionRule("QH-T9", new Supervision(new Trigger("RANKING", List.of(), List.of(), Optional.empty(), Optional.empty(),
                    calendarYear(), false, false, Optional.of(new Ranking(Optional.of(RankScope.CONGRESS), Optional.empty(), Optional.of(1),
                    Optional.empty(), Optional.empty(), List.of(), Optional.empty()))), Optional.empty(),
                    List.of(step("INTERVIEW", "WORK_COMMITTEE_DIRECTOR")))))
            .build();

    private final ArchiveTestBed bed = new ArchiveTestBed(FakeProfiles.resolving(ProfileFixtures.baseline(), PROFILE));

    private void inspected(Deputy deputy, String date) {
        bed.platform.records().seed(QINGHAI, DutyRecord.registered(deputy.id(), QinghaiLike.INSPECTION, LocalDate.parse(date), Optional.empty(),
                Optional.empty(), Optional.empty(), "organiser"));
    }

    private List<SupervisionCase> rankingCases() {
        return bed.platform.cases().stored(QINGHAI).stream().filter(c -> c.rule().equals("QH-T9")).toList();
    }

    @Test
    @DisplayName("QH-T9: at night both deputies, tied at 60 in 2023, are last; in 2024 才让卓玛 (60) is last behind 马建国 (65)")
    void theNightRanksTheCongress() {
        inspected(bed.ma, "2024-05-01");

        bed.nightly.evaluate(QINGHAI, LocalDate.of(2025, 1, 5));

        assertThat(rankingCases()).extracting(SupervisionCase::deputy, SupervisionCase::triggerKey)
                .containsExactlyInAnyOrder(
                        tuple(bed.ma.id(), "RANKING:CONGRESS:bottom1@2023-01-15"),
                        tuple(bed.cairang.id(), "RANKING:CONGRESS:bottom1@2023-01-15"),
                        tuple(bed.cairang.id(), "RANKING:CONGRESS:bottom1@2024-01-01"));
    }

    @Test
    @DisplayName("QH-T9: two 2024 inspections filed for 才让卓玛 withdraw her 2024 case and open one for 马建国, now last")
    void aFactAboutOneDeputyJudgesAnother() {
        inspected(bed.ma, "2024-05-01");
        bed.nightly.evaluate(QINGHAI, LocalDate.of(2025, 1, 5));
        bed.clock.setToday(LocalDate.of(2025, 2, 1));
        inspected(bed.cairang, "2024-06-01");
        inspected(bed.cairang, "2024-07-01");

        bed.platform.transactions().inCongress(QINGHAI, () -> {
            bed.rankings.filed(QINGHAI, bed.cairang.id());
            return null;
        });

        assertThat(rankingCases()).filteredOn(c -> c.triggerKey().endsWith("@2024-01-01"))
                .extracting(SupervisionCase::deputy, SupervisionCase::state)
                .containsExactlyInAnyOrder(tuple(bed.cairang.id(), CaseState.WITHDRAWN), tuple(bed.ma.id(), CaseState.OPEN));
    }
}
