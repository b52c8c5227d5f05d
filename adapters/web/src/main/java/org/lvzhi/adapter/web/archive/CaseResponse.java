package org.lvzhi.adapter.web.archive;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import org.lvzhi.domain.supervision.SupervisionCase;

@Serdeable
record CaseResponse(
        String id, String deputyId, String rule, String article, String triggerKey, int step, String action,
        String actor, List<String> alternatives, List<String> evidence, LocalDate openedOn, String state, String outcome,
        String note, String closedBy, LocalDate closedOn) {

    static CaseResponse of(SupervisionCase c) {
        return new CaseResponse(c.id().toString(), c.deputy().toString(), c.rule(), c.article(), c.triggerKey(), c.step(),
                c.action(), c.actor(), c.alternatives(), c.evidence(), c.openedOn(), c.state().name(),
                c.outcome().map(Enum::name).orElse(null), c.note().orElse(null), c.closedBy().orElse(null),
                c.closedOn().orElse(null));
    }
}
