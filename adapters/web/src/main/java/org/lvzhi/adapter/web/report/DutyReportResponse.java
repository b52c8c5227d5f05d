package org.lvzhi.adapter.web.report;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import org.lvzhi.application.report.DutyReportView;
import org.lvzhi.domain.shared.Messages;

@Serdeable
record DutyReportResponse(
        String deputyId, String name, int termNumber, int year, LocalDate on, LocalDate dueOn, String dueArticle,
        String state, String stateName, String narrative, LocalDate submittedOn, List<QuotaLine> quotas,
        List<MonthLine> months, List<Integer> monthTotals, Integer points, List<CaseLine> cases) {

    static DutyReportResponse of(DutyReportView view) {
        return new DutyReportResponse(view.deputy().toString(), view.name(), view.termNumber(), view.year(), view.on(),
                view.dueOn().orElse(null), view.dueArticle().orElse(null), view.report().state().name(),
                Messages.label(view.report().state()), view.report().narrative(), view.report().submittedOn().orElse(null),
                view.quotas().stream().map(q -> new QuotaLine(q.rule(), q.article(), q.summary(), q.count(), q.minimum(),
                        q.status().name(), Messages.label(q.status()))).toList(),
                view.months().stream().map(m -> new MonthLine(m.type(), m.name(), m.months(), m.total())).toList(),
                view.monthTotals(), view.points().map(p -> p.total()).orElse(null),
                view.cases().stream().map(c -> new CaseLine(c.id().toString(), c.rule(), c.article(), c.actionName(),
                        c.openedOn(), c.state().name())).toList());
    }

    @Serdeable
    record QuotaLine(String rule, String article, String summary, long count, int minimum, String status, String statusName) {
    }

    @Serdeable
    record MonthLine(String type, String name, List<Integer> months, int total) {
    }

    @Serdeable
    record CaseLine(String id, String rule, String article, String action, LocalDate openedOn, String state) {
    }
}
