package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A suggestion's life at the console, in real browsers: the deputy on a phone, the liaison office at its desk and the
 * lead handling unit (qinghai-unit, head of 青海省水利厅 in the seed), which sees nothing of another unit's suggestions.
 */
@MicronautTest(transactional = false)
class ConsoleSuggestionIT extends ApiTest {

    private static final String TITLE = "关于加快农村饮水安全工程建设的建议";
    private static final String NEAR_DUPLICATE = "关于加快推进农村饮水安全工程建设的建议";
    private static final String OTHER_UNITS = "关于优化城乡公交线路的建议";

    private String liaison;
    private String otherUnitsSuggestion;

    @BeforeAll
    void anotherUnitAndItsSuggestion() {
        api = new ApiClient(server.getURI(), json);
        liaison = api.token("qinghai-liaison");
        String deputy2 = api.token("qinghai-deputy2");
        String transport = api.post("/api/v1/handling-units", liaison, Map.of("name", "青海省交通运输厅")).text("id");
        submitted(deputy2, NEAR_DUPLICATE, "建议加大投入，加快推进农村饮水安全工程建设。");
        otherUnitsSuggestion = submitted(deputy2, OTHER_UNITS, "建议增加城乡公交班次。");
        api.post("/api/v1/suggestions/" + otherUnitsSuggestion + "/screening", liaison, Map.of("decision", "ACCEPT"));
        var assigned = api.post("/api/v1/suggestions/" + otherUnitsSuggestion + "/assignment", liaison, Map.of("leadUnitId", transport));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
    }

    @Test
    @DisplayName("a deputy files a suggestion (errors beside the fields), staff screen it beside its near-duplicate and assign it, the deputy "
            + "sees the reply's due date; the lead unit, which cannot see another unit's suggestion, replies signed by its head, the "
            + "deputy reads the reply and is dissatisfied, the unit sees the feedback, and staff send it back for re-handling")
    void fileAssignReplyFeedback() {
        try (ConsoleBrowser deputy = ConsoleBrowser.phone(server.getURI());
             ConsoleBrowser desk = ConsoleBrowser.desk(server.getURI());
             ConsoleBrowser unit = ConsoleBrowser.desk(server.getURI())) {
            deputy.signIn("qinghai-deputy1", "demo").click("建议");
            deputy.assertAccessible();
            deputy.click("提出建议").press("form[action='/suggestions']", "提交建议");
            String titleError = deputy.text("#title-error");
            String contentError = deputy.text("#content-error");
            deputy.assertAccessible();
            deputy.fill("title", TITLE).fill("content", "建议加大省级财政投入，加快农村饮水安全巩固提升工程建设。")
                    .press("form[action='/suggestions']", "提交建议");
            String filed = deputy.text("[role=status]");

            desk.signIn("qinghai-liaison", "demo").click("建议").click(TITLE);
            String id = desk.path().substring("/suggestions/".length());
            desk.assertAccessible();
            String duplicates = desk.text("section[aria-labelledby=duplicates]");
            desk.screenshot("desk-suggestion-screening");
            desk.press("form[action$='/screening']", "立案");
            String accepted = desk.text("[role=status]");
            desk.assertAccessible();
            desk.press("form.assign", "交办");
            String leadError = desk.text("#leadUnitId-error");
            desk.choose("leadUnitId", "青海省水利厅").check("青海省交通运输厅").press("form.assign", "交办");
            String assigned = desk.text("[role=status]");
            String due = date(api.get("/api/v1/suggestions/" + id, liaison).text("replyDueOn"));

            deputy.open("/suggestions").screenshot("phone-suggestion-due");
            String deputysList = deputy.text();
            long deputyWidth = deputy.scrollWidth();

            unit.signIn("qinghai-unit", "demo").click("建议");
            unit.assertAccessible();
            String unitsList = unit.text();
            int otherUnits = unit.status("/suggestions/" + otherUnitsSuggestion);
            unit.click(TITLE);
            unit.assertAccessible();
            unit.press("form.reply", "答复");
            String answerError = unit.text("#answer-error");
            unit.fill("answer", "已安排专项资金，年内完成改造。").press("form.reply", "答复");
            String replied = unit.text("[role=status]");
            unit.screenshot("desk-unit-replied");

            deputy.open("/suggestions/" + id);
            String reply = deputy.text("ol.steps");
            deputy.assertAccessible();
            deputy.check("不满意").press("form.feedback", "提交反馈");
            String reasonsError = deputy.text("#reasons-error");
            deputy.check("不满意").fill("reasons", "未说明资金到位时间").press("form.feedback", "提交反馈");
            String fedBack = deputy.text("[role=status]");
            deputy.screenshot("phone-suggestion-feedback");

            String feedbackSeen = unit.open("/suggestions/" + id).text("ol.steps");
            desk.open("/suggestions/" + id).press("form[action$='/reassignment']", "交原承办单位再次办理");
            String reassigned = desk.text("[role=status]");
            unit.open("/suggestions/" + id);
            unit.assertAccessible();
            String rehandling = unit.text("strong.state");

            assertThat(titleError).isNotBlank();
            assertThat(contentError).isNotBlank();
            assertThat(filed).contains("已提交建议「" + TITLE + "」");
            assertThat(duplicates).contains(TITLE, NEAR_DUPLICATE, "相似度");
            assertThat(accepted).contains("已立案");
            assertThat(leadError).isNotBlank();
            assertThat(assigned).contains("已交办", "答复期限为" + due);
            assertThat(deputysList).contains(TITLE, "已交办", "青海省水利厅（主办）", "青海省交通运输厅（协办）", "答复期限：" + due, "还剩");
            assertThat(deputyWidth).isLessThanOrEqualTo(360);
            assertThat(unitsList).contains(TITLE, "提出：马建国", "答复期限：" + due).doesNotContain(OTHER_UNITS);
            assertThat(otherUnits).isEqualTo(404);
            assertThat(answerError).isNotBlank();
            assertThat(replied).contains("已答复（签发人：张海清）");
            assertThat(reply).contains("已安排专项资金，年内完成改造。", "签发人：张海清");
            assertThat(reasonsError).isNotBlank();
            assertThat(fedBack).contains("已反馈「不满意」", "再次办理");
            assertThat(feedbackSeen).contains("代表反馈 · 不满意", "未说明资金到位时间");
            assertThat(reassigned).contains("再次办理", "答复期限为");
            assertThat(rehandling).isEqualTo("再次办理中");
        }
    }

