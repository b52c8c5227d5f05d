package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Duty records at the console, in a real browser: a deputy self-registers one, staff reject it with a reason. */
@MicronautTest(transactional = false)
class ConsoleRecordsIT extends ApiTest {

    @Test
    @DisplayName("a deputy's record without a date shows the error beside the date; registered, it waits in the liaison office's queue, "
            + "a rejection without a reason is refused beside the reason, and with one the deputy's archive shows it rejected")
    void selfRegisterThenReject() {
        String yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
        try (ConsoleBrowser deputy = ConsoleBrowser.phone(server.getURI());
             ConsoleBrowser desk = ConsoleBrowser.desk(server.getURI())) {
            deputy.signIn("qinghai-deputy1", "demo").click("登记履职");
            deputy.assertAccessible();
            deputy.choose("type", "电话、微信、信函联系固定联系群众").fill("counterpart", "城东区居民王某")
                    .press("form[action='/records']", "提交登记");
            String dateError = deputy.text("#date-error");
            deputy.assertAccessible();
            deputy.fill("date", yesterday).press("form[action='/records']", "提交登记");
            String registered = deputy.text("[role=status]");

            desk.signIn("qinghai-liaison", "demo").click("审核履职登记");
            desk.assertAccessible();
            desk.press("section.review", "退回");
            String reasonError = desk.text("section.review .invalid-feedback");
            desk.assertAccessible();
            desk.fill("reason", "联系对象不是固定联系群众").press("section.review", "退回");
            String rejected = desk.text("[role=status]");
            desk.screenshot("desk-review-rejected");
            deputy.open("/me").screenshot("phone-record-rejected");

            assertThat(dateError).isNotBlank();
            assertThat(registered).contains("已提交「电话、微信、信函联系固定联系群众」", "审核");
            assertThat(reasonError).isNotBlank();
            assertThat(rejected).contains("已退回马建国的「电话、微信、信函联系固定联系群众」", "已通知代表本人");
            assertThat(deputy.text()).contains("已退回：联系对象不是固定联系群众");
        }
    }
}
