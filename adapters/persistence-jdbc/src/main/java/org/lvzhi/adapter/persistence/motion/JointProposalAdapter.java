package org.lvzhi.adapter.persistence.motion;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.application.motion.port.out.JointProposalPort;
import org.lvzhi.application.shared.Page;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.motion.JointProposal;
import org.lvzhi.domain.motion.JointProposalId;
import org.lvzhi.domain.motion.ProposalKind;

/** Joint proposals in {@code joint_proposal}, their signatories in {@code joint_proposal_signatory}. */
@Singleton
class JointProposalAdapter implements JointProposalPort {

    private final JdbcOperations jdbc;

    JointProposalAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(JointProposal proposal) {
        jdbc.prepareStatement("INSERT INTO joint_proposal (" + ProposalRows.COLUMNS + ") VALUES ("
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", statement -> {
            ProposalRows.bind(statement, proposal);
            return statement.executeUpdate();
        });
        jdbc.prepareStatement("INSERT INTO joint_proposal_signatory (proposal_id, deputy_id, position, withdrawn_at, dissatisfied)"
                + " VALUES (?, ?, ?, ?, ?)", statement -> {
            for (int i = 0; i < proposal.signatories().size(); i++) {
                statement.setObject(1, proposal.id().value());
                statement.setObject(2, proposal.signatories().get(i).value());
                statement.setInt(3, i);
                bindSignatory(statement, 4, proposal, proposal.signatories().get(i));
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    @Override
    public void update(JointProposal proposal) {
        jdbc.prepareStatement("UPDATE joint_proposal SET " + ProposalRows.CHANGING + " WHERE id = ?", statement -> {
            int next = ProposalRows.bindChanging(statement, 1, proposal);
            statement.setObject(next, proposal.id().value());
            return statement.executeUpdate();
        });
        jdbc.prepareStatement("UPDATE joint_proposal_signatory SET withdrawn_at = ?, dissatisfied = ?"
                + " WHERE proposal_id = ? AND deputy_id = ?", statement -> {
            for (DeputyId deputy : proposal.signatories()) {
                bindSignatory(statement, 1, proposal, deputy);
                statement.setObject(3, proposal.id().value());
                statement.setObject(4, deputy.value());
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    @Override
    public Optional<JointProposal> find(JointProposalId id) {
        return query("SELECT " + ProposalRows.COLUMNS + " FROM joint_proposal WHERE id = ?", List.of(id.value()))
                .stream().findFirst();
    }

    @Override
    public Page<JointProposal> list(Optional<ProposalKind> kind, PageRequest page) {
        String where = kind.map(k -> " WHERE kind = ?").orElse("");
        List<Object> parameters = new ArrayList<>(kind.map(k -> (Object) k.name()).stream().toList());
        long total = jdbc.prepareStatement("SELECT count(*) FROM joint_proposal" + where, statement -> {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
        parameters.add(page.size());
        parameters.add(page.offset());
        return Page.of(query("SELECT " + ProposalRows.COLUMNS + " FROM joint_proposal" + where
                + " ORDER BY filed_on DESC, id LIMIT ? OFFSET ?", parameters), page, total);
    }

    private List<JointProposal> query(String sql, List<Object> parameters) {
        List<ProposalRows.Row> rows = jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            try (ResultSet found = statement.executeQuery()) {
                List<ProposalRows.Row> read = new ArrayList<>();
                while (found.next()) {
                    read.add(ProposalRows.read(found));
                }
                return read;
            }
        });
        return rows.stream().map(row -> row.toProposal(signatories(row.id()))).toList();
    }

    private List<ProposalRows.Signatory> signatories(UUID proposal) {
        return jdbc.prepareStatement("SELECT deputy_id, withdrawn_at, dissatisfied FROM joint_proposal_signatory"
                + " WHERE proposal_id = ? ORDER BY position", statement -> {
            statement.setObject(1, proposal);
            try (ResultSet rows = statement.executeQuery()) {
                List<ProposalRows.Signatory> found = new ArrayList<>();
                while (rows.next()) {
                    int withdrawnAt = rows.getInt("withdrawn_at");
                    Optional<Integer> withdrawn = rows.wasNull() ? Optional.empty() : Optional.of(withdrawnAt);
                    found.add(new ProposalRows.Signatory(new DeputyId(rows.getObject("deputy_id", UUID.class)), withdrawn,
                            rows.getBoolean("dissatisfied")));
                }
                return found;
            }
        });
    }

    private static void bindSignatory(PreparedStatement statement, int from, JointProposal proposal, DeputyId deputy)
            throws SQLException {
        int withdrawnAt = proposal.withdrawn().indexOf(deputy);
        if (withdrawnAt < 0) {
            statement.setNull(from, Types.INTEGER);
        } else {
            statement.setInt(from, withdrawnAt);
        }
        statement.setBoolean(from + 1, proposal.answer().map(a -> a.dissatisfied().contains(deputy)).orElse(false));
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }
}
