package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Duty activities and sessions at the liaison office's desk, in a real browser, and what a deputy then sees. */
@MicronautTest(transactional = false)
class ConsoleActivitiesIT extends ApiTest {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");

    @Test
    @DisplayName("staff schedule an activity two days ahead (the type's error beside it first, then the profile's lead-time warnings), "
            + "record the notice as sent, and mark one invitee absent; that deputy sees the absence in their archive on a 360 px phone")
    void scheduleAttendAndTheAbsentDeputySeesIt() {
        LocalDate inTwoDays = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2);
        try (ConsoleBrowser desk = ConsoleBrowser.desk(server.getURI());
             ConsoleBrowser phone = ConsoleBrowser.phone(server.getURI())) {
            desk.signIn("qinghai-liaison", "demo").click("履职活动");
            desk.assertAccessible();
            desk.click("安排活动");
            desk.assertAccessible();
            desk.fill("title", "代表履职培训（浏览器）").fill("date", inTwoDays.toString()).check("马建国").check("才让卓玛")
                    .press("form[action='/activities']", "安排活动");
            String typeError = desk.text("#type-error");
            desk.assertAccessible();
            desk.choose("type", "履职学习培训").press("form[action='/activities']", "安排活动");
            String scheduled = desk.text("[role=status]");
            String warnings = desk.text(".lead-time");
            desk.assertAccessible();
            desk.press(".notice-clock", "记为已发出");
            String noticeSent = desk.text("[role=status]");
            desk.chooseFor("马建国", "缺席").chooseFor("才让卓玛", "出席").press(".attendance-sheet", "登记出席情况");
            String attendance = desk.text("[role=status]");
            desk.assertAccessible();
            desk.screenshot("desk-activity-attendance");
            desk.click("履职活动");
            String listed = desk.text("tbody");

            phone.signIn("qinghai-deputy1", "demo").open("/me#absences").screenshot("phone-activity-absence");

            assertThat(typeError).isNotBlank();
            assertThat(scheduled).contains("已安排「代表履职培训（浏览器）」", "邀请 2 位代表", "已开始计时");
            assertThat(warnings).contains("第三条第（六）项");
            assertThat(noticeSent).contains("记为于", "停止了");
            assertThat(attendance).contains("已登记出席 1 人", "缺席 1 人：马建国（未经批准缺席）", "履职档案");
            assertThat(listed).contains("代表履职培训（浏览器）", "履职学习培训", "2 人");
            assertThat(phone.text()).contains(CHINESE_DATE.format(inTwoDays) + " · TRAINING · 未经批准缺席");
            assertThat(phone.scrollWidth()).isLessThanOrEqualTo(360);
        }
    }

    @Test
    @DisplayName("staff register a meeting's attendance and close the session: the answer counts the absences and the cases they opened")
    void registerAttendanceAndCloseASession() {
        String liaison = api.token("qinghai-liaison");
        var planned = api.post("/api/v1/sessions", liaison, Map.of("termId", api.firstTermId(liaison), "number", 63,
                "title", "第十四届第63次会议（浏览器）", "opensOn", "2027-09-06", "closesOn", "2027-09-06", "meetings", List.of(
                        Map.of("kind", "PLENARY", "date", "2027-09-06", "halfDay", "MORNING"))));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        try (ConsoleBrowser desk = ConsoleBrowser.desk(server.getURI())) {
            desk.signIn("qinghai-liaison", "demo").click("会议");
            desk.assertAccessible();
            desk.click("第十四届第63次会议（浏览器）");
            desk.assertAccessible();
            desk.check("马建国").press("section.meeting", "登记本场出席");
            String registered = desk.text("[role=status]");
            desk.press("form[action$='/close']", "闭会");
            String closed = desk.text("[role=status]");
            desk.assertAccessible();
            desk.screenshot("desk-session-closed");

            assertThat(registered).contains("已登记本场出席 1 人");
            assertThat(closed).contains("已闭会：缺席", "新立案");
            assertThat(desk.text("section.meeting")).contains("马建国：出席", "才让卓玛：缺席");
        }
    }
}
