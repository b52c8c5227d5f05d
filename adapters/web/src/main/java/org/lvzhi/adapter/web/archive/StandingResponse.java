package org.lvzhi.adapter.web.archive;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.lvzhi.application.archive.port.out.ComplianceStanding;
import org.lvzhi.domain.shared.Messages;

@Serdeable
record StandingResponse(String deputyId, String name, LocalDate evaluatedOn, String worst, String worstName, List<Line> quotas) {

    static StandingResponse of(ComplianceStanding standing) {
        return new StandingResponse(standing.deputy().toString(), standing.name(), standing.evaluatedOn(),
                standing.worst().name(), Messages.label(standing.worst()),
                standing.quotas().stream().map(q -> new Line(q.rule(), q.article(), q.count(), q.minimum(), q.status().name()))
                        .toList());
    }

    @Serdeable
    record Line(String rule, String article, BigDecimal count, int minimum, String status) {
    }
}
