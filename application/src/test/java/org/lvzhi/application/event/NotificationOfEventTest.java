package org.lvzhi.application.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.attendance.event.LeaveRequestDecided;
import org.lvzhi.application.attendance.event.SessionLeaveCirculated;
import org.lvzhi.application.calendar.event.CalendarDutyDue;
import org.lvzhi.application.deadline.event.AboutDeadlines;
import org.lvzhi.application.deadline.event.DeadlineOverdue;
import org.lvzhi.application.deadline.event.DeadlineProgressReport;
import org.lvzhi.application.deadline.event.DeadlineReminder;
import org.lvzhi.application.deputy.event.DeputyStatusChanged;
import org.lvzhi.application.policy.event.PolicyProfileSaved;
import org.lvzhi.application.suggestion.event.AboutSuggestion;
import org.lvzhi.application.suggestion.event.SuggestionUrged;
import org.lvzhi.domain.attendance.LeaveFrom;
import org.lvzhi.domain.attendance.LeaveRequestId;
import org.lvzhi.domain.attendance.LeaveState;
import org.lvzhi.domain.attendance.SessionId;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deadline.DeadlineClock;
import org.lvzhi.domain.deadline.DeadlineId;
import org.lvzhi.domain.deadline.DeadlineSubject;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.suggestion.SuggestionId;
import org.lvzhi.domain.suggestion.SuggestionState;

class NotificationOfEventTest {

    private static final CongressId HUNAN = new CongressId("hunan");

    /** An event with what the typed ones carry: an enumerated value, an absent date, a number, a flag. */
    public record ProbeEvent(DeputyStatus status, Optional<LocalDate> dueOn, Optional<LocalDate> assignedOn, int round,
                             boolean complex) implements Event {

        @Override
        public String code() {
            return "probe.happened";
        }
    }

    @Test
    @DisplayName("a template reads labels and an absent value as nothing; the webhook data reads codes and leaves the absent out")
    void textsAndDataFromOneRecord() {
        Notification notification = Notification.of(HUNAN,
                new ProbeEvent(DeputyStatus.RESIGNED, Optional.empty(), Optional.of(LocalDate.of(2025, 3, 20)), 2, true), List.of());

        assertThat(notification.event()).isEqualTo("probe.happened");
        assertThat(notification.variables()).containsOnly(entry("status", "已辞职"), entry("dueOn", ""),
                entry("assignedOn", "2025-03-20"), entry("round", "2"), entry("complex", "true"));
        assertThat(notification.data()).containsOnly(entry("status", "RESIGNED"), entry("assignedOn", "2025-03-20"),
                entry("round", 2), entry("complex", true));
    }

    @Test
    @DisplayName("a blank text is absent from the webhook data, never an empty string")
    void blankTextIsLeftOutOfTheData() {
        Notification notification = Notification.of(HUNAN,
                new DeputyStatusChanged(DeputyId.random(), "张三", DeputyStatus.ACTIVE, DeputyStatus.SUSPENDED, ""), List.of());

        assertThat(notification.data()).doesNotContainKey("reason").containsEntry("status", "ACTIVE");
    }

    @Test
    @DisplayName("the payload's version is the event's, apart from a fact that happens to be named version")
    void payloadVersionIsNotAFact() {
        Notification notification = Notification.of(HUNAN, new PolicyProfileSaved(7, LocalDate.of(2025, 3, 1), "admin"), List.of());

        assertThat(notification.version()).isEqualTo(1);
        assertThat(notification.data()).containsEntry("version", 7);
    }

    @Test
    @DisplayName("a deputy's status change names the event by its code and carries both statuses, as labels and as codes")
    void deputyStatusChanged() {
        DeputyId deputy = DeputyId.random();

        Notification notification = Notification.of(HUNAN,
                new DeputyStatusChanged(deputy, "张三", DeputyStatus.RESIGNED, DeputyStatus.ACTIVE, "本人辞职"), List.of());

        assertThat(notification.event()).isEqualTo("deputy.status-changed");
        assertThat(notification.variables()).containsEntry("status", "已辞职").containsEntry("deputyId", deputy.toString());
        assertThat(notification.data()).containsOnly(entry("deputyId", deputy.toString()), entry("name", "张三"),
                entry("status", "RESIGNED"), entry("from", "ACTIVE"), entry("reason", "本人辞职"));
        assertThat(notification.data().values()).doesNotContain("");
    }

    @Test
    @DisplayName("a suggestion event carries what every one says of the suggestion at its top level, without an absent due date")
    void suggestionEventFlattensItsSharedFacts() {
        SuggestionId id = SuggestionId.random();
        AboutSuggestion about = new AboutSuggestion(id, "关于农村道路养护的建议", SuggestionState.ASSIGNED, Optional.empty());

        Notification notification = Notification.of(HUNAN, new SuggestionUrged(about, Optional.empty()), List.of());

        assertThat(notification.event()).isEqualTo("suggestion.urged");
        assertThat(notification.data()).containsOnly(entry("suggestionId", id.toString()), entry("title", "关于农村道路养护的建议"),
                entry("state", "ASSIGNED"));
        assertThat(notification.variables()).containsEntry("state", "已交办").containsEntry("dueOn", "").containsEntry("text", "");
    }

