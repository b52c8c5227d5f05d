package org.lvzhi.adapter.rendering;

import java.util.List;
import org.lvzhi.adapter.page.BrowserPage;
import org.lvzhi.application.report.port.out.DutyReportView;
import org.lvzhi.domain.compliance.QuotaVerdict;
import org.lvzhi.domain.report.RecordsByMonth;

/** The report as one self-contained HTML page, every text escaped, the charts as inline SVG. */
final class HtmlReport {

    private final StringBuilder out = new StringBuilder();

    static String render(DutyReportView report) {
        return new HtmlReport().page(report);
    }

    private String page(DutyReportView report) {
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").append(BrowserPage.escape(ReportText.title(report)))
                .append("</title><style>body{font-family:\"WenQuanYi Zen Hei\",\"Noto Sans CJK SC\",sans-serif;max-width:820px;"
                        + "margin:2em auto;color:#222}h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em}"
                        + ".quota{margin:.8em 0}.bar{fill:#e8e8e8}.muted{color:#666}table{border-collapse:collapse}"
                        + "td,th{border:1px solid #ddd;padding:.2em .6em;text-align:right}td:first-child{text-align:left}</style>"
                        + "</head><body>\n");
        out.append("<h1>").append(BrowserPage.escape(ReportText.title(report))).append("</h1>\n<p class=\"muted\">")
                .append(BrowserPage.escape(ReportText.subtitle(report))).append("</p>\n");
        List<String> sections = ReportText.sections(report);
        out.append("<h2>").append(sections.get(0)).append("</h2>\n");
        for (QuotaVerdict quota : report.quotas()) {
            int width = (int) Math.round(ReportText.progress(quota) * 400);
            out.append("<div class=\"quota\"><strong>").append(BrowserPage.escape(ReportText.quotaHeading(quota))).append("</strong> ")
                    .append(BrowserPage.escape(quota.summary())).append("<br><svg width=\"420\" height=\"18\" role=\"img\" aria-label=\"")
                    .append(BrowserPage.escape(ReportText.quotaFigure(quota))).append("\"><rect class=\"bar\" width=\"400\" height=\"14\" rx=\"3\"/>")
                    .append("<rect width=\"").append(width).append("\" height=\"14\" rx=\"3\" fill=\"")
                    .append(ReportText.hex(quota.status())).append("\"/></svg> ").append(BrowserPage.escape(ReportText.quotaFigure(quota)))
                    .append("</div>\n");
        }
        out.append("<h2>").append(sections.get(1)).append("</h2>\n");
        monthChart(report.monthTotals(), report.columns());
        out.append("<p>").append(BrowserPage.escape(ReportText.monthsTotal(report))).append("</p>\n<table><tr><th>活动类型</th>");
        for (String column : report.columns()) {
            out.append("<th>").append(BrowserPage.escape(column)).append("</th>");
        }
        out.append("<th>合计</th></tr>\n");
        for (RecordsByMonth line : report.months()) {
            out.append("<tr><td>").append(BrowserPage.escape(line.name())).append("</td>");
            line.months().forEach(count -> out.append("<td>").append(count).append("</td>"));
            out.append("<td>").append(line.total()).append("</td></tr>\n");
        }
        out.append("</table>\n<h2>").append(sections.get(2)).append("</h2>\n");
        if (report.suggestions().isEmpty() && report.proposals().isEmpty()) {
            out.append("<p>").append(BrowserPage.escape(ReportText.noSubmissions(report))).append("</p>\n");
        }
        report.suggestions().forEach(s -> out.append("<p class=\"suggestion\">").append(BrowserPage.escape(ReportText.suggestionLine(s))).append("</p>\n"));
        report.proposals().forEach(p -> out.append("<p class=\"proposal\">").append(BrowserPage.escape(ReportText.proposalLine(p))).append("</p>\n"));
        out.append("<h2>").append(sections.get(3)).append("</h2>\n<p>").append(BrowserPage.escape(ReportText.points(report)))
                .append("</p>\n<h2>").append(sections.get(4)).append("</h2>\n");
        if (report.cases().isEmpty()) {
            out.append("<p>").append(BrowserPage.escape(ReportText.noCases(report))).append("</p>\n");
        }
        report.cases().forEach(c -> out.append("<p>").append(BrowserPage.escape(ReportText.caseLine(c))).append("</p>\n"));
        if (sections.size() > 5) {
            out.append("<h2>").append(sections.get(5)).append("</h2>\n");
            ReportText.paragraphs(report).forEach(p -> out.append("<p>").append(BrowserPage.escape(p)).append("</p>\n"));
        }
        return out.append("</body></html>\n").toString();
    }

    private void monthChart(List<Integer> totals, List<String> columns) {
        int max = Math.max(1, totals.stream().mapToInt(Integer::intValue).max().orElse(1));
        int height = 160;
        int slot = 588 / Math.max(1, columns.size());
        out.append("<svg width=\"640\" height=\"200\" role=\"img\" aria-label=\"履职活动次数\">")
                .append("<line x1=\"30\" y1=\"").append(height + 10).append("\" x2=\"630\" y2=\"").append(height + 10)
                .append("\" stroke=\"#999\"/>");
        for (int m = 0; m < columns.size(); m++) {
            int h = (int) Math.round((double) totals.get(m) / max * (height - 20));
            int x = 40 + m * slot;
            int w = slot * 7 / 10;
            out.append("<rect x=\"").append(x).append("\" y=\"").append(height + 10 - h).append("\" width=\"").append(w)
                    .append("\" height=\"").append(h).append("\" fill=\"#3470c4\"/><text x=\"").append(x + w / 2).append("\" y=\"").append(height + 5 - h)
                    .append("\" font-size=\"11\" text-anchor=\"middle\">").append(totals.get(m)).append("</text><text x=\"")
                    .append(x + w / 2).append("\" y=\"").append(height + 28).append("\" font-size=\"11\" text-anchor=\"middle\">")
                    .append(BrowserPage.escape(columns.get(m))).append("</text>");
        }
        out.append("</svg>\n");
    }
}
