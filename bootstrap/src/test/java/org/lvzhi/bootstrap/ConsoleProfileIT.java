package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * A tenant admin edits Hunan's policy profile at the console, in a real browser: problems shown at their lines as
 * they type, the effect on today's verdicts previewed before saving, the saved change in the diff, and a second
 * admin's save of the version both opened refused. Hunan's own profile is put back as it was afterwards.
 */
@MicronautTest(transactional = false)
class ConsoleProfileIT extends ApiTest {

    /** A new supervision rule with two problems: an activity type nobody knows, and a first step for a case left unresolved. */
    private static final String RULE_WITH_TWO_PROBLEMS = """

              - rule: HN-11
                article: 第十一条
                kind: SUPERVISION
                summary: 一年以上未列席省人大常委会会议的，由代表联络机构约谈。
                supervision:
                  trigger:
                    type: MISSING_RECORDS
                    groups: [[NO_SUCH_TYPE]]
                    missing: ALL
                    window: { type: ROLLING, period: P1Y }
                  steps:
                    - { when: UNRESOLVED, action: INTERVIEW, actor: LIAISON_OFFICE }
            """;

    @Test
    @DisplayName("two problems shown at their lines, fixed, previewed (cases HN-11 would open, nothing saved), saved and shown in "
            + "the diff, while a second admin's save of the version both opened is refused; every screen passes axe")
    void editPreviewSaveAndStaleSave() {
        String admin = api.token("hunan-admin");
        String original = api.send("GET", "/api/v1/policy-profile/versions/1", admin, null, "", Map.of()).body().toString();
        try (ConsoleBrowser editor = ConsoleBrowser.desk(server.getURI());
             ConsoleBrowser second = ConsoleBrowser.desk(server.getURI())) {
            editor.signIn("hunan-admin", "demo").click("履职管理办法");
            editor.assertAccessible();
            String rules = editor.text("table.rules");
            editor.click("修改本级办法");
            editor.assertAccessible();

            second.signIn("platform-admin", "demo").check("湖南省人民代表大会");
            second.press("form[action='/congress']", "进入").open("/profile/edit");

            String opened = editor.field("document").getDomProperty("value");
            String withProblems = opened.stripTrailing() + "\n" + RULE_WITH_TWO_PROBLEMS;
            editor.type("document", withProblems);
            editor.await("#problems .problems");
            List<String> problemLines = editor.all("#problems .problem-at").stream().map(WebElement::getText).toList();
            String gutterMarks = String.join(" ", editor.all("#gutter .problem-line").stream().map(mark -> mark.getDomProperty("textContent")).toList());
            editor.assertAccessible();

            editor.type("document", withProblems.replace("NO_SUCH_TYPE", "STANDING_COMMITTEE_ATTENDANCE")
                    .replace("when: UNRESOLVED, ", ""));
            String fixed = editor.await("#problems .no-problems");
            editor.tap("form[action='/profile']", "预览对今天履职评估的影响");
            String preview = editor.await("#preview .preview-summary");
            String casesToOpen = editor.text("#preview .cases-to-open");
            editor.assertAccessible();
            editor.screenshot("desk-profile-preview");
            int versionsAfterPreview = api.get("/api/v1/policy-profile/versions", admin).list("items").size();

            editor.tap("form[action='/profile']", "保存为新版本");
            String saved = editor.await("[role=status]");
            String diff = editor.text(".diff");
            String audit = editor.text("table.audit");
            editor.assertAccessible();
            editor.screenshot("desk-profile-diff");

            second.type("document", second.field("document").getDomProperty("value").replace("第一条", "第一条（修订）"));
            second.tap("form[action='/profile']", "保存为新版本");
            String refused = second.await(".stale");
            second.assertAccessible();

            assertThat(rules).contains("HN-1", "本级办法第 1 版", "继承自法定基线第 1 版");
            assertThat(problemLines).containsExactly("第 " + lineOf(withProblems, "groups: [[NO_SUCH_TYPE]]") + " 行",
                    "第 " + lineOf(withProblems, "when: UNRESOLVED") + " 行");
            assertThat(gutterMarks).isEqualTo(lineOf(withProblems, "groups: [[NO_SUCH_TYPE]]") + " " + lineOf(withProblems, "when: UNRESOLVED"));
            assertThat(fixed).contains("未发现问题");
            assertThat(preview).contains("将新开").contains("尚未保存");
            assertThat(casesToOpen).contains("刘湘云：HN-11（第十一条）约谈");
            assertThat(versionsAfterPreview).as("the preview saves nothing").isEqualTo(1);
            assertThat(saved).contains("已保存为第 2 版");
            assertThat(diff).contains("新增 HN-11", "任意连续1年内没有列席常委会会议记录：约谈");
            assertThat(audit).contains("第 2 版", "hunan-admin");
            assertThat(refused).contains("已有人保存了第 2 版", "没有保存");
            assertThat(api.get("/api/v1/policy-profile/versions", admin).list("items")).as("the stale save wrote nothing").hasSize(2);
        } finally {
            // The same effective date, saved later: the seed's rules are in force again for the tests that follow.
            api.send("PUT", "/api/v1/policy-profile", admin, null, original, Map.of("Content-Type", "application/yaml", "If-Match", "\"2\""));
        }
    }

    /** The line (from 1) of the document holding the text. */
    private static int lineOf(String document, String text) {
        List<String> lines = Arrays.asList(document.split("\n", -1));
        return lines.indexOf(lines.stream().filter(line -> line.contains(text)).findFirst().orElseThrow()) + 1;
    }
}
