package org.lvzhi.domain.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.lvzhi.domain.attendance.LeaveFixtures.approval;
import static org.lvzhi.domain.attendance.LeaveFixtures.circulated;
import static org.lvzhi.domain.attendance.LeaveFixtures.profileOf;
import static org.lvzhi.domain.attendance.LeaveFixtures.qinghai;
import static org.lvzhi.domain.attendance.LeaveFixtures.seat;
import static org.lvzhi.domain.attendance.LeaveFixtures.step;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.policy.EffectiveProfile;

/**
 * A session of 20 January 2025 (a plenary in the morning, a group meeting in the afternoon): one deputy on approved
 * leave from the group meeting, one on approved leave from the whole session, one who missed the group meeting without
 * leave, one who missed both, one who attended both.
 */
class CirculationTest {

    private static final LocalDate OPENS = LocalDate.of(2025, 1, 20);
    private static final Instant CLOSED = Instant.parse("2025-01-20T10:00:00Z");
    private static final Term TERM = new Term(TermId.random(), 17, LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31));
    private static final String DC_3_1_1 = "DC-3.1.1（第三条第（一）项第1目）";
    private static final String DC_3_1_2 = "DC-3.1.2（第三条第（一）项第2目）";

    private final Session session = Session.plan(TERM, 5, "东城区第十七届人大第五次会议", OPENS, OPENS, List.of(
            new Session.MeetingPlan(MeetingKind.PLENARY, OPENS, HalfDay.MORNING),
            new Session.MeetingPlan(MeetingKind.GROUP, OPENS, HalfDay.AFTERNOON)));
    private final MeetingId plenary = session.meetings().get(0).id();
    private final MeetingId group = session.meetings().get(1).id();
    private final DeputyId groupLeave = DeputyId.random();
    private final DeputyId sessionLeave = DeputyId.random();
    private final DeputyId missedGroup = DeputyId.random();
    private final DeputyId missedAll = DeputyId.random();
    private final DeputyId present = DeputyId.random();

    /** Dongcheng's chains: both 目 circulated by the session secretariat, leave and absences. */
    private static EffectiveProfile dongcheng() {
        return profileOf(
                circulated(approval("DC-3.1.1", "第三条第（一）项第1目", "WHOLE_SESSION", List.of(), null, null, "GENERAL_OFFICE",
                        step("WORK_COMMITTEE_DIRECTOR", "AGREE"), step("CHAIR", "APPROVE")), "SESSION_SECRETARIAT", "LEAVE", "ABSENCE"),
                circulated(approval("DC-3.1.2", "第三条第（一）项第2目", "SESSION_MEETING", List.of("PLENARY"), 1, null, null,
                        step("DELEGATION_HEAD", "SIGN"), step("SESSION_SECRETARIAT", "SUBMIT"), step("SECRETARY_GENERAL", "APPROVE")),
                        "SESSION_SECRETARIAT", "LEAVE", "ABSENCE"),
                circulated(approval("DC-3.1.2", "第三条第（一）项第2目", "SESSION_MEETING", List.of("GROUP"), null, 1, "SESSION_SECRETARIAT",
                        step("DELEGATION_HEAD", "APPROVE")), "SESSION_SECRETARIAT", "LEAVE", "ABSENCE"));
    }

    /** Qinghai's: only the meeting-leave chains (QH-4.2.2) circulated, and only leave. */
    private static EffectiveProfile qinghaiCirculating() {
        var rules = qinghai().rules().stream().map(r -> r.value()).map(r -> r.rule().equals("QH-4.2.2")
                ? circulated(r, "SESSION_SECRETARIAT", "LEAVE") : r).toArray(org.lvzhi.domain.policy.PolicyRule[]::new);
        return profileOf(rules);
    }

    private LeaveRequest approved(EffectiveProfile profile, DeputyId deputy, LeaveFrom from, List<MeetingId> meetings,
            Set<MeetingKind> kinds, int halfDays) {
        ApprovalChain chain = ApprovalChains.select(profile, new ApprovalChains.Request(from, kinds, halfDays, seat(false), Set.of()));
        LeaveRequest request = LeaveRequest.fromSession(deputy, from, session, session.meetings(meetings, "meetingIds"),
                "ILLNESS_OR_SPECIAL", Optional.empty(), chain, "staff", Instant.EPOCH);
        for (var step : chain.steps()) {
            request = request.decide(step.actor(), DecisionOutcome.PASS, "staff", Instant.EPOCH, Optional.empty(), Optional.of("文号"));
        }
        return request;
    }

    private SessionAttendance attendance(EffectiveProfile profile) {
        return new SessionAttendance(session, List.of(groupLeave, sessionLeave, missedGroup, missedAll, present),
                Map.of(plenary, Set.of(groupLeave, missedGroup, present), group, Set.of(present)),
                List.of(approved(profile, groupLeave, LeaveFrom.SESSION_MEETING, List.of(group), Set.of(MeetingKind.GROUP), 1),
                        approved(profile, sessionLeave, LeaveFrom.WHOLE_SESSION, List.of(),
                                Set.of(MeetingKind.PLENARY, MeetingKind.GROUP), 2)));
    }

    @Test
    @Tag("DC-3.1.2")
    @DisplayName("DC-3.1.2 “请假、缺席情况由大会秘书处进行通报”: the session closed on 20 January 2025 is circulated by the session secretariat with each approved leave (its rule) and each deputy's meetings missed without approval; who attended everything is not named")
    void dongchengCirculatesLeaveAndAbsences() {
        Circulation circulation = Circulation.of(attendance(dongcheng()), dongcheng(), CLOSED).orElseThrow();

        assertThat(circulation.session()).isEqualTo(session.id());
        assertThat(circulation.circulatedBy()).isEqualTo("SESSION_SECRETARIAT");
        assertThat(circulation.circulatedAt()).isEqualTo(CLOSED);
        assertThat(circulation.rules()).containsExactly(DC_3_1_1, DC_3_1_2);
        assertThat(circulation.circulates()).containsExactlyInAnyOrder(Circulation.Circulated.LEAVE, Circulation.Circulated.ABSENCE);
        assertThat(circulation.lines()).extracting(Circulation.Line::deputy, Circulation.Line::kind, Circulation.Line::meetings,
                        Circulation.Line::rule)
                .containsExactlyInAnyOrder(
                        tuple(groupLeave, Circulation.Circulated.LEAVE, List.of(group), Optional.of(DC_3_1_2)),
                        tuple(sessionLeave, Circulation.Circulated.LEAVE, List.of(plenary, group), Optional.of(DC_3_1_1)),
                        tuple(missedGroup, Circulation.Circulated.ABSENCE, List.of(group), Optional.empty()),
                        tuple(missedAll, Circulation.Circulated.ABSENCE, List.of(plenary, group), Optional.empty()));
        assertThat(circulation.count(Circulation.Circulated.LEAVE)).isEqualTo(2);
        assertThat(circulation.count(Circulation.Circulated.ABSENCE)).isEqualTo(2);
    }

    @Test
    @Tag("QH-4.2.2")
    @DisplayName("QH-4.2.2 “请假情况由主席团秘书处适时进行通报”: Qinghai circulates the leave from meetings only, no absences and no whole-session leave (QH-4.2.1 says nothing of it)")
    void qinghaiCirculatesMeetingLeaveOnly() {
        Circulation circulation = Circulation.of(attendance(qinghaiCirculating()), qinghaiCirculating(), CLOSED).orElseThrow();

        assertThat(circulation.circulates()).containsExactly(Circulation.Circulated.LEAVE);
        assertThat(circulation.lines()).extracting(Circulation.Line::deputy, Circulation.Line::kind)
                .containsExactly(tuple(groupLeave, Circulation.Circulated.LEAVE));
    }

    @Test
    @DisplayName("a profile whose session leave chains name no circulator circulates nothing")
    void noCirculator() {
        assertThat(Circulation.of(attendance(qinghai()), qinghai(), CLOSED)).isEmpty();
    }
}
