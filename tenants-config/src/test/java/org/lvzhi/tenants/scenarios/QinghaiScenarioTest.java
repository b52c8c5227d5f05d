package org.lvzhi.tenants.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.lvzhi.tenants.scenarios.ScenarioDeputy.day;
import static org.lvzhi.tenants.scenarios.ScenarioDeputy.deputy;
import static org.lvzhi.tenants.scenarios.ScenarioDeputy.deputyOfTerm;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lvzhi.domain.compliance.QuotaStatus;
import org.lvzhi.domain.compliance.QuotaVerdict;
import org.lvzhi.domain.duty.Absence;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.supervision.CaseOpening;
import org.lvzhi.domain.supervision.CaseOutcome;
import org.lvzhi.domain.supervision.SupervisionCase;

/** Qinghai's supervision rules, judged from its real profile over the baseline. */
class QinghaiScenarioTest {

    private static final EffectiveProfile QINGHAI = SeedCongresses.effective("qinghai", day("2026-01-01"));

    @Test
    @DisplayName("QH-11.3: a deputy missing two group meetings without approval has missed no session — no case")
    void groupMeetingsAreNotASession() {
        var deputy = deputy().absentWithoutLeave(Absence.SESSION_MEETING, "2025-01-15", "2025-01-16");

        assertThat(deputy.openings("QH-11.3", QINGHAI, "2025-01-20")).isEmpty();
    }

    @Test
    @Tag("QH-11.3")
    @DisplayName("QH-11.3 “无故一次不出席省人民代表大会会议的，由所在代表团团长或原选举单位负责同志进行约谈。未经批准两次不出席省人民代表大会会议的，其代表资格终止”: the first session missed opens the interview, the second the termination")
    void oneThenTwoSessions() {
        var deputy = deputy().absentWithoutLeave(Absence.SESSION, "2025-01-15");

        CaseOpening interview = deputy.openings("QH-11.3", QINGHAI, "2025-01-20").getFirst();
        assertThat(interview).extracting(CaseOpening::action, CaseOpening::actor, CaseOpening::alternatives, CaseOpening::article)
                .containsExactly("INTERVIEW", "DELEGATION_HEAD", List.of("ELECTING_UNIT"), "第十一条第（三）项");
        SupervisionCase interviewCase = deputy.open(interview, "2025-01-20");

        deputy.absentWithoutLeave(Absence.SESSION, "2026-01-14");
        var second = deputy.openings("QH-11.3", QINGHAI, "2026-01-20", interviewCase);

        assertThat(second).extracting(CaseOpening::action, CaseOpening::actor).containsExactly(tuple("TERMINATION", "STANDING_COMMITTEE"));
        assertThat(deputy.open(second.getFirst(), "2026-01-20").close(CaseOutcome.CONFIRMED, "依法终止代表资格", "资格审查委员会", day("2026-02-01"))
                .terminates()).isTrue();
    }

    @Test
    @Tag("QH-11.5")
    @DisplayName("QH-11.5 “应邀已确定参加…未经批准无故两次不参加的，由常委会办公厅采取适当方式通报，通报后仍不积极参加活动的，由原选举单位相关负责同志进行约谈”: the second absence opens the notice, the interview follows it unresolved")
    void noticeThenInterview() {
        var deputy = deputy().absentAfterConfirming("TRAINING", "2025-03-01").absentAfterConfirming("INSPECTION", "2025-05-10");

        CaseOpening notice = deputy.openings("QH-11.5", QINGHAI, "2025-05-20").getFirst();
        assertThat(notice).extracting(CaseOpening::action, CaseOpening::actor).containsExactly("CIRCULATED_NOTICE", "GENERAL_OFFICE");
        SupervisionCase noticeCase = deputy.open(notice, "2025-05-20");

        assertThat(deputy.openings("QH-11.5", QINGHAI, "2025-07-01", noticeCase)).isEmpty();
        var afterUnresolved = deputy.openings("QH-11.5", QINGHAI, "2025-09-01",
                noticeCase.close(CaseOutcome.UNRESOLVED, "通报后仍不参加常委会组织的活动", "办公厅", day("2025-08-15")));
        assertThat(afterUnresolved).extracting(CaseOpening::action, CaseOpening::actor)
                .containsExactly(tuple("INTERVIEW", "ELECTING_UNIT"));
    }

    @Test
    @DisplayName("QH-11.5: absences from activities the deputy never confirmed do not count")
    void unconfirmedAbsencesDoNotCount() {
        var deputy = deputy().absentWithoutLeave("TRAINING", "2025-03-01").absentWithoutLeave("INSPECTION", "2025-05-10");

        assertThat(deputy.openings("QH-11.5", QINGHAI, "2025-05-20")).isEmpty();
    }

