package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The liaison office at its desk, in a real browser: sign-in, the home counts, the register and a deputy's archive. */
@MicronautTest(transactional = false)
class ConsoleDeskIT extends ApiTest {

    @Test
    @DisplayName("a signed-out browser opening the console is sent to the sign-in page, and after signing in sees the desk of its congress, by name")
    void signInLeadsToTheDesk() {
        try (ConsoleBrowser browser = ConsoleBrowser.desk(server.getURI())) {
            browser.open("/");
            String signInPath = browser.path();
            browser.signIn("qinghai-liaison", "demo").screenshot("desk-home");

            assertThat(signInPath).isEqualTo("/sign-in");
            assertThat(browser.path()).isEqualTo("/");
            assertThat(browser.heading()).isEqualTo("工作台");
            assertThat(browser.text()).contains("青海省人民代表大会", "待审核的履职登记", "未结监督案件", "履职状态「未达标」的代表");
            browser.assertAccessible();
        }
    }

    @Test
    @DisplayName("staff search the register by name and open the deputy's archive: each quota with its progress, status and article")
    void registerToArchive() {
        try (ConsoleBrowser browser = ConsoleBrowser.desk(server.getURI())) {
            browser.signIn("qinghai-liaison", "demo").click("代表名册");
            browser.assertAccessible();
            browser.field("name").sendKeys("马建国");
            browser.field("name").submit();
            int found = browser.all("tbody tr").size();
            browser.click("马建国").screenshot("desk-archive");

            assertThat(found).isEqualTo(1);
            assertThat(browser.heading()).isEqualTo("马建国的履职档案");
            assertThat(browser.all(".quota")).isNotEmpty();
            assertThat(browser.text()).contains("履职要求完成情况", "依据：", "代表状态：在职");
            browser.assertAccessible();
        }
    }

    @Test
    @DisplayName("a deputy on a 360 px phone reads their own archive without scrolling sideways: each quota says what is still missing and its article")
    void ownArchiveOnAPhone() {
        try (ConsoleBrowser phone = ConsoleBrowser.phone(server.getURI())) {
            phone.signIn("qinghai-deputy1", "demo").open("/me").screenshot("phone-own-archive");

            assertThat(phone.heading()).isEqualTo("马建国的履职档案");
            assertThat(phone.text()).contains("还差", "依据：");
            assertThat(phone.scrollWidth()).isLessThanOrEqualTo(360);
            phone.assertAccessible();
        }
    }

    @Test
    @DisplayName("a platform admin, who may act in any congress, picks one first and then sees that congress's name in the header")
    void platformAdminPicksACongress() {
        try (ConsoleBrowser browser = ConsoleBrowser.desk(server.getURI())) {
            browser.signIn("platform-admin", "demo");
            String picker = browser.path();
            browser.assertAccessible();
            browser.check("湖南省人民代表大会");
            browser.press("form[action='/congress']", "进入").screenshot("desk-picked-congress");

            assertThat(picker).isEqualTo("/congress");
            assertThat(browser.path()).isEqualTo("/");
            assertThat(browser.text(".navbar-brand")).isEqualTo("湖南省人民代表大会");
        }
    }
}
