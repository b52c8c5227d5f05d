package org.lvzhi.tenants.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.lvzhi.tenants.scenarios.ScenarioDeputy.day;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.attendance.ApprovalChain;
import org.lvzhi.domain.attendance.ApprovalChains;
import org.lvzhi.domain.attendance.LeaveFrom;
import org.lvzhi.domain.attendance.MeetingKind;
import org.lvzhi.domain.deputy.Constituency;
import org.lvzhi.domain.deputy.Seat;
import org.lvzhi.domain.policy.ApprovalStep;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.shared.InvariantViolation;

/** Who approves which leave, as the seed profiles prescribe it: the chain chosen, its steps in order, and its filing. */
class ApprovalScenarioTest {

    private static final EffectiveProfile QINGHAI = SeedCongresses.effective("qinghai", day("2026-01-01"));
    private static final EffectiveProfile HUNAN = SeedCongresses.effective("hunan", day("2026-01-01"));
    private static final EffectiveProfile DONGCHENG = SeedCongresses.effective("bj-dongcheng", day("2026-01-01"));
    private static final EffectiveProfile JIADING = SeedCongresses.effective("sh-jiading", day("2026-01-01"));

    private static ApprovalChain chain(EffectiveProfile profile, LeaveFrom from, int halfDays, boolean military, MeetingKind... meetings) {
        Seat seat = new Seat(Constituency.ELECTING_UNIT, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, military);
        return ApprovalChains.select(profile, new ApprovalChains.Request(from, Set.of(meetings), halfDays, seat, Set.of()));
    }

    private static List<String> actors(ApprovalChain chain) {
        return chain.steps().stream().map(ApprovalStep::actor).toList();
    }

    @Test
    @Tag("QH-4.1")
    @DisplayName("QH-4.1 “除下列情形外，不得请假。1. 公务出国、出境；2. 参加中央、省委召开的重要会议和活动；3. 因病或其他特殊情况”: any other reason is refused, naming the three")
    void qinghaiLeaveReasons() {
        InvariantViolation refused = catchThrowableOfType(InvariantViolation.class,
                () -> ApprovalChains.checkReason(QINGHAI, LeaveFrom.WHOLE_SESSION, "FAMILY_EVENT"));

        assertThat(refused.violations().getFirst().message()).contains("公务出国、出境").contains("因病或其他特殊情况");
        assertThatCode(() -> ApprovalChains.checkReason(QINGHAI, LeaveFrom.SESSION_MEETING, "ILLNESS_OR_SPECIAL")).doesNotThrowAnyException();
    }

    @Test
    @Tag("QH-4.2.1")
    @DisplayName("QH-4.2.1 “经各市州的人大常委会和省军区政治工作局同意后…由省人大常委会主任或主持日常工作的副主任批准，省人大常委会办公厅备案”: the deputy's own body agrees, the chair approves, the general office files")
    void qinghaiWholeSession() {
        ApprovalChain civilian = chain(QINGHAI, LeaveFrom.WHOLE_SESSION, 6, false);
        ApprovalChain military = chain(QINGHAI, LeaveFrom.WHOLE_SESSION, 6, true);

        assertThat(actors(civilian)).containsExactly("ELECTING_UNIT_STANDING_COMMITTEE", "GENERAL_OFFICE", "CHAIR");
        assertThat(actors(military)).containsExactly("MILITARY_POLITICAL_WORK_BUREAU", "GENERAL_OFFICE", "CHAIR");
        assertThat(civilian.steps().getLast().alternatives()).containsExactly("EXECUTIVE_VICE_CHAIR");
        assertThat(civilian.filedBy()).contains("GENERAL_OFFICE");
    }