    @Test
    @DisplayName("the lead unit asks for the longer period (refused beside the reason without one), staff approve it and the "
            + "reply's due date moves to six months; the unit then explains its progress")
    void extensionThenProgress() {
        String deputy = api.token("qinghai-deputy1");
        String id = submitted(deputy, "关于加强农村留守儿童关爱保护的建议", "建议建立留守儿童关爱服务体系。");
        api.post("/api/v1/suggestions/" + id + "/screening", liaison, Map.of("decision", "ACCEPT"));
        String water = api.get("/api/v1/handling-units?size=100", liaison).list("items").stream()
                .filter(unit -> "青海省水利厅".equals(unit.get("name"))).map(unit -> String.valueOf(unit.get("id"))).findFirst().orElseThrow();
        api.post("/api/v1/suggestions/" + id + "/assignment", liaison, Map.of("leadUnitId", water));
        try (ConsoleBrowser unit = ConsoleBrowser.desk(server.getURI());
             ConsoleBrowser desk = ConsoleBrowser.desk(server.getURI())) {
            unit.signIn("qinghai-unit", "demo").open("/suggestions/" + id);
            unit.press("form.note-extension-request", "申请延期答复");
            String reasonError = unit.text("#extension-request-note-error");
            unit.assertAccessible();
            unit.fill("reason", "涉及多个部门，需统筹资金").press("form.note-extension-request", "申请延期答复");
            String requested = unit.text("[role=status]");

            desk.signIn("qinghai-liaison", "demo").open("/suggestions/" + id);
            desk.assertAccessible();
            desk.press("form.note-extension-decision", "批准延期");
            String approved = desk.text("[role=status]");
            String due = date(api.get("/api/v1/suggestions/" + id, liaison).text("replyDueOn"));

            unit.open("/suggestions/" + id).fill("text", "已完成现状调查，正在制定方案。").press("form.note-progress", "说明办理进展");
            String progress = unit.text("[role=status]");
            String steps = unit.text("ol.steps");
            unit.screenshot("desk-unit-progress");

            assertThat(reasonError).isNotBlank();
            assertThat(requested).contains("已申请延期答复", "等待联络机构决定");
            assertThat(approved).contains("已批准延期答复，答复期限延至" + due);
            assertThat(progress).contains("已向代表说明办理进展", due);
            assertThat(steps).contains("申请延期答复", "涉及多个部门，需统筹资金", "批准延期答复", "说明办理进展", "已完成现状调查，正在制定方案。");
        }
    }

    private String submitted(String token, String title, String content) {
        var draft = api.post("/api/v1/suggestions", token, Map.of("title", title, "content", content, "coSponsorIds", List.of()));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        api.post("/api/v1/suggestions/" + draft.text("id") + "/submission", token, Map.of());
        return draft.text("id");
    }

    private static String date(String iso) {
        return LocalDate.parse(iso).format(DateTimeFormatter.ofPattern("uuuu年M月d日"));
    }
}
