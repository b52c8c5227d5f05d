package org.lvzhi.application.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.lvzhi.application.testing.QinghaiLike.INSPECTION;
import static org.lvzhi.application.testing.QinghaiLike.INSPECTION_QUOTA;
import static org.lvzhi.application.testing.TestData.QINGHAI;
import static org.lvzhi.application.testing.TestData.caller;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.archive.port.in.DutyArchive;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.domain.compliance.Compliance;
import org.lvzhi.domain.compliance.QuotaVerdict;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.duty.DutyRecord;

/** A deputy's archive and the nightly compliance overview count only confirmed records. */
class ArchiveServiceTest {

    private static final LocalDate ON = LocalDate.of(2025, 6, 30);

    private final ArchiveTestBed bed = new ArchiveTestBed();

    @BeforeEach
    void maHasOneRecordOfEachState() {
        file(DutyRecord.registered(bed.ma.id(), INSPECTION, LocalDate.of(2025, 3, 1), Optional.empty(), Optional.empty(),
                Optional.empty(), "organiser"));
        file(DutyRecord.selfRegistered(bed.ma.id(), INSPECTION, LocalDate.of(2025, 4, 1), Optional.empty(), Optional.empty(), "ma.jianguo"));
        file(DutyRecord.selfRegistered(bed.ma.id(), INSPECTION, LocalDate.of(2025, 5, 1), Optional.empty(), Optional.empty(), "ma.jianguo")
                .reject("无视察记录"));
    }

    private void file(DutyRecord record) {
        bed.platform.records().seed(QINGHAI, record);
    }

    private static QuotaVerdict inspectionQuota(Compliance compliance) {
        return compliance.verdictsFor(INSPECTION_QUOTA).getFirst();
    }

    @Test
    @DisplayName("a deputy reads their own archive: every record is listed, only the confirmed one counts towards QH-Q1")
    void ownArchiveCountsConfirmedOnly() {
        DutyArchive archive = bed.archives.archive(caller("ma.jianguo", QINGHAI, AccessRole.DEPUTY), bed.ma.id(), ON);

        assertThat(archive.records()).singleElement().satisfies(ofType -> {
            assertThat(ofType.type()).isEqualTo(INSPECTION);
            assertThat(ofType.records()).hasSize(3);
            assertThat(ofType.counted()).isEqualTo(1);
        });
        assertThat(inspectionQuota(archive.compliance()).count()).isEqualByComparingTo("1");
    }

    @Test
    @DisplayName("a deputy asking for another deputy's archive is told it does not exist")
    void anotherDeputysArchiveIsNotFound() {
        Throwable refused = catchThrowable(() -> bed.archives.archive(caller("cairang", QINGHAI, AccessRole.DEPUTY), bed.ma.id(), ON));

        assertThat(refused).isInstanceOf(NotFound.class);
    }

    @Test
    @DisplayName("staff read any deputy's archive")
    void staffReadAnyArchive() {
        DutyArchive archive = bed.archives.archive(caller("qinghai-liaison", QINGHAI, AccessRole.LIAISON_OFFICER), bed.ma.id(), ON);

        assertThat(archive.deputy().deputy().id()).isEqualTo(bed.ma.id());
    }

    @Test
    @DisplayName("the nightly run judges every serving deputy against QH-Q1 counting confirmed records only")
    void nightlyStandingsCountConfirmedOnly() {
        bed.nightly.evaluate(QINGHAI, ON);

        assertThat(bed.standings.saved).containsOnlyKeys(bed.ma.id(), bed.cairang.id());
        assertThat(inspectionQuota(bed.standings.saved.get(bed.ma.id())).count()).isEqualByComparingTo("1");
        assertThat(inspectionQuota(bed.standings.saved.get(bed.cairang.id())).count()).isZero();
    }

    @Test
    @DisplayName("the nightly run leaves out deputies who no longer serve")
    void nightlySkipsTerminatedDeputies() {
        Deputy terminated = bed.platform.deputies().stored(QINGHAI, bed.cairang.id()).moveTo(DeputyStatus.TERMINATED);
        bed.platform.transactions().inCongress(QINGHAI, () -> {
            bed.platform.deputies().update(terminated);
            return null;
        });

        bed.nightly.evaluate(QINGHAI, ON);

        assertThat(bed.standings.saved).containsOnlyKeys(bed.ma.id());
    }
}
