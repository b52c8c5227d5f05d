package org.lvzhi.tenants.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.lvzhi.tenants.scenarios.ScenarioDeputy.day;
import static org.lvzhi.tenants.scenarios.ScenarioDeputy.deputy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
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
    @DisplayName("QH-11.3: one whole session missed → interview by the delegation head or the electing unit; a second → termination")
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
    @DisplayName("QH-11.5: twice absent without approval after confirming → notice by the general office; interview only after it closes unresolved")
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
    @DisplayName("QH-12: a rolling year without contact with the public or the fixed contacts → interview by the electing unit")
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
}
