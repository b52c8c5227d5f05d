package org.lvzhi.application.archive;

import static org.lvzhi.application.testing.TestData.QINGHAI;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lvzhi.application.archive.port.out.ComplianceStanding;
import org.lvzhi.application.archive.port.out.ComplianceStandingPort;
import org.lvzhi.application.archive.port.out.StandingFilter;
import org.lvzhi.application.deputy.port.in.ChangeDeputyStatusCommand;
import org.lvzhi.application.deputy.port.in.DeputyRegisterUseCase;
import org.lvzhi.application.deputy.port.in.RegisterDeputyCommand;
import org.lvzhi.application.deputy.port.in.UpdateDeputyCommand;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.duty.port.out.DutyHistoryPort;
import org.lvzhi.application.duty.port.out.SupervisionHistoryPort;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.testing.InMemoryPlatform;
import org.lvzhi.application.testing.MovableDayClock;
import org.lvzhi.application.testing.QinghaiLike;
import org.lvzhi.application.testing.RecordingNotifications;
import org.lvzhi.application.testing.SeatBuilder;
import org.lvzhi.application.testing.TestData;
import org.lvzhi.domain.compliance.Compliance;
import org.lvzhi.domain.compliance.QuotaStatus;
import org.lvzhi.domain.compliance.DateRange;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.deputy.ContactDetails;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.Person;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.duty.AbsenceId;
import org.lvzhi.domain.supervision.ConfirmedRecords;

/**
 * The archive and supervision use cases on the in-memory platform, under the Qinghai-like profile, with a clock
 * the test moves: Qinghai's 14th term (from 2023-01-15) and two deputies, 马建国 (login ma.jianguo) and 才让卓玛.
 */
final class ArchiveTestBed {

    final InMemoryPlatform platform = InMemoryPlatform.create();
    final MovableDayClock clock = new MovableDayClock(LocalDate.of(2025, 1, 25));
    final PolicyProfileQueries profiles;
    final RecordingRegister register = new RecordingRegister();
    final SavedStandings standings = new SavedStandings();
    final RecordingNotifications notifications = new RecordingNotifications();
    final DeputyFiles files = new DeputyFiles(platform.terms(), platform.positions(),
            (deputies, from, to) -> deputies.stream().collect(Collectors.toMap(deputy -> deputy,
                    deputy -> new DutyHistoryPort.DutyHistory(platform.records().ofDeputy(deputy, from, to),
                            platform.absences().ofDeputy(deputy, from, to)))),
            (deputies, plan, from, to) -> deputies.stream().collect(Collectors.toMap(deputy -> deputy,
                    deputy -> new SupervisionHistoryPort.SupervisionHistory(
                            plan.keep(ConfirmedRecords.confirmedOf(platform.records().ofDeputy(deputy, from, to))),
                            platform.absences().ofDeputy(deputy, from, to)))));
    final List<DateRange> sessions = new ArrayList<>();
    final SupervisionReview review;
    final SupervisionService supervision;
    final ArchiveService archives;
    final RankingReview rankings;
    final NightlyEvaluation nightly;
    final Term term = platform.terms().seed(QINGHAI, TestData.term(14, 2023));
    final Deputy ma = seat("马建国", "ma.jianguo");
    final Deputy cairang = seat("才让卓玛", "cairang");

    ArchiveTestBed() {
        this(QinghaiLike.profiles());
    }

    /** The same platform with the congresses working under other profiles. */
    ArchiveTestBed(PolicyProfileQueries profiles) {
        this.profiles = profiles;
        this.review = new SupervisionReview(platform.deputies(), files, platform.cases(), term -> sessions, profiles, notifications, clock);
        this.supervision = new SupervisionService(platform.transactions(), platform.cases(), review, platform.deputies(), register, profiles,
                new RecordingNotifications(), clock);
        this.archives = new ArchiveService(platform.transactions(), platform.deputies(), files, platform.cases(), standings, profiles);
        this.rankings = new RankingReview(platform.deputies(), platform.terms(), files, platform.cases(), review, profiles, clock);
        this.nightly = new NightlyEvaluation(platform.transactions(), platform.terms(), platform.deputies(), review, rankings,
                new ComplianceRun(platform.complianceCounts()), standings, profiles);
    }

    private Deputy seat(String name, String login) {
        Person person = platform.persons().seed(QINGHAI, TestData.person(name, login));
        return platform.deputies().seed(QINGHAI, Deputy.elect(person.id(), term.id(), SeatBuilder.aSeat().build(), ContactDetails.NONE));
    }

    /** Files a whole session the deputy missed without approved leave. */
    Absence missedSession(Deputy deputy, String session, LocalDate on) {
        return platform.absences().seed(QINGHAI,
                new Absence(AbsenceId.random(), deputy.id(), Absence.SESSION, on, Optional.of(session), false, false));
    }

    /** Changes the deputy's status in the platform's register as the register does, recording each command. */
    final class RecordingRegister implements DeputyRegisterUseCase {

        final List<ChangeDeputyStatusCommand> changes = new ArrayList<>();

        @Override
        public DeputyView changeStatus(ActingCaller caller, DeputyId id, ChangeDeputyStatusCommand command) {
            changes.add(command);
            return platform.transactions().inCongress(caller.congress(), () -> {
                DeputyView current = platform.deputies().find(id).orElseThrow();
                platform.deputies().update(current.deputy().moveTo(command.status()));
                return platform.deputies().find(id).orElseThrow();
            });
        }

        @Override
        public DeputyView register(CongressId congress, RegisterDeputyCommand command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DeputyView update(CongressId congress, DeputyId id, UpdateDeputyCommand command) {
            throw new UnsupportedOperationException();
        }
    }

    /** The latest evaluation saved per deputy. */
    static final class SavedStandings implements ComplianceStandingPort {

        final Map<DeputyId, Compliance> saved = new LinkedHashMap<>();

        @Override
        public void saveAll(Map<DeputyId, Compliance> standings) {
            saved.putAll(standings);
        }

        @Override
        public Slice<ComplianceStanding> list(StandingFilter filter, KeysetRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<QuotaStatus, Long> countsByStatus(StandingFilter filter) {
            throw new UnsupportedOperationException();
        }
    }
}
