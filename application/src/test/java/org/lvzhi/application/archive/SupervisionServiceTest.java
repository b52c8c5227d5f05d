package org.lvzhi.application.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.lvzhi.application.testing.TestData.QINGHAI;
import static org.lvzhi.application.testing.TestData.caller;
import static org.lvzhi.application.testing.ViolationAssertions.violationOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.supervision.CaseOutcome;
import org.lvzhi.domain.supervision.CaseState;
import org.lvzhi.domain.supervision.SupervisionCase;

/** Supervision cases opened by the rules as facts arrive and each night, and closed by staff. */
class SupervisionServiceTest {

    private static final LocalDate THIRD_SESSION = LocalDate.of(2025, 1, 20);
    private static final LocalDate FOURTH_SESSION = LocalDate.of(2026, 1, 19);

    private final ArchiveTestBed bed = new ArchiveTestBed();
    private final ActingCaller liaison = caller("qinghai-liaison", QINGHAI, AccessRole.LIAISON_OFFICER);

    /** Both sessions missed, each evaluated at night a few days after it; answers the cases in the order opened. */
    private List<SupervisionCase> twoSessionsMissed() {
        bed.missedSession(bed.ma, "third-session", THIRD_SESSION);
        bed.nightly.evaluate(QINGHAI, THIRD_SESSION.plusDays(5));
        bed.missedSession(bed.ma, "fourth-session", FOURTH_SESSION);
        bed.nightly.evaluate(QINGHAI, FOURTH_SESSION.plusDays(5));
        return bed.platform.cases().stored(QINGHAI);
    }

    @Test
    @DisplayName("QH-11.3: a first session missed without approval opens an interview, a second a termination proceeding")
    void interviewThenTermination() {
        bed.missedSession(bed.ma, "third-session", THIRD_SESSION);
        int first = bed.nightly.evaluate(QINGHAI, THIRD_SESSION.plusDays(5));
        bed.missedSession(bed.ma, "fourth-session", FOURTH_SESSION);
        int second = bed.nightly.evaluate(QINGHAI, FOURTH_SESSION.plusDays(5));

        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(1);
        assertThat(bed.platform.cases().stored(QINGHAI))
                .extracting(SupervisionCase::deputy, SupervisionCase::rule, SupervisionCase::step, SupervisionCase::action)
                .containsExactly(tuple(bed.ma.id(), "QH-11.3", 1, "INTERVIEW"), tuple(bed.ma.id(), "QH-11.3", 2, "TERMINATION"));
        assertThat(bed.notifications.sent()).as("the deputy is told of each case opened")
                .extracting(n -> n.event(), n -> n.variables().get("rule"), n -> n.variables().get("deputyId"))
                .containsExactly(tuple("supervision.case-opened", "QH-11.3", bed.ma.id().toString()),
                        tuple("supervision.case-opened", "QH-11.3", bed.ma.id().toString()));
    }

    @Test
    @DisplayName("QH-11.3: evaluating again, at night or on demand, opens nothing new")
    void evaluatingAgainOpensNothing() {
        twoSessionsMissed();

        int again = bed.nightly.evaluate(QINGHAI, FOURTH_SESSION.plusDays(6));
        bed.clock.setToday(FOURTH_SESSION.plusDays(7));
        var onDemand = bed.supervision.review(liaison, bed.ma.id());

        assertThat(again).isZero();
        assertThat(onDemand).isEmpty();
        assertThat(bed.platform.cases().stored(QINGHAI)).hasSize(2);
        assertThat(bed.notifications.sent()).hasSize(2);
    }

    @Test
    @DisplayName("QH-11.3: a fact filed for the deputy opens the case at once, without waiting for the night")
    void factFiledOpensAtOnce() {
        bed.missedSession(bed.ma, "third-session", THIRD_SESSION);

        bed.platform.transactions().inCongress(QINGHAI, () -> {
            bed.review.filed(QINGHAI, bed.ma.id());
            return null;
        });

        assertThat(bed.platform.cases().stored(QINGHAI)).singleElement().extracting(SupervisionCase::action).isEqualTo("INTERVIEW");
    }

    @Test
    @DisplayName("QH-11.3: closing the termination proceeding CONFIRMED terminates the deputy through the register")
    void confirmedTerminationTerminatesDeputy() {
        SupervisionCase termination = twoSessionsMissed().getLast();
        bed.clock.setToday(LocalDate.of(2026, 2, 1));

        SupervisionCase closed = bed.supervision.close(liaison, termination.id(), CaseOutcome.CONFIRMED, "依法终止代表资格");

        assertThat(closed.terminates()).isTrue();
        assertThat(bed.register.changes).singleElement().satisfies(change -> {
            assertThat(change.status()).isEqualTo(DeputyStatus.TERMINATED);
            assertThat(change.reason()).contains(termination.id().toString()).contains("QH-11.3");
        });
        assertThat(bed.platform.deputies().stored(QINGHAI, bed.ma.id()).status()).isEqualTo(DeputyStatus.TERMINATED);
        assertThat(bed.platform.cases().stored(QINGHAI)).filteredOn(c -> c.id().equals(termination.id()))
                .singleElement().extracting(SupervisionCase::state).isEqualTo(CaseState.CLOSED);
    }

    @Test
    @DisplayName("closing an interview leaves the deputy's status alone")
    void closingInterviewChangesNoStatus() {
        SupervisionCase interview = twoSessionsMissed().getFirst();
        bed.clock.setToday(LocalDate.of(2026, 2, 1));

        bed.supervision.close(liaison, interview.id(), CaseOutcome.RESOLVED, "已约谈");

        assertThat(bed.register.changes).isEmpty();
        assertThat(bed.platform.deputies().stored(QINGHAI, bed.ma.id()).status()).isEqualTo(DeputyStatus.ACTIVE);
    }

    @Test
    @DisplayName("closing a case that is already closed is refused on its state")
    void closingClosedCaseRefused() {
        SupervisionCase interview = twoSessionsMissed().getFirst();
        bed.clock.setToday(LocalDate.of(2026, 2, 1));
        bed.supervision.close(liaison, interview.id(), CaseOutcome.RESOLVED, "已约谈");

        var violation = violationOf(() -> bed.supervision.close(liaison, interview.id(), CaseOutcome.UNRESOLVED, "再次关闭"));

        assertThat(violation.field()).isEqualTo("state");
        assertThat(bed.platform.cases().stored(QINGHAI)).filteredOn(c -> c.id().equals(interview.id()))
                .singleElement().extracting(SupervisionCase::outcome).isEqualTo(Optional.of(CaseOutcome.RESOLVED));
    }

    @Test
    @DisplayName("only staff close cases")
    void onlyStaffClose() {
        SupervisionCase interview = twoSessionsMissed().getFirst();

        Throwable refused = catchThrowable(() -> bed.supervision.close(caller("ma.jianguo", QINGHAI, AccessRole.DEPUTY),
                interview.id(), CaseOutcome.RESOLVED, "自行关闭"));

        assertThat(refused).isInstanceOf(AccessDenied.class);
        assertThat(bed.platform.cases().stored(QINGHAI)).allMatch(c -> c.state() == CaseState.OPEN);
    }
}
