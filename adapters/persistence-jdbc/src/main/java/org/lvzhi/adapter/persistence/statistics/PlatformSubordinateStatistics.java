package org.lvzhi.adapter.persistence.statistics;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lvzhi.adapter.persistence.shared.Statements;
import org.lvzhi.application.statistics.port.out.SubordinateStatisticsPort;
import org.lvzhi.application.statistics.port.out.SubordinateTotals;
import org.lvzhi.domain.congress.CongressId;

/**
 * A parent congress's view of the congresses below it, on the platform role (a cross-tenant component, DESIGN.md §2):
 * the descendants are found by the parent_id hierarchy from the acting congress only, and each is read as counts —
 * the statement selects no deputy, person or record column, so no personal row can leave it.
 */
@Singleton
@Transactional(value = "platform", readOnly = true)
class PlatformSubordinateStatistics implements SubordinateStatisticsPort {

    static final String BELOW = """
            WITH RECURSIVE below AS (
                SELECT id, name, level, parent_id FROM congress WHERE parent_id = ?
                 UNION
                SELECT c.id, c.name, c.level, c.parent_id FROM congress c JOIN below ON c.parent_id = below.id)
            SELECT below.id, below.name, below.level, below.parent_id,
                   (SELECT count(*) FROM deputy d JOIN term t ON t.tenant_id = d.tenant_id AND t.id = d.term_id
                     WHERE d.tenant_id = below.id AND t.starts_on < ? AND t.ends_on >= ?) AS deputies,
                   (SELECT count(*) FROM duty_record r
                     WHERE r.tenant_id = below.id AND r.state = 'CONFIRMED' AND r.occurred_on >= ? AND r.occurred_on < ?) AS records,
                   (SELECT count(*) FROM absence b
                     WHERE b.tenant_id = below.id AND b.absent_on >= ? AND b.absent_on < ?) AS absences,
                   (SELECT COALESCE(sum(jsonb_array_length(s.verdicts)), 0) FROM compliance_standing s
                     WHERE s.tenant_id = below.id) AS quotas,
                   (SELECT count(*) FROM compliance_standing s, jsonb_array_elements(s.verdicts) v
                     WHERE s.tenant_id = below.id AND v ->> 'status' = 'MET') AS quotas_met,
                   (SELECT count(*) FROM deadline k
                     WHERE k.tenant_id = below.id AND k.subject_kind = 'SUGGESTION'
                       AND k.event IN ('SUGGESTION_ASSIGNED', 'SUGGESTION_REASSIGNED') AND k.due_on >= ? AND k.due_on < ?) AS replies_due,
                   (SELECT count(*) FROM deadline k
                     WHERE k.tenant_id = below.id AND k.subject_kind = 'SUGGESTION'
                       AND k.event IN ('SUGGESTION_ASSIGNED', 'SUGGESTION_REASSIGNED') AND k.due_on >= ? AND k.due_on < ?
                       AND k.state = 'MET' AND k.met_on <= k.due_on) AS replied_on_time
              FROM below
             ORDER BY below.id""";

    private final JdbcOperations jdbc;

    PlatformSubordinateStatistics(@Named("platform") JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SubordinateTotals> below(CongressId parent, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate until = from.plusYears(1);
        return Statements.list(jdbc, BELOW,
                List.of(parent.value(), until, from, from, until, from, until, from, until, from, until),
                row -> new SubordinateTotals(new CongressId(row.getString("id")), row.getString("name"), row.getString("level"),
                        Optional.ofNullable(row.getString("parent_id")).map(CongressId::new), row.getLong("deputies"),
                        row.getLong("records"), row.getLong("absences"), row.getLong("quotas"), row.getLong("quotas_met"),
                        row.getLong("replies_due"), row.getLong("replied_on_time")));
    }
}
