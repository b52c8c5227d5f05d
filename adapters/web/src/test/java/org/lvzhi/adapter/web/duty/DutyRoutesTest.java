package org.lvzhi.adapter.web.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.adapter.web.testing.ProblemAssert.assertInvalid;
import static org.lvzhi.adapter.web.testing.ProblemAssert.assertProblem;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.web.testing.Api;
import org.lvzhi.adapter.web.testing.FixedClock;
import org.lvzhi.adapter.web.testing.Script;
import org.lvzhi.adapter.web.testing.TestTokens;
import org.lvzhi.application.duty.port.in.AttendanceCommand;
import org.lvzhi.application.duty.port.in.DutyActivityUseCases;
import org.lvzhi.application.duty.port.in.DutyRecordUseCases;
import org.lvzhi.application.duty.port.in.NoticeRecorded;
import org.lvzhi.application.duty.port.in.RecordCommand;
import org.lvzhi.application.duty.port.in.ReviewDecision;
import org.lvzhi.application.duty.port.in.ScheduleActivityCommand;
import org.lvzhi.application.duty.port.in.ScheduledActivity;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.duty.DutyActivity;
import org.lvzhi.domain.duty.DutyActivityId;
import org.lvzhi.domain.duty.DutyRecord;
import org.lvzhi.domain.duty.DutyRecordId;

/** Duty records and duty activities over HTTP, the use cases replaced by fakes. */
@MicronautTest
class DutyRoutesTest {

    private static final String OFFICER = TestTokens.of("officer", List.of("LIAISON_OFFICER"), List.of("qinghai"));
    private static final String DEPUTY = TestTokens.of("zhang", List.of("DEPUTY"), List.of("qinghai"));
    private static final DeputyId ZHANG = DeputyId.random();
    private static final DutyRecord RECORD = DutyRecord.selfRegistered(ZHANG, "RECEPTION", FixedClock.TODAY, Optional.of("群众"),
            Optional.of("接待群众 12 人次"), "zhang");
    private static final DutyActivity ACTIVITY = new DutyActivity(DutyActivityId.random(), TermId.random(), "INSPECTION", "专题视察",
            FixedClock.TODAY.plusDays(7), Optional.of("西宁"), Optional.empty(), "officer", List.of(ZHANG));

    @Inject
    Api api;

    private final Script<DutyRecordUseCases> records = Script.of(DutyRecordUseCases.class);
    private final Script<DutyActivityUseCases> activities = Script.of(DutyActivityUseCases.class);

    @MockBean(DutyRecordUseCases.class)
    DutyRecordUseCases records() {
        return records.port();
    }

    @MockBean(DutyActivityUseCases.class)
    DutyActivityUseCases activities() {
        return activities.port();
    }

