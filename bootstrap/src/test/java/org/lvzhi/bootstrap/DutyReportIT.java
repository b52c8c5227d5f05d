package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
@Property(name = "lvzhi.test.movable-clock", value = "true")
class DutyReportIT extends ApiTest {

    @Inject MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @DisplayName("QH-11.6: the PDF report embeds its Chinese font and its text holds the deputy's name, every quota line and its article")
    void pdfHoldsNameQuotasAndArticles() throws IOException {
        clock.moveTo(LocalDate.of(2026, 6, 30));
        String liaison = api.token("qinghai-liaison");
        String deputy = deputyNamed(liaison, "才让卓玛");
        String own = api.token("qinghai-deputy2");
        List<?> before = (List<?>) api.get("/api/v1/deputies/" + deputy + "/duty-reports/2026", own).json().get("monthTotals");
        api.post("/api/v1/duty-records", liaison, Map.of("deputyId", deputy, "type", "STATION_RECEPTION", "date", "2026-03-01"));
        api.post("/api/v1/duty-records", liaison, Map.of("deputyId", deputy, "type", "STATION_RECEPTION", "date", "2026-03-15"));
        api.post("/api/v1/duty-records", liaison, Map.of("deputyId", deputy, "type", "LIAISON_ROOM_ACTIVITY", "date", "2026-05-01"));

        var json = api.get("/api/v1/deputies/" + deputy + "/duty-reports/2026", own);
        byte[] pdf = api.bytes("/api/v1/deputies/" + deputy + "/duty-reports/2026.pdf", own);

        assertThat(json.status()).as(json.toString()).isEqualTo(200);
        assertThat(json.json()).containsEntry("name", "才让卓玛").containsEntry("dueOn", "2026-11-30")
                .containsEntry("dueArticle", "第十一条第（六）项（QH-11.6）");
        List<?> after = (List<?>) json.json().get("monthTotals");
        assertThat(after).hasSize(12);
        assertThat((Integer) after.get(2) - (Integer) before.get(2)).isEqualTo(2);
        assertThat((Integer) after.get(4) - (Integer) before.get(4)).isEqualTo(1);
        List<Map<String, Object>> quotas = json.list("quotas");
        assertThat(quotas).isNotEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("才让卓玛代表2026年度述职报告", "第十一条第（六）项");
            for (Map<String, Object> quota : quotas) {
                assertThat(text).contains(quota.get("rule") + " " + quota.get("article"));
            }
            PDFont font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    @Test
    @DisplayName("the HTML report escapes the narrative and draws its charts as SVG; another deputy's report is not found")
    void htmlAndAccess() {
        clock.moveTo(LocalDate.of(2026, 7, 1));
        String liaison = api.token("qinghai-liaison");
        String deputy = deputyNamed(liaison, "才让卓玛");
        String other = deputyNamed(liaison, "马建国");
        String own = api.token("qinghai-deputy2");
        api.put("/api/v1/deputies/" + deputy + "/duty-reports/2025/narrative", own,
                Map.of("narrative", "今年走访群众<script>alert(1)</script>"));

        var html = api.get("/api/v1/deputies/" + deputy + "/duty-reports/2025.html", liaison);

        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body().toString()).contains("<svg", "今年走访群众&lt;script&gt;").doesNotContain("<script>");
        assertThat(api.get("/api/v1/deputies/" + other + "/duty-reports/2026", own).status()).isEqualTo(404);
        assertThat(api.put("/api/v1/deputies/" + deputy + "/duty-reports/2026/narrative", liaison,
                Map.of("narrative", "代写")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/deputies/" + deputy + "/duty-reports/2026.doc", own).status()).isEqualTo(422);
    }

    @Test
    @DisplayName("QH-11.6: a report submitted by 30 November is accepted once; after it the submission is refused, and staff see who has not submitted")
    void submissionAndOutstanding() {
        clock.moveTo(LocalDate.of(2026, 11, 30));
        String liaison = api.token("qinghai-liaison");
        String onTime = deputyNamed(liaison, "才让卓玛");
        String ownOnTime = api.token("qinghai-deputy2");
        var empty = api.post("/api/v1/deputies/" + onTime + "/duty-reports/2027/submission", ownOnTime, Map.of());
        api.put("/api/v1/deputies/" + onTime + "/duty-reports/2026/narrative", ownOnTime, Map.of("narrative", "一年来，我认真履职。"));
        var submitted = api.post("/api/v1/deputies/" + onTime + "/duty-reports/2026/submission", ownOnTime, Map.of());
        var again = api.post("/api/v1/deputies/" + onTime + "/duty-reports/2026/submission", ownOnTime, Map.of());
        var changed = api.put("/api/v1/deputies/" + onTime + "/duty-reports/2026/narrative", ownOnTime, Map.of("narrative", "改写"));

        clock.moveTo(LocalDate.of(2026, 12, 1));
        liaison = api.token("qinghai-liaison");
        String late = api.token("qinghai-deputy1");
        var lateDeputy = api.get("/api/v1/deputies/me", late);
        var drafted = api.put("/api/v1/deputies/" + lateDeputy.text("id") + "/duty-reports/2026/narrative", late,
                Map.of("narrative", "迟到的述职报告"));
        var refused = api.post("/api/v1/deputies/" + lateDeputy.text("id") + "/duty-reports/2026/submission", late, Map.of());
        var outstanding = api.get("/api/v1/duty-reports?year=2026&submitted=false&size=200", liaison);

        assertThat(empty.status()).isEqualTo(422);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.json()).containsEntry("state", "SUBMITTED").containsEntry("submittedOn", "2026-11-30");
        assertThat(again.status()).isEqualTo(422);
        assertThat(changed.status()).isEqualTo(422);
        assertThat(drafted.status()).isEqualTo(200);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.pointers()).containsExactly("/submittedOn");
        assertThat(outstanding.status()).as(outstanding.toString()).isEqualTo(200);
        assertThat(outstanding.list("items")).extracting(item -> item.get("name")).doesNotContain("才让卓玛");
        assertThat(outstanding.list("items")).anySatisfy(item -> assertThat(item)
                .containsEntry("deputyId", lateDeputy.text("id")).containsEntry("drafted", true));
        assertThat(api.get("/api/v1/duty-reports?year=2026", late).status()).isEqualTo(403);
    }
}