    @Test
    @Tag("QH-4.2.2")
    @DisplayName("QH-4.2.2 “请假一天及一天以上的…报大会主席团秘书长审批；分组会议需请假半天及半天以内的，由代表团团长审批”: two half-days go to the secretary-general (以上 includes a day), one half-day from a group meeting stays with the head")
    void qinghaiDuringTheSession() {
        assertThat(actors(chain(QINGHAI, LeaveFrom.SESSION_MEETING, 2, false, MeetingKind.GROUP)))
                .containsExactly("DELEGATION_HEAD", "DELEGATION_OFFICE", "SESSION_SECRETARIAT", "SECRETARY_GENERAL");
        ApprovalChain halfDay = chain(QINGHAI, LeaveFrom.SESSION_MEETING, 1, false, MeetingKind.GROUP);
        assertThat(actors(halfDay)).containsExactly("DELEGATION_HEAD");
        assertThat(halfDay.filedBy()).contains("SESSION_SECRETARIAT");
        assertThat(actors(chain(QINGHAI, LeaveFrom.SESSION_MEETING, 1, false, MeetingKind.PLENARY)))
                .as("half a day from a plenary, which no clause covers, takes the stricter chain").contains("SECRETARY_GENERAL");
    }

    @Test
    @Tag("DC-3.1.1")
    @DisplayName("DC-3.1.1 “经人大街工委主任同意…由区人大常委会主任或主持日常工作的副主任批准”: the work committee director agrees, the chair approves")
    void dongchengWholeSession() {
        ApprovalChain chain = chain(DONGCHENG, LeaveFrom.WHOLE_SESSION, 6, false);

        assertThat(actors(chain)).containsExactly("WORK_COMMITTEE_DIRECTOR", "GENERAL_OFFICE", "CHAIR");
        assertThat(chain.filedBy()).contains("GENERAL_OFFICE");
    }

    @Test
    @Tag("DC-3.2")
    @Tag("BL-15")
    @DisplayName("DC-3.2 “应邀参加…会议…向组织单位请假” and BL-15 “因健康等特殊原因不能参加有组织的代表活动的应当请假”: the organiser approves")
    void organiserApproves() {
        assertThat(chain(DONGCHENG, LeaveFrom.INVITED_MEETING, 1, false).rule()).isEqualTo("DC-3.2");
        assertThat(actors(chain(DONGCHENG, LeaveFrom.INVITED_MEETING, 1, false))).containsExactly("ORGANISER");
        ApprovalChain recess = chain(HUNAN, LeaveFrom.RECESS_ACTIVITY, 2, false);
        assertThat(recess).extracting(ApprovalChain::rule).isEqualTo("BL-15");
        assertThat(actors(recess)).containsExactly("ORGANISER");
    }

    @Test
    @Tag("JD-5")
    @DisplayName("JD-5 “应按照有关请假制度书面向所在代表团团长请假，经大会秘书长批准，报大会秘书处备案”: head, then secretary-general, filed by the secretariat; only the three reasons")
    void jiadingSessionLeave() {
        ApprovalChain chain = chain(JIADING, LeaveFrom.WHOLE_SESSION, 6, false);

        assertThat(actors(chain)).containsExactly("DELEGATION_HEAD", "SECRETARY_GENERAL");
        assertThat(chain.filedBy()).contains("SESSION_SECRETARIAT");
        assertThat(ApprovalChains.allowedReasons(JIADING, LeaveFrom.SESSION_MEETING)).extracting(r -> r.code())
                .containsExactly("OFFICIAL_TRIP_ABROAD", "IMPORTANT_MEETING", "ILLNESS_OR_SPECIAL");
    }

    @Test
    @Tag("BL-7")
    @DisplayName("BL-7 “必须书面向本级人民代表大会常务委员会、乡镇人民代表大会主席团请假…经代表团团长同意报大会主席团批准”: the standing committee (township: presidium) answers; during the session the head agrees, the presidium approves")
    void baselineSessionLeave() {
        ApprovalChain whole = chain(HUNAN, LeaveFrom.WHOLE_SESSION, 6, false);

        assertThat(whole.steps()).extracting(ApprovalStep::actor, ApprovalStep::alternatives)
                .containsExactly(tuple("STANDING_COMMITTEE", List.of("PRESIDIUM")));
        assertThat(actors(chain(HUNAN, LeaveFrom.SESSION_MEETING, 1, false, MeetingKind.GROUP))).containsExactly("DELEGATION_HEAD", "PRESIDIUM");
    }
}
