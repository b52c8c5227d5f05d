package org.lvzhi.adapter.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.report.port.out.DutyReportView;
import org.lvzhi.domain.compliance.DateRange;
import org.lvzhi.domain.compliance.QuotaStatus;
import org.lvzhi.domain.compliance.QuotaVerdict;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.report.DutyReport;
import org.lvzhi.domain.report.RecordsByMonth;
import org.lvzhi.domain.report.ReportPeriod;
import org.lvzhi.domain.report.ReportState;

/**
 * What the rendered duty report promises its reader: the deputy's own name and figures in both layouts, the Chinese
 * intact in the PDF (its text can be read back out), and in the HTML every text of the deputy's escaped.
 */
class RenderingAdapterTest {

    private static final DeputyId DEPUTY = DeputyId.random();
    private static final LocalDate ON = LocalDate.of(2025, 12, 20);
    private static final RenderingAdapter RENDERING = new RenderingAdapter("");

    @Test
    @DisplayName("the HTML names the deputy, the quota with its rule, article and figures, the month totals and the narrative")
    void htmlCarriesTheDeputysFigures() {
        String html = RENDERING.html(report("本年度我参加视察三次。\n接待群众十二人次。"));

        assertThat(html).contains("<title>欧阳建国代表2025年度述职报告</title>");
        assertThat(html).contains("QH-3.1 青海省代表履职办法第三条");
        assertThat(html).contains("3 / 4");
        assertThat(html).contains("全年计入的履职活动共 7 次");
        assertThat(html).contains("<td>接待群众</td>").contains("<td>5</td>");
        assertThat(html).contains("<p>本年度我参加视察三次。</p>").contains("<p>接待群众十二人次。</p>");
    }

    @Test
    @DisplayName("the deputy's own text is escaped in the HTML: a narrative cannot add markup or script")
    void htmlEscapesTheDeputysText() {
        String html = RENDERING.html(report("<script>alert('述职')</script> & <b>加粗</b>"));

        assertThat(html).doesNotContain("<script>").doesNotContain("<b>");
        assertThat(html).contains("&lt;script&gt;alert(&#39;述职&#39;)&lt;/script&gt; &amp; &lt;b&gt;加粗&lt;/b&gt;");
    }

    @Test
    @DisplayName("the PDF's text reads back with the Chinese name, the quota's figures and the narrative intact")
    void pdfKeepsTheChinese() throws IOException {
        byte[] pdf = RENDERING.pdf(report("本年度我参加视察三次。"));

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = textOf(pdf);
        assertThat(text).contains("欧阳建国代表2025年度述职报告");
        assertThat(text).contains("QH-3.1 青海省代表履职办法第三条");
        assertThat(text).contains("3 / 4");
        assertThat(text).contains("本年度我参加视察三次。");
    }

    @Test
    @DisplayName("a report without a narrative says so in both layouts instead of leaving the section empty")
    void saysWhenTheNarrativeIsMissing() throws IOException {
        DutyReportView blank = report("");

        assertThat(RENDERING.html(blank)).contains("（代表尚未填写述职报告正文）");
        assertThat(textOf(RENDERING.pdf(blank))).contains("（代表尚未填写述职报告正文）");
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static DutyReportView report(String narrative) {
        QuotaVerdict quota = new QuotaVerdict("QH-3.1", "青海省代表履职办法第三条", "每年参加集中视察不少于四次", List.of("INSPECTION"), BigDecimal.valueOf(3), Optional.empty(), 4,
                Optional.empty(), new DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)), QuotaStatus.AT_RISK, false);
        List<Integer> reception = List.of(0, 1, 0, 2, 0, 0, 1, 0, 0, 1, 0, 0);
        List<Integer> inspection = List.of(0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0);
        return new DutyReportView(DEPUTY, "欧阳建国", "青海省人民代表大会", 14, LocalDate.of(2023, 1, 1), LocalDate.of(2027, 12, 31),
                ReportPeriod.year(2025, ON), ON, Optional.of(LocalDate.of(2026, 1, 31)), Optional.of("青海省代表履职办法第十条"),
                List.of(quota), List.of(new RecordsByMonth("RECEPTION", "接待群众", reception), new RecordsByMonth("INSPECTION", "视察", inspection)),
                Optional.empty(), List.of(), List.of(), List.of(),
                Optional.of(new DutyReport(DEPUTY, 2025, narrative, ReportState.DRAFT, Optional.empty())));
    }
}