    @Test
    @DisplayName("a decided leave request carries where the leave is from and its state as labels and as codes, its note only when given")
    void leaveRequestDecided() {
        LeaveRequestId request = LeaveRequestId.random();
        DeputyId deputy = DeputyId.random();

        Notification notification = Notification.of(HUNAN, new LeaveRequestDecided(request, deputy, "张三", LeaveFrom.SESSION_MEETING,
                LeaveState.APPROVED, "QH-4.2.2（第四条第（二）项第2目）", Optional.empty()), List.of());

        assertThat(notification.event()).isEqualTo("leave-request.decided");
        assertThat(notification.variables()).containsEntry("leaveFrom", "大会期间的会议").containsEntry("state", "已批准")
                .containsEntry("note", "");
        assertThat(notification.data()).containsOnly(entry("leaveRequestId", request.toString()), entry("deputyId", deputy.toString()),
                entry("name", "张三"), entry("leaveFrom", "SESSION_MEETING"), entry("state", "APPROVED"),
                entry("rule", "QH-4.2.2（第四条第（二）项第2目）"));
    }

    @Test
    @DisplayName("a session's leave circulation carries the session, who circulated what under which rules, and the summary")
    void sessionLeaveCirculated() {
        SessionId session = SessionId.random();

        Notification notification = Notification.of(HUNAN, new SessionLeaveCirculated(session, "第十四届人民代表大会第三次会议",
                "大会秘书处", "DC-3.1.2", "请假和缺席情况", "请假2人次，缺席1人次"), List.of());

        assertThat(notification.event()).isEqualTo("session.leave-circulated");
        assertThat(notification.data()).containsOnly(entry("sessionId", session.toString()), entry("session", "第十四届人民代表大会第三次会议"),
                entry("circulatedBy", "大会秘书处"), entry("rules", "DC-3.1.2"), entry("what", "请假和缺席情况"),
                entry("summary", "请假2人次，缺席1人次"));
        assertThat(notification.variables()).isEqualTo(Map.copyOf(notification.data()));
    }

    @Test
    @DisplayName("a calendar duty's day carries its due date as an ISO date and its round only when it has several")
    void calendarDutyDue() {
        Notification notification = Notification.of(HUNAN, new CalendarDutyDue("年度履职报告", "QH-11.6", "第十一条第（六）项",
                LocalDate.of(2027, 11, 30), "还有7天到期", Optional.empty(), "每位代表", "代表工作委员会"), List.of());

        assertThat(notification.event()).isEqualTo("calendar-duty.due");
        assertThat(notification.variables()).containsEntry("dueOn", "2027-11-30").containsEntry("round", "");
        assertThat(notification.data()).containsOnly(entry("duty", "年度履职报告"), entry("rule", "QH-11.6"),
                entry("article", "第十一条第（六）项"), entry("dueOn", "2027-11-30"), entry("when", "还有7天到期"),
                entry("owedBy", "每位代表"), entry("submitTo", "代表工作委员会"));
    }

    @Test
    @DisplayName("a deadline digest reads as the first clock, counts and lists them all, and carries every id; each action its own code")
    void deadlineDigest() {
        DeadlineSubject road = new DeadlineSubject("SUGGESTION", "s-1", "关于农村道路养护的建议", Optional.empty());
        DeadlineSubject school = new DeadlineSubject("SUGGESTION", "s-2", "关于乡村学校建设的建议", Optional.empty());
        DeadlineClock first = clock(road, LocalDate.of(2026, 4, 30));
        DeadlineClock second = clock(school, LocalDate.of(2026, 5, 6));
        AboutDeadlines deadlines = AboutDeadlines.of(List.of(first, second), LocalDate.of(2026, 4, 16));

        Notification notification = Notification.of(HUNAN, new DeadlineReminder(deadlines), List.of());

        assertThat(notification.event()).isEqualTo("deadline.reminder");
        assertThat(notification.data()).containsOnly(entry("count", 2), entry("deadlineId", first.id().toString()),
                entry("deadlineIds", first.id() + "," + second.id()), entry("rule", "QH-3.5"), entry("article", "第三条第（五）项"),
                entry("what", "答复代表建议"), entry("subjectKind", "SUGGESTION"), entry("subjectId", "s-1"),
                entry("subjectTitle", "关于农村道路养护的建议等2件"), entry("dueOn", "2026-04-30"), entry("daysLeft", 14L),
                entry("items", "· 关于农村道路养护的建议（QH-3.5，2026-04-30到期）\n· 关于乡村学校建设的建议（QH-3.5，2026-05-06到期）"));
        assertThat(notification.variables()).containsEntry("count", "2").containsEntry("daysLeft", "14")
                .containsEntry("unitId", "").containsEntry("progressReportOn", "");
        assertThat(List.of(new DeadlineProgressReport(deadlines), new DeadlineOverdue(deadlines))).extracting(Event::code)
                .containsExactly("deadline.progress-report", "deadline.overdue");
    }

    private static DeadlineClock clock(DeadlineSubject subject, LocalDate dueOn) {
        return DeadlineClock.due(DeadlineId.random(), "QH-3.5", "第三条第（五）项", "suggestion.assigned", subject, "答复代表建议",
                Optional.empty(), dueOn.minusMonths(3), dueOn, List.of());
    }
}
