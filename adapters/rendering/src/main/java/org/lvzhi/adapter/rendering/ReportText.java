package org.lvzhi.adapter.rendering;

import java.util.List;
import org.lvzhi.application.report.DutyReportView;
import org.lvzhi.domain.compliance.QuotaStatus;
import org.lvzhi.domain.compliance.QuotaVerdict;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.supervision.SupervisionCase;

/** The wording both layouts share, so the HTML and the PDF say the same. */
final class ReportText {

    static final String[] SECTIONS = {"一、履职要求完成情况", "二、每月履职活动", "三、履职积分", "四、履职监督", "五、述职报告"};

    private ReportText() {
    }

    static String title(DutyReportView report) {
        return report.name() + "代表" + report.year() + "年度述职报告";
    }

    static String subtitle(DutyReportView report) {
        String due = report.dueOn().map(d -> "应于 " + d + " 前提交" + report.dueArticle().map(a -> "（" + a + "）").orElse(""))
                .orElse("本级人大未规定提交期限");
        String state = Messages.label(report.report().state())
                + report.report().submittedOn().map(d -> "，" + d + " 提交").orElse("");
        return "第" + report.termNumber() + "届 · " + report.congress() + " · 统计截至 " + report.on() + " · " + due + " · " + state;
    }

    /** The quota's heading: rule and article on one line, so a reader (and a text extractor) finds them together. */
    static String quotaHeading(QuotaVerdict quota) {
        return quota.rule() + " " + quota.article();
    }

    static String quotaFigure(QuotaVerdict quota) {
        return quota.count() + " / " + quota.minimum() + "　" + Messages.label(quota.status())
                + "（" + quota.window().from() + " 至 " + quota.window().to() + "）";
    }

    /** How far the quota is done, 0 to 1. */
    static double progress(QuotaVerdict quota) {
        return quota.minimum() <= 0 ? 1.0 : Math.min(1.0, (double) quota.count() / quota.minimum());
    }

    /** The colour of a status as RGB: green, blue, amber, red. */
    static int[] colour(QuotaStatus status) {
        return switch (status) {
            case MET -> new int[] {46, 139, 87};
            case ON_TRACK -> new int[] {52, 112, 196};
            case AT_RISK -> new int[] {230, 150, 30};
            case BEHIND -> new int[] {200, 50, 50};
        };
    }

    static String hex(QuotaStatus status) {
        int[] c = colour(status);
        return String.format("#%02x%02x%02x", c[0], c[1], c[2]);
    }

    static String points(DutyReportView report) {
        return report.points().map(p -> "积分合计 " + p.total() + " 分（" + p.article() + "，" + p.rule() + "）")
                .orElse("本级人大未设履职积分");
    }

    static String caseLine(SupervisionCase c) {
        return c.openedOn() + "　" + c.rule() + " " + c.article() + "　" + c.actionName() + "　" + Messages.label(c.state());
    }

    static List<String> paragraphs(DutyReportView report) {
        String narrative = report.report().narrative();
        return narrative.isBlank() ? List.of("（代表尚未填写述职报告正文）") : List.of(narrative.split("\\R+"));
    }

    static String monthsTotal(DutyReportView report) {
        return "全年计入的履职活动共 " + report.monthTotals().stream().mapToInt(Integer::intValue).sum() + " 次";
    }
}
