package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.NotificationPort;
import org.lvzhi.application.event.Recipient;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.CongressId;
import org.openqa.selenium.WebElement;

/**
 * Leave and the inbox at the console, in a real browser, under Qinghai's seed profile: a deputy on a 360 px phone
 * asks leave from two group meetings (QH-4.2.2: the head of their delegation signs first), the seeded head of the
 * 西宁市代表团 signs the step, and the deputy sees the next step; the header's unread badge follows the inbox stream.
 */
@MicronautTest(transactional = false)
class ConsoleLeaveIT extends ApiTest {

    private static final String SESSION = "第十四届人民代表大会第五十三次会议";

    @Inject NotificationPort notifications;
    @Inject TransactionPort transactions;

    @BeforeAll
    void aSessionOfQinghai() {
        api = new ApiClient(server.getURI(), json);
        LeaveApprovalIT.Qinghai qinghai = new LeaveApprovalIT.Qinghai(api);
        var planned = api.post("/api/v1/sessions", qinghai.liaison, java.util.Map.of("termId", qinghai.term, "number", 53,
                "title", SESSION, "opensOn", "2027-03-01", "closesOn", "2027-03-02", "meetings", List.of(
                        LeaveApprovalIT.Qinghai.meeting("PLENARY", "2027-03-01", "MORNING"),
                        LeaveApprovalIT.Qinghai.meeting("GROUP", "2027-03-01", "AFTERNOON"),
                        LeaveApprovalIT.Qinghai.meeting("GROUP", "2027-03-02", "MORNING"))));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
    }

    @Test
    @DisplayName("QH-4.2.2 at the console: a deputy on a 360 px phone asks leave from two group meetings (errors beside the fields first), "
            + "the delegation head opens it from the desk, is refused a refusal without a reason, signs, and is told the next step; "
            + "the deputy then sees the head's step done and the delegation office's waiting")
    void deputyAsksHeadSignsDeputySeesTheNextStep() {
        String marker = "住院治疗-" + UUID.randomUUID().toString().substring(0, 8);
        try (ConsoleBrowser phone = ConsoleBrowser.phone(server.getURI());
             ConsoleBrowser desk = ConsoleBrowser.desk(server.getURI())) {
            phone.signIn("qinghai-deputy1", "demo").click("请假");
            phone.assertAccessible();
            phone.click(SESSION + "（2027年3月1日至2027年3月2日）");
            phone.assertAccessible();
            phone.press("form[action='/leave']", "提交请假");
            String fromError = phone.text("#leaveFrom-error");
            String reasonError = phone.text("#reason-error");
            phone.assertAccessible();
            phone.check("请假参加不了下列会议").check("2027年3月1日下午分组会议").check("2027年3月2日上午分组会议")
                    .choose("reason", "因病或其他特殊情况").fill("explanation", marker).press("form[action='/leave']", "提交请假");
            String asked = phone.text("[role=status]");
            phone.screenshot("phone-leave-asked");
            long askedWidth = phone.scrollWidth();
            phone.assertAccessible();

            desk.signIn("qinghai-delegation-head", "demo");
            boolean tileLinks = !desk.all("a[href='/leave/approvals']").isEmpty();
            desk.open("/leave/approvals");
            desk.assertAccessible();
            String leave = sectionOf(desk, marker);
            desk.press(leave + " form:last-of-type", "不予批准");
            String noteError = desk.text(sectionOf(desk, marker) + " .invalid-feedback[id^=note-error]");
            desk.assertAccessible();
            desk.press(sectionOf(desk, marker), "同意");
            String signed = desk.text("[role=status]");
            desk.screenshot("desk-leave-signed");
            desk.assertAccessible();

            phone.open("/leave");
            String steps = phone.text(sectionOf(phone, marker) + " .steps");
            phone.screenshot("phone-leave-next-step");
            phone.assertAccessible();

            assertThat(fromError).isNotBlank();
            assertThat(reasonError).isNotBlank();
            assertThat(asked).contains("已提交请假", "2个半天", "QH-4.2.2", "下一步：由代表团团长签署意见");
            assertThat(askedWidth).isLessThanOrEqualTo(360);
            assertThat(tileLinks).isTrue();
            assertThat(noteError).isNotBlank();
            assertThat(signed).contains("已办理马建国的请假", "下一步：由代表团工作机构报送");
            assertThat(steps).contains("代表团团长签署意见 · ", "已办理（代表团团长）", "代表团工作机构报送 · 待审批",
                    "大会秘书处报批 · 尚未到此步骤");
        }
    }

    @Test
    @DisplayName("a deputy withdraws a leave request still pending: it shows withdrawn, and can no longer be withdrawn")
    void deputyWithdraws() {
        String marker = "出国-" + UUID.randomUUID().toString().substring(0, 8);
        try (ConsoleBrowser phone = ConsoleBrowser.phone(server.getURI())) {
            phone.signIn("qinghai-deputy1", "demo").click("请假").click(SESSION + "（2027年3月1日至2027年3月2日）");
            phone.check("不能全程出席本次会议").choose("reason", "公务出国、出境").fill("explanation", marker)
                    .press("form[action='/leave']", "提交请假");
            phone.press(sectionOf(phone, marker), "撤回请假");
            String withdrawn = phone.text("[role=status]");
            String leave = phone.text(sectionOf(phone, marker));
            List<WebElement> buttons = phone.all(sectionOf(phone, marker) + " button");
            phone.assertAccessible();

            assertThat(withdrawn).contains("已撤回请假", SESSION);
            assertThat(leave).contains("已撤回");
            assertThat(buttons).isEmpty();
        }
    }

    @Test
    @DisplayName("the inbox badge in the header counts up live when a message arrives (the console's stream, on the session cookie), "
            + "the inbox lists the message unread, and marking it read counts down")
    void inboxBadgeUpdatesLive() {
        String marker = "实时-" + UUID.randomUUID().toString().substring(0, 8);
        try (ConsoleBrowser phone = ConsoleBrowser.phone(server.getURI())) {
            phone.signIn("qinghai-deputy2", "demo").open("/inbox");
            long before = Long.parseLong(phone.text("#unread"));
            phone.assertAccessible();

            deliver(marker);
            String live = phone.awaitText("#unread", String.valueOf(before + 1));
            phone.open("/inbox");
            String listed = phone.text("section.message");
            phone.screenshot("phone-inbox");
            phone.assertAccessible();
            phone.press("section.message", "标为已读");
            String after = phone.text("#unread");

            assertThat(live).isEqualTo(String.valueOf(before + 1));
            assertThat(listed).contains("未读", marker);
            assertThat(after).isEqualTo(String.valueOf(before));
        }
    }

    private void deliver(String marker) {
        CongressId qinghai = new CongressId("qinghai");
        transactions.inCongress(qinghai, () -> {
            notifications.send(Notification.of(qinghai, new ProbeEvent("probe.console", marker),
                    List.of(new Recipient("才让卓玛", Optional.of("qinghai-deputy2"), Optional.empty()))));
            return null;
        });
    }

    /** The CSS selector of the leave request's card whose text holds the marker. */
    private static String sectionOf(ConsoleBrowser browser, String marker) {
        return browser.all("section.leave").stream().filter(section -> section.getText().contains(marker)).findFirst()
                .map(section -> "section[aria-labelledby='" + section.getAttribute("aria-labelledby") + "']").orElseThrow();
    }
}