    @Test
    @DisplayName("a deputy's own record answers 201 pending review; it reaches the use case without a deputy, blank texts as none")
    void selfRegisters() {
        records.answer(RECORD, "selfRegister");

        var created = api.postJson("/api/v1/duty-records/self", DEPUTY,
                "{\"deputyId\":\"" + DeputyId.random() + "\",\"type\":\"RECEPTION\",\"date\":\"2026-03-02\",\"counterpart\":\" \",\"note\":\"接待群众 12 人次\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("state")).isEqualTo("PENDING");
        assertThat(created.text("stateName")).containsPattern("\\p{IsHan}");
        assertThat(created.text("source")).isEqualTo("SELF");
        RecordCommand command = records.argument("selfRegister", 1, RecordCommand.class);
        assertThat(command.deputy()).as("a deputy records for themselves, whatever the body names").isEmpty();
        assertThat(command.counterpart()).isEmpty();
        assertThat(command.note()).contains("接待群众 12 人次");
        assertThat(command.date()).isEqualTo(FixedClock.TODAY);
    }

    @Test
    @DisplayName("staff register for the deputy they name: a missing or malformed one is a 422 at /deputyId, no type one at /type")
    void registersForADeputy() {
        records.answer(RECORD, "register");

        var registered = api.postJson("/api/v1/duty-records", OFFICER,
                "{\"deputyId\":\"" + ZHANG + "\",\"type\":\"RECEPTION\",\"date\":\"2026-03-02\"}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(records.argument("register", 1, RecordCommand.class).deputy()).contains(ZHANG);

        assertInvalid(api.postJson("/api/v1/duty-records", OFFICER, "{\"type\":\"RECEPTION\",\"date\":\"2026-03-02\"}"), "/deputyId");
        assertInvalid(api.postJson("/api/v1/duty-records", OFFICER, "{\"deputyId\":\"" + ZHANG + "\",\"date\":\"2026-03-02\"}"), "/type");
    }

    @Test
    @DisplayName("a review takes CONFIRM or REJECT with its reason; an unknown decision is a 422, a record not the caller's to review a 403")
    void reviews() {
        records.answer(RECORD, "review");
        String path = "/api/v1/duty-records/" + RECORD.id() + "/review";

        var rejected = api.postJson(path, OFFICER, "{\"decision\":\"REJECT\",\"reason\":\"时间不符\"}");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(records.argument("review", 1, DutyRecordId.class)).isEqualTo(RECORD.id());
        assertThat(records.argument("review", 2, ReviewDecision.class)).isEqualTo(ReviewDecision.REJECT);
        assertThat(records.argument("review", 3, Optional.class)).contains("时间不符");

        assertInvalid(api.postJson(path, OFFICER, "{\"decision\":\"APPROVE\"}"), "/decision");
        records.failNextWith(new AccessDenied("该记录应由代表小组组长审核"));
        var denied = api.postJson(path, OFFICER, "{\"decision\":\"CONFIRM\"}");
        assertProblem(denied, 403);
        assertThat(denied.text("detail")).isEqualTo("该记录应由代表小组组长审核");
    }

    @Test
    @DisplayName("the review queue is a page of the caller's queue with the envelope")
    void pagesTheReviewQueue() {
        records.answer(new Slice<>(List.of(RECORD), 1, Optional.empty()), "reviewQueue");

        var queue = api.get("/api/v1/duty-records/review-queue?after=Y3Vyc29y&size=1", OFFICER);

        assertThat(queue.status()).as(queue.body()).isEqualTo(200);
        assertThat(queue.node().get("items").get(0).get("deputyId").getStringValue()).isEqualTo(ZHANG.toString());
        assertThat(queue.node().get("next").isNull()).isTrue();
        assertThat(queue.header("Link")).isNull();
        assertThat(records.argument("reviewQueue", 0, ActingCaller.class).subject()).isEqualTo("officer");
        assertThat(records.argument("reviewQueue", 1, KeysetRequest.class)).isEqualTo(new KeysetRequest(Optional.of("Y3Vyc29y"), 1));
    }

    @Test
    @DisplayName("a scheduled activity answers 201 with the notice clocks it started; the schedule reaches the use case parsed")
    void schedules() {
        activities.answer(new ScheduledActivity(ACTIVITY, List.of(), List.of()), "schedule");

        var scheduled = api.postJson("/api/v1/duty-activities", OFFICER, """
                {"termId":"%s","type":"INSPECTION","title":"专题视察","date":"2026-03-09","place":"","invited":["%s"]}"""
                .formatted(ACTIVITY.term(), ZHANG));

        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        assertThat(scheduled.text("title")).isEqualTo("专题视察");
        assertThat(scheduled.node().get("deadlines").size()).isZero();
        ScheduleActivityCommand command = activities.argument("schedule", 1, ScheduleActivityCommand.class);
        assertThat(command.term()).isEqualTo(ACTIVITY.term());
        assertThat(command.date()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(command.place()).isEmpty();
        assertThat(command.invited()).containsExactly(ZHANG);
        assertInvalid(api.postJson("/api/v1/duty-activities", OFFICER, "{\"termId\":\"t\",\"type\":\"INSPECTION\"}"), "/termId");
        assertInvalid(api.postJson("/api/v1/duty-activities", OFFICER,
                "{\"termId\":\"" + ACTIVITY.term() + "\",\"type\":\"INSPECTION\",\"date\":\"2026-03-09\",\"invited\":[\"" + ZHANG + "\",\"?\"]}"),
                "/invited/1");
    }

    @Test
    @DisplayName("attendance of an activity names who attended and who confirmed; a bad id is a 422 at its list and index")
    void registersActivityAttendance() {
        activities.failNextWith(new AccessDenied("只有组织者可以登记出席"));
        String path = "/api/v1/duty-activities/" + ACTIVITY.id() + "/attendance";

        var denied = api.postJson(path, OFFICER, "{\"attended\":[\"" + ZHANG + "\"],\"confirmed\":[]}");

        assertProblem(denied, 403);
        assertThat(activities.argument("registerAttendance", 2, AttendanceCommand.class))
                .isEqualTo(new AttendanceCommand(List.of(ZHANG), List.of()));
        assertInvalid(api.postJson(path, OFFICER, "{\"confirmed\":[\"x\"]}"), "/confirmed/0");
    }

    @Test
    @DisplayName("a notice needs the rule it satisfies (422 at /rule); the answer says what is still outstanding")
    void recordsNotices() {
        activities.answer(new NoticeRecorded("QH-3.6", FixedClock.TODAY, List.of("QH-8.2"), 1), "recordNotice");
        String path = "/api/v1/duty-activities/" + ACTIVITY.id() + "/notices";

        var recorded = api.postJson(path, OFFICER, "{\"rule\":\"QH-3.6\"}");

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.node().get("outstanding").get(0).getStringValue()).isEqualTo("QH-8.2");
        assertThat(recorded.text("clocksStopped")).isEqualTo("1");
        assertThat(activities.argument("recordNotice", 2, String.class)).isEqualTo("QH-3.6");
        assertInvalid(api.postJson(path, OFFICER, "{}"), "/rule");
    }
}
