package org.lvzhi.domain.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.domain.attendance.LeaveFixtures.approval;
import static org.lvzhi.domain.attendance.LeaveFixtures.profileOf;
import static org.lvzhi.domain.attendance.LeaveFixtures.qinghai;
import static org.lvzhi.domain.attendance.LeaveFixtures.seat;
import static org.lvzhi.domain.attendance.LeaveFixtures.step;
import static org.lvzhi.domain.shared.ViolationAssertions.violationOf;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.policy.ApprovalStep;
import org.lvzhi.domain.shared.Violation;

class ApprovalChainsTest {

    private static List<String> actors(ApprovalChain chain) {
        return chain.steps().stream().map(ApprovalStep::actor).toList();
    }

    private static ApprovalChain meetingLeave(int halfDays, MeetingKind... kinds) {
        return ApprovalChains.select(qinghai(),
                new ApprovalChains.Request(LeaveFrom.SESSION_MEETING, Set.of(kinds), halfDays, seat(false), Set.of()));
    }

    @Test
    @DisplayName("QH-4.2.2: half a day from a group meeting is approved by the delegation head alone (band edge 1 inclusive)")
    void halfDayGroupMeeting() {
        ApprovalChain chain = meetingLeave(1, MeetingKind.GROUP);

        assertThat(actors(chain)).containsExactly("DELEGATION_HEAD");
        assertThat(chain.rule()).isEqualTo("QH-4.2.2");
        assertThat(chain.filedBy()).contains("SESSION_SECRETARIAT");
        assertThat(chain.citation()).isEqualTo("QH-4.2.2（第四条第（二）项第2目）");
    }

    @Test
    @DisplayName("QH-4.2.2: one day (2 half-days, band edge inclusive) from group meetings takes the four-step chain")
    void oneDayGroupMeetings() {
        assertThat(actors(meetingLeave(2, MeetingKind.GROUP)))
                .containsExactly("DELEGATION_HEAD", "DELEGATION_OFFICE", "SESSION_SECRETARIAT", "SECRETARY_GENERAL");
    }

    @Test
    @DisplayName("QH-4.2.2: half a day from a plenary is covered by no clause and takes the strictest chain")
    void uncoveredTakesStrictest() {
        assertThat(actors(meetingLeave(1, MeetingKind.PLENARY))).hasSize(4).startsWith("DELEGATION_HEAD");
        assertThat(actors(meetingLeave(1, MeetingKind.GROUP, MeetingKind.PREPARATORY))).hasSize(4);
    }

    @Test
    @DisplayName("the strictest chain is the one with the most steps; on a tie the first in profile order")
    void strictestTieTakesFirst() {
        var profile = profileOf(
                approval("X-1", "第一条", "SESSION_MEETING", List.of("GROUP"), null, 1, null, step("DELEGATION_HEAD", "APPROVE")),
                approval("X-2", "第二条", "SESSION_MEETING", List.of("GROUP"), null, 1, null,
                        step("DELEGATION_HEAD", "SIGN"), step("PRESIDIUM", "APPROVE")),
                approval("X-3", "第三条", "SESSION_MEETING", List.of("GROUP"), null, 1, null,
                        step("DELEGATION_OFFICE", "SIGN"), step("PRESIDIUM", "APPROVE")));

        ApprovalChain chain = ApprovalChains.select(profile,
                new ApprovalChains.Request(LeaveFrom.SESSION_MEETING, Set.of(MeetingKind.PLENARY), 1, seat(false), Set.of()));

        assertThat(chain.rule()).isEqualTo("X-2");
    }

    @Test
    @DisplayName("QH-4.2.1: a military deputy's whole-session leave is agreed by the political work bureau, not the electing unit")
    void militaryAudience() {
        ApprovalChain civilian = ApprovalChains.select(qinghai(),
                new ApprovalChains.Request(LeaveFrom.WHOLE_SESSION, Set.of(MeetingKind.PLENARY), 8, seat(false), Set.of()));
        ApprovalChain military = ApprovalChains.select(qinghai(),
                new ApprovalChains.Request(LeaveFrom.WHOLE_SESSION, Set.of(MeetingKind.PLENARY), 8, seat(true), Set.of()));

        assertThat(actors(civilian)).containsExactly("ELECTING_UNIT_STANDING_COMMITTEE", "GENERAL_OFFICE", "CHAIR");
        assertThat(actors(military)).containsExactly("MILITARY_POLITICAL_WORK_BUREAU", "GENERAL_OFFICE", "CHAIR");
        assertThat(military.rule()).isEqualTo("QH-4.2.1");
    }

    @Test
    @DisplayName("leave the profile has no chain for at all is refused with a Chinese message")
    void noChainAtAll() {
        Violation violation = violationOf(() -> ApprovalChains.select(qinghai(),
                new ApprovalChains.Request(LeaveFrom.TRAINING, Set.of(), 1, seat(false), Set.of())));

        assertThat(violation.field()).isEqualTo("leaveFrom");
        assertThat(violation.message()).contains("学习培训", "请假审批程序");
    }

    @Test
    @DisplayName("QH-4.1: a reason the profile does not list is refused, naming the allowed reasons in Chinese")
    void reasonOutsideTheList() {
        Violation violation = violationOf(() -> ApprovalChains.checkReason(qinghai(), LeaveFrom.SESSION_MEETING, "VACATION"));

        assertThat(violation.field()).isEqualTo("reason");
        assertThat(violation.message()).contains("公务出国、出境", "因病或其他特殊情况");
        ApprovalChains.checkReason(qinghai(), LeaveFrom.SESSION_MEETING, "ILLNESS_OR_SPECIAL");
    }

    @Test
    @DisplayName("a kind of leave the profile lists no reasons for takes any reason")
    void noReasonList() {
        ApprovalChains.checkReason(qinghai(), LeaveFrom.RECESS_ACTIVITY, "家中有事");
    }
}