    @Test
    @Tag("QH-12")
    @DisplayName("QH-12 “与固定联系人失去联系一年以上的，由原选举单位相关负责同志进行约谈，约谈后仍未积极联系群众的，劝其辞去省人大代表职务”: a year to the day opens the interview (以上 includes it), then persuasion to resign")
    void rollingYearWithoutContact() {
        var deputy = deputy().recorded("STATION_RECEPTION", "2024-02-10").recorded("FIXED_CONTACT_VISIT", "2024-03-01");

        assertThat(deputy.openings("QH-12", QINGHAI, "2025-02-28")).isEmpty();
        CaseOpening interview = deputy.openings("QH-12", QINGHAI, "2025-03-01").getFirst();
        assertThat(interview).extracting(CaseOpening::action, CaseOpening::actor).containsExactly("INTERVIEW", "ELECTING_UNIT");

        var stillOutOfContact = deputy.openings("QH-12", QINGHAI, "2025-06-01",
                deputy.open(interview, "2025-03-01").close(CaseOutcome.UNRESOLVED, "约谈后仍未联系群众", "原选举单位", day("2025-05-01")));
        assertThat(stillOutOfContact).extracting(CaseOpening::action).containsExactly("PERSUADE_TO_RESIGN");
    }

    @Test
    @DisplayName("QH-12: receiving the public at a station does not replace contact with the fixed contacts")
    void fixedContactsLapse() {
        var deputy = deputy().recorded("FIXED_CONTACT_VISIT", "2024-03-01").recorded("STATION_RECEPTION", "2024-09-01", "2025-02-01");

        assertThat(deputy.openings("QH-12", QINGHAI, "2025-03-01")).extracting(CaseOpening::action).containsExactly("INTERVIEW");
    }

    @Test
    @Tag("QH-7.3")
    @DisplayName("QH-7.3 “每年与群众见面走访不少于3次，也可通过电话、微信、信函等方式保持经常联系”: three visits to one fixed contact meet it (不少于 includes 3); calls are no visits")
    void threeVisitsAYear() {
        var deputy = deputy().recordedWith("FIXED_CONTACT_VISIT", "王大妈", "2026-02-01", "2026-06-01")
                .recordedWith("FIXED_CONTACT_REMOTE", "李大爷", "2026-07-01", "2026-08-01")
                .recordedWith("FIXED_CONTACT_REMOTE", "张阿姨", "2026-09-01");

        assertThat(deputy.compliance(QINGHAI, "2026-12-01").verdictsFor("QH-7.3")).extracting(v -> v.count().longValueExact(), QuotaVerdict::status)
                .containsExactly(tuple(2L, QuotaStatus.BEHIND));
        deputy.recordedWith("FIXED_CONTACT_VISIT", "王大妈", "2026-12-20");
        assertThat(deputy.compliance(QINGHAI, "2026-12-31").verdictsFor("QH-7.3")).extracting(v -> v.count().longValueExact(), QuotaVerdict::status)
                .containsExactly(tuple(3L, QuotaStatus.MET));
    }

    @Test
    @Tag("QH-7.2")
    @DisplayName("QH-7.2 “积极参加代表工作室、代表联络室的联系群众活动，每年不少于3次”: three in the year meet it; two by 1 December are behind")
    void threeLiaisonActivitiesAYear() {
        var deputy = deputy().recorded("LIAISON_ROOM_ACTIVITY", "2026-03-01").recorded("STATION_RECEPTION", "2026-06-01");

        assertThat(deputy.compliance(QINGHAI, "2026-12-01").status("QH-7.2")).contains(QuotaStatus.BEHIND);
        assertThat(deputy.recorded("STATION_RECEPTION", "2026-12-01").compliance(QINGHAI, "2026-12-01").verdictsFor("QH-7.2"))
                .extracting(v -> v.count().longValueExact(), QuotaVerdict::minimum, QuotaVerdict::status)
                .containsExactly(tuple(3L, 3, QuotaStatus.MET));
    }

    @Test
    @Tag("QH-7.2")
    @DisplayName("QH-7.2 “每年不少于3次” over the term's last 14 days (the 14th term ends 2028-01-14) asks the year's share, none: nothing is at risk")
    void yearlyQuotaOverTheTermsLastDays() {
        var deputy = deputyOfTerm("2023-01-15", "2028-01-14");

        assertThat(deputy.compliance(QINGHAI, "2028-01-05").verdictsFor("QH-7.2"))
                .extracting(QuotaVerdict::minimum, QuotaVerdict::status).containsExactly(tuple(0, QuotaStatus.MET));
        assertThat(deputy.compliance(QINGHAI, "2023-12-31").verdictsFor("QH-7.2"))
                .extracting(QuotaVerdict::minimum, QuotaVerdict::status).containsExactly(tuple(3, QuotaStatus.BEHIND));
    }

    @Test
    @Tag("QH-6.3")
    @DisplayName("QH-6.3 “省人大代表在任期间至少应参加一次集中培训”: none by the term's last day is behind, one meets it")
    void oneTrainingPerTerm() {
        QuotaEdges.perTerm(QINGHAI, "QH-6.3", 1, "TRAINING");
    }
}
