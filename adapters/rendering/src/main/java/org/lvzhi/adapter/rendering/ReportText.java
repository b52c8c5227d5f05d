package org.lvzhi.adapter.rendering;

import java.util.List;
import org.lvzhi.application.report.port.out.DutyReportView;
import org.lvzhi.application.report.port.out.ProposalLine;
import org.lvzhi.application.report.port.out.SuggestionLine;
import org.lvzhi.domain.compliance.QuotaStatus;
import org.lvzhi.domain.compliance.QuotaVerdict;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.supervision.SupervisionCase;

/** The wording both layouts share, so the HTML and the PDF say the same. */
final class ReportText {

    private static final String[] NUMBERS = {"一", "二", "三", "四", "五", "六", "七"};

    private ReportText() {
    }

    /**
     * The numbered section headings, in order: quotas, records per column, suggestions and joint proposals, points,
     * supervision, and for a year the deputy's narrative.
     */
    static List<String> sections(DutyReportView report) {
        List<String> names = new java.util.ArrayList<>(List.of("履职要求完成情况", report.wholeTerm() ? "历年履职活动" : "每月履职活动",
                "建议、批评和意见及议案", "履职积分", "履职监督"));
        if (report.report().isPresent()) {
            names.add("述职报告");
        }
        List<String> numbered = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            numbered.add(NUMBERS[i] + "、" + names.get(i));
        }
        return numbered;
    }

    static String title(DutyReportView report) {
        return report.wholeTerm() ? report.name() + "代表第" + report.termNumber() + "届任期履职总结"
                : report.name() + "代表" + report.year() + "年度述职报告";
    }

    /** The term and its dates on one line, for the term-end summary. */
    static String term(DutyReportView report) {
        return "第" + report.termNumber() + "届（" + report.termStartsOn() + " 至 " + report.termEndsOn() + "）";
    }

    static String subtitle(DutyReportView report) {
        if (report.wholeTerm()) {
            return term(report) + " · " + report.congress() + " · 统计期间 " + report.period().from() + " 至 " + report.period().to()
                    + " · 供换届推荐参考";
        }
        String due = report.dueOn().map(d -> "应于 " + d + " 前提交" + report.dueArticle().map(a -> "（" + a + "）").orElse(""))
                .orElse("本级人大未规定提交期限");
        String state = report.report().map(r -> Messages.label(r.state())
                + r.submittedOn().map(d -> "，" + d + " 提交").orElse("")).orElse("");
        return "第" + report.termNumber() + "届 · " + report.congress() + " · 统计截至 " + report.on() + " · " + due + " · " + state;
    }

    /** The quota's heading: rule and article on one line, so a reader (and a text extractor) finds them together. */
    static String quotaHeading(QuotaVerdict quota) {
        return quota.rule() + " " + quota.article();
    }

    static String quotaFigure(QuotaVerdict quota) {
        return quota.count().toPlainString() + " / " + quota.minimum() + "　" + Messages.label(quota.status())
                + "（" + quota.window().from() + " 至 " + quota.window().to() + "）";
    }

    /** How far the quota is done, 0 to 1. */
    static double progress(QuotaVerdict quota) {
        return quota.minimum() <= 0 ? 1.0 : Math.min(1.0, quota.count().doubleValue() / quota.minimum());
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
        return report.points().map(p -> "积分合计 " + p.total().toPlainString() + " 分（" + p.article() + "，" + p.rule() + "）")
                .orElse("本级人大未设履职积分");
    }

    static String caseLine(SupervisionCase c) {
        return c.openedOn() + "　" + c.rule() + " " + c.article() + "　" + c.actionName() + "　" + Messages.label(c.state());
    }

    /** A suggestion on one line: date, title, sponsoring or co-sponsoring, and its outcome. */
    static String suggestionLine(SuggestionLine s) {
        return s.submittedOn() + "　" + s.title() + "（" + (s.sponsor() ? "领衔" : "附议") + "）　" + Messages.label(s.state())
                + s.leadUnit().map(u -> "，主办单位：" + u).orElse("")
                + s.verdict().map(v -> "，代表评价：" + Messages.label(v)).orElse("");
    }

    /** A joint proposal on one line: date, kind, title, leading or joining, and the presidium's decision or its state. */
    static String proposalLine(ProposalLine p) {
        return p.filedOn() + "　" + Messages.label(p.kind()) + "　" + p.title() + "（" + (p.lead() ? "领衔" : "联名")
                + (p.withdrawn() ? "，已撤回" : "") + "）　" + Messages.label(p.state())
                + p.decidedOn().map(d -> "（主席团 " + d + " 决定）").orElse("");
    }

    static String noSubmissions(DutyReportView report) {
        return (report.wholeTerm() ? "本届" : "本年度") + "未提出建议、批评和意见，未联名提出议案";
    }

    static String noCases(DutyReportView report) {
        return (report.wholeTerm() ? "本届" : "本年度") + "无监督案件";
    }

    static List<String> paragraphs(DutyReportView report) {
        String narrative = report.report().map(r -> r.narrative()).orElse("");
        return narrative.isBlank() ? List.of("（代表尚未填写述职报告正文）") : List.of(narrative.split("\\R+"));
    }

    static String monthsTotal(DutyReportView report) {
        return (report.wholeTerm() ? "本届" : "全年") + "计入的履职活动共 " + report.monthTotals().stream().mapToInt(Integer::intValue).sum() + " 次";
    }
}
