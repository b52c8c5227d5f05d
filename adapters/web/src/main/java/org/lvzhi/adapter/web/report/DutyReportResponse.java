package org.lvzhi.adapter.web.report;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.lvzhi.application.report.port.out.DutyReportView;
import org.lvzhi.domain.report.DutyReport;
import org.lvzhi.domain.shared.Messages;

/** A duty report as JSON: the annual report, or (kind {@code TERM}, without narrative or due date) the term-end summary. */
@Serdeable
record DutyReportResponse(
        String deputyId, String name, String kind, int termNumber, LocalDate termStartsOn, LocalDate termEndsOn,
        LocalDate from, LocalDate to, int year, LocalDate on, LocalDate dueOn, String dueArticle,
        String state, String stateName, String narrative, LocalDate submittedOn, List<QuotaLine> quotas,
        List<String> columns, List<MonthLine> months, List<Integer> monthTotals, BigDecimal points, List<CaseLine> cases,
        List<SuggestionLine> suggestions, List<ProposalLine> proposals) {

    static DutyReportResponse of(DutyReportView view) {
        DutyReport report = view.report().orElse(null);
        return new DutyReportResponse(view.deputy().toString(), view.name(), view.period().kind().name(), view.termNumber(),
                view.termStartsOn(), view.termEndsOn(), view.period().from(), view.period().to(), view.year(), view.on(),
                view.dueOn().orElse(null), view.dueArticle().orElse(null),
                report == null ? null : report.state().name(), report == null ? null : Messages.label(report.state()),
                report == null ? null : report.narrative(), report == null ? null : report.submittedOn().orElse(null),
                view.quotas().stream().map(q -> new QuotaLine(q.rule(), q.article(), q.summary(), q.count(), q.minimum(),
                        q.status().name(), Messages.label(q.status()))).toList(),
                view.columns(),
                view.months().stream().map(m -> new MonthLine(m.type(), m.name(), m.months(), m.total())).toList(),
                view.monthTotals(), view.points().map(p -> p.total()).orElse(null),
                view.cases().stream().map(c -> new CaseLine(c.id().toString(), c.rule(), c.article(), c.actionName(),
                        c.openedOn(), c.state().name())).toList(),
                view.suggestions().stream().map(s -> new SuggestionLine(s.id().value().toString(), s.title(), s.submittedOn(),
                        s.sponsor() ? "SPONSOR" : "CO_SPONSOR", s.state().name(), Messages.label(s.state()),
                        s.leadUnit().orElse(null), s.verdict().map(Enum::name).orElse(null))).toList(),
                view.proposals().stream().map(p -> new ProposalLine(p.id().value().toString(), p.kind().name(), p.title(),
                        p.filedOn(), p.lead() ? "LEAD" : "SIGNATORY", p.withdrawn(), p.state().name(), Messages.label(p.state()),
                        p.decision().map(Enum::name).orElse(null), p.decidedOn().orElse(null))).toList());
    }

    @Serdeable
    record QuotaLine(String rule, String article, String summary, BigDecimal count, int minimum, String status, String statusName) {
    }

    @Serdeable
    record MonthLine(String type, String name, List<Integer> months, int total) {
    }

    @Serdeable
    record CaseLine(String id, String rule, String article, String action, LocalDate openedOn, String state) {
    }

    @Serdeable
    record SuggestionLine(String id, String title, LocalDate submittedOn, String role, String state, String stateName,
            String leadUnit, String verdict) {
    }

    @Serdeable
    record ProposalLine(String id, String kind, String title, LocalDate filedOn, String role, boolean withdrawn, String state,
            String stateName, String decision, LocalDate decidedOn) {
    }
}
