package org.lvzhi.domain.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.compliance.DutyFixtures.DEPUTY;
import static org.lvzhi.domain.policy.ProfileFixtures.date;
import static org.lvzhi.domain.shared.ViolationAssertions.violationOf;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SupervisionCaseTest {

    private static final CaseOpening INTERVIEW =
            new CaseOpening("QH-11.3", "第十一条第（三）项", "SESSION@2023-01-01:1", 1, "INTERVIEW", "DELEGATION_HEAD", List.of("ELECTING_UNIT"), List.of("a1"));
    private static final CaseOpening TERMINATION =
            new CaseOpening("QH-11.3", "第十一条第（三）项", "SESSION@2023-01-01:2", 2, "TERMINATION", "STANDING_COMMITTEE", List.of(), List.of("a1", "a2"));

    @Test
    @DisplayName("an opened case carries what the rule asked for and is open")
    void openCarriesTheOpening() {
        var opened = SupervisionCase.open(DEPUTY, INTERVIEW, date("2026-03-10"));

        assertThat(opened.state()).isEqualTo(CaseState.OPEN);
        assertThat(opened.outcome()).isEmpty();
        assertThat(opened).extracting(SupervisionCase::rule, SupervisionCase::triggerKey, SupervisionCase::step, SupervisionCase::actor,
                SupervisionCase::alternatives, SupervisionCase::evidence, SupervisionCase::openedOn)
                .containsExactly("QH-11.3", "SESSION@2023-01-01:1", 1, "DELEGATION_HEAD", List.of("ELECTING_UNIT"), List.of("a1"), date("2026-03-10"));
    }

    @Test
    @DisplayName("closing a case records the outcome, the note, who closed it and when")
    void closeRecordsTheOutcome() {
        var closed = SupervisionCase.open(DEPUTY, INTERVIEW, date("2026-03-10")).close(CaseOutcome.RESOLVED, "已约谈，代表表示改进", "张三", date("2026-03-20"));

        assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
        assertThat(closed.outcome()).contains(CaseOutcome.RESOLVED);
        assertThat(closed.note()).contains("已约谈，代表表示改进");
        assertThat(closed.closedBy()).contains("张三");
        assertThat(closed.closedOn()).contains(date("2026-03-20"));
        assertThat(closed.terminates()).isFalse();
    }

    @Test
    @DisplayName("a closed case cannot be closed again")
    void closeTwiceRefused() {
        var closed = SupervisionCase.open(DEPUTY, INTERVIEW, date("2026-03-10")).close(CaseOutcome.RESOLVED, "已约谈", "张三", date("2026-03-20"));

        assertThat(violationOf(() -> closed.close(CaseOutcome.UNRESOLVED, "再次", "李四", date("2026-04-01"))).field()).isEqualTo("state");
    }

    @Test
    @DisplayName("only a termination case can be closed CONFIRMED")
    void confirmedOnlyForTermination() {
        var interview = SupervisionCase.open(DEPUTY, INTERVIEW, date("2026-03-10"));

        var violation = violationOf(() -> interview.close(CaseOutcome.CONFIRMED, "确认", "张三", date("2026-03-20")));

        assertThat(violation.field()).isEqualTo("outcome");
        assertThat(violation.message()).contains("INTERVIEW");
    }

    @Test
    @DisplayName("a termination case closed CONFIRMED terminates the deputy's qualification; closed otherwise it does not")
    void terminationConfirmed() {
        var termination = SupervisionCase.open(DEPUTY, TERMINATION, date("2026-03-10"));

        assertThat(termination.close(CaseOutcome.CONFIRMED, "依法终止", "常委会", date("2026-03-30")).terminates()).isTrue();
        assertThat(termination.close(CaseOutcome.DISMISSED, "缺席登记有误", "常委会", date("2026-03-30")).terminates()).isFalse();
        assertThat(termination.terminates()).isFalse();
    }

    @Test
    @DisplayName("a case cannot be closed before the day it was opened")
    void closedBeforeOpenedRefused() {
        var opened = SupervisionCase.open(DEPUTY, INTERVIEW, date("2026-03-10"));

        assertThat(violationOf(() -> opened.close(CaseOutcome.RESOLVED, "已约谈", "张三", date("2026-03-09"))).field()).isEqualTo("closedOn");
    }

    @Test
    @DisplayName("closing a case needs a note")
    void noteRequired() {
        var opened = SupervisionCase.open(DEPUTY, INTERVIEW, date("2026-03-10"));

        assertThat(violationOf(() -> opened.close(CaseOutcome.RESOLVED, " ", "张三", date("2026-03-12"))).field()).isEqualTo("note");
        assertThat(opened.closedOn()).isEqualTo(Optional.empty());
    }
}
