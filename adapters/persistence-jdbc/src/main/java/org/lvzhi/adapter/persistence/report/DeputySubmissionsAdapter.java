package org.lvzhi.adapter.persistence.report;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.adapter.persistence.shared.Statements;
import org.lvzhi.application.report.port.out.DeputySubmissionsPort;
import org.lvzhi.application.report.port.out.ProposalLine;
import org.lvzhi.application.report.port.out.SuggestionLine;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.motion.JointProposalId;
import org.lvzhi.domain.motion.PresidiumOutcome;
import org.lvzhi.domain.motion.ProposalKind;
import org.lvzhi.domain.motion.ProposalState;
import org.lvzhi.domain.suggestion.Feedback;
import org.lvzhi.domain.suggestion.SuggestionId;
import org.lvzhi.domain.suggestion.SuggestionState;

/**
 * A deputy's suggestions and joint proposals of a period, read straight from their tables (row-level security keeps
 * them to the acting congress): the submission date is the SUBMITTED action's, the verdict the latest feedback's.
 */
@Singleton
class DeputySubmissionsAdapter implements DeputySubmissionsPort {

    private static final String SUGGESTIONS = """
            SELECT s.id, s.title, sub.acted_on, s.sponsor_id = ?, s.state, lead.name, fb.verdict
            FROM suggestion s
            JOIN LATERAL (SELECT min(a.acted_on) AS acted_on FROM suggestion_action a
                          WHERE a.tenant_id = s.tenant_id AND a.suggestion_id = s.id AND a.kind = 'SUBMITTED') sub ON true
            LEFT JOIN LATERAL (SELECT o.name FROM suggestion_unit u
                               JOIN organisation_unit o ON o.tenant_id = u.tenant_id AND o.id = u.unit_id
                               WHERE u.tenant_id = s.tenant_id AND u.suggestion_id = s.id AND u.role = 'LEAD'
                               ORDER BY u.ordinal LIMIT 1) lead ON true
            LEFT JOIN LATERAL (SELECT a.verdict FROM suggestion_action a
                               WHERE a.tenant_id = s.tenant_id AND a.suggestion_id = s.id AND a.verdict IS NOT NULL
                               ORDER BY a.seq DESC LIMIT 1) fb ON true
            WHERE s.state <> 'DRAFT' AND sub.acted_on BETWEEN ? AND ?
              AND (s.sponsor_id = ? OR EXISTS (SELECT 1 FROM suggestion_co_sponsor c
                                               WHERE c.tenant_id = s.tenant_id AND c.suggestion_id = s.id AND c.deputy_id = ?))
            ORDER BY sub.acted_on, s.title, s.id
            """;

    private static final String PROPOSALS = """
            SELECT p.id, p.kind, p.title, p.filed_on, g.position = 0, g.withdrawn_at IS NOT NULL, p.state, p.decision,
                   p.decided_on
            FROM joint_proposal p
            JOIN joint_proposal_signatory g ON g.tenant_id = p.tenant_id AND g.proposal_id = p.id AND g.deputy_id = ?
            WHERE p.filed_on BETWEEN ? AND ?
            ORDER BY p.filed_on, p.title, p.id
            """;

    private final JdbcOperations jdbc;

    DeputySubmissionsAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SuggestionLine> suggestions(DeputyId deputy, LocalDate from, LocalDate to) {
        UUID id = deputy.value();
        return Statements.list(jdbc, SUGGESTIONS, List.of(id, from, to, id, id), row -> new SuggestionLine(
                new SuggestionId(row.getObject(1, UUID.class)), row.getString(2), row.getDate(3).toLocalDate(), row.getBoolean(4),
                SuggestionState.valueOf(row.getString(5)), Optional.ofNullable(row.getString(6)),
                Optional.ofNullable(row.getString(7)).map(Feedback::valueOf)));
    }

    @Override
    public List<ProposalLine> proposals(DeputyId deputy, LocalDate from, LocalDate to) {
        return Statements.list(jdbc, PROPOSALS, List.of(deputy.value(), from, to), row -> new ProposalLine(
                new JointProposalId(row.getObject(1, UUID.class)), ProposalKind.valueOf(row.getString(2)), row.getString(3),
                row.getDate(4).toLocalDate(), row.getBoolean(5), row.getBoolean(6), ProposalState.valueOf(row.getString(7)),
                Optional.ofNullable(row.getString(8)).map(PresidiumOutcome::valueOf),
                Optional.ofNullable(row.getDate(9)).map(Date::toLocalDate)));
    }
}
