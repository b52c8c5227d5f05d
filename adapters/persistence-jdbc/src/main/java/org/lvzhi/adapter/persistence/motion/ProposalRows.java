package org.lvzhi.adapter.persistence.motion;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.motion.AnswerVerdict;
import org.lvzhi.domain.motion.JointProposal;
import org.lvzhi.domain.motion.JointProposalId;
import org.lvzhi.domain.motion.PresidiumDecision;
import org.lvzhi.domain.motion.PresidiumOutcome;
import org.lvzhi.domain.motion.ProposalKind;
import org.lvzhi.domain.motion.ProposalState;
import org.lvzhi.domain.motion.ProposalText;
import org.lvzhi.domain.motion.Share;
import org.lvzhi.domain.motion.SignatureThreshold;

/** Maps a joint proposal to its row and back; the domain never sees a row. */
final class ProposalRows {

    static final String COLUMNS = "id, kind, term_id, title, subject, grounds, proposal, threshold_rule, threshold_article,"
            + " threshold_required, threshold_share, threshold_whole, required_parts, filed_on, filed_by, state, ended_on,"
            + " decision, decision_note, decided_on, decision_by, answer_rule, answer_article, answer_required, answer_share,"
            + " answer_whole, answer_on, answer_by";
    static final String CHANGING = "state = ?, ended_on = ?, decision = ?, decision_note = ?, decided_on = ?, decision_by = ?,"
            + " answer_rule = ?, answer_article = ?, answer_required = ?, answer_share = ?, answer_whole = ?, answer_on = ?,"
            + " answer_by = ?";

    private ProposalRows() {
    }

    /** One signatory's row: the deputy, when they withdrew (their place in the order of withdrawals), their verdict. */
    record Signatory(DeputyId deputy, Optional<Integer> withdrawnAt, boolean dissatisfied) {
    }

    /** A proposal row read, waiting for its signatories. */
    record Row(UUID id, ProposalKind kind, TermId term, ProposalText text, SignatureThreshold threshold, LocalDate filedOn,
            String filedBy, ProposalState state, Optional<LocalDate> endedOn, Optional<PresidiumDecision> decision,
            Optional<AnswerThreshold> answer) {

        JointProposal toProposal(List<Signatory> signatories) {
            List<DeputyId> withdrawn = signatories.stream().filter(s -> s.withdrawnAt().isPresent())
                    .sorted(Comparator.comparing(s -> s.withdrawnAt().orElseThrow())).map(Signatory::deputy).toList();
            List<DeputyId> dissatisfied = signatories.stream().filter(Signatory::dissatisfied).map(Signatory::deputy).toList();
            return new JointProposal(new JointProposalId(id), kind, term, text, signatories.stream().map(Signatory::deputy).toList(),
                    withdrawn, threshold, filedOn, filedBy, state, endedOn, decision,
                    answer.map(a -> new AnswerVerdict(dissatisfied, a.threshold(), a.on(), a.by())));
        }
    }

    record AnswerThreshold(SignatureThreshold threshold, LocalDate on, String by) {
    }

    /** Binds every column of {@link #COLUMNS} but the tenant, which the database defaults. */
    static void bind(PreparedStatement statement, JointProposal proposal) throws SQLException {
        statement.setObject(1, proposal.id().value());
        statement.setString(2, proposal.kind().name());
        statement.setObject(3, proposal.term().value());
        statement.setString(4, proposal.text().title());
        statement.setString(5, proposal.text().subject().orElse(null));
        statement.setString(6, proposal.text().grounds().orElse(null));
        statement.setString(7, proposal.text().proposal().orElse(null));
        SignatureThreshold threshold = proposal.threshold();
        statement.setString(8, threshold.rule());
        statement.setString(9, threshold.article());
        statement.setInt(10, threshold.required());
        statement.setString(11, threshold.share().map(Share::toString).orElse(null));
        statement.setInt(12, threshold.whole());
        statement.setArray(13, statement.getConnection().createArrayOf("text", threshold.requiredParts().toArray()));
        statement.setDate(14, Date.valueOf(proposal.filedOn()));
        statement.setString(15, proposal.filedBy());
        bindChanging(statement, 16, proposal);
    }

    /** Binds the columns of {@link #CHANGING} from {@code from}; answers the next index. */
    static int bindChanging(PreparedStatement statement, int from, JointProposal proposal) throws SQLException {
        statement.setString(from, proposal.state().name());
        statement.setDate(from + 1, proposal.endedOn().map(Date::valueOf).orElse(null));
        Optional<PresidiumDecision> decision = proposal.decision();
        statement.setString(from + 2, decision.map(d -> d.outcome().name()).orElse(null));
        statement.setString(from + 3, decision.flatMap(PresidiumDecision::note).orElse(null));
        statement.setDate(from + 4, decision.map(d -> Date.valueOf(d.decidedOn())).orElse(null));
        statement.setString(from + 5, decision.map(PresidiumDecision::recordedBy).orElse(null));
        Optional<AnswerVerdict> answer = proposal.answer();
        Optional<SignatureThreshold> half = answer.map(AnswerVerdict::threshold);
        statement.setString(from + 6, half.map(SignatureThreshold::rule).orElse(null));
        statement.setString(from + 7, half.map(SignatureThreshold::article).orElse(null));
        setInteger(statement, from + 8, half.map(SignatureThreshold::required));
        statement.setString(from + 9, half.flatMap(SignatureThreshold::share).map(Share::toString).orElse(null));
        setInteger(statement, from + 10, half.map(SignatureThreshold::whole));
        statement.setDate(from + 11, answer.map(a -> Date.valueOf(a.recordedOn())).orElse(null));
        statement.setString(from + 12, answer.map(AnswerVerdict::recordedBy).orElse(null));
        return from + 13;
    }

    static Row read(ResultSet row) throws SQLException {
        SignatureThreshold threshold = new SignatureThreshold(row.getString("threshold_rule"), row.getString("threshold_article"),
                row.getInt("threshold_required"), Optional.ofNullable(row.getString("threshold_share")).map(Share::parse),
                row.getInt("threshold_whole"), Arrays.asList((String[]) row.getArray("required_parts").getArray()));
        Optional<PresidiumDecision> decision = Optional.ofNullable(row.getString("decision")).map(PresidiumOutcome::valueOf)
                .map(outcome -> decision(row, outcome));
        Optional<AnswerThreshold> answer = Optional.ofNullable(row.getString("answer_rule")).map(rule -> answer(row, rule));
        return new Row(row.getObject("id", UUID.class), ProposalKind.valueOf(row.getString("kind")),
                new TermId(row.getObject("term_id", UUID.class)),
                new ProposalText(row.getString("title"), Optional.ofNullable(row.getString("subject")),
                        Optional.ofNullable(row.getString("grounds")), Optional.ofNullable(row.getString("proposal"))),
                threshold, row.getDate("filed_on").toLocalDate(), row.getString("filed_by"),
                ProposalState.valueOf(row.getString("state")), Optional.ofNullable(row.getDate("ended_on")).map(Date::toLocalDate),
                decision, answer);
    }

    private static PresidiumDecision decision(ResultSet row, PresidiumOutcome outcome) {
        try {
            return new PresidiumDecision(outcome, Optional.ofNullable(row.getString("decision_note")),
                    row.getDate("decided_on").toLocalDate(), row.getString("decision_by"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AnswerThreshold answer(ResultSet row, String rule) {
        try {
            SignatureThreshold half = new SignatureThreshold(rule, row.getString("answer_article"), row.getInt("answer_required"),
                    Optional.ofNullable(row.getString("answer_share")).map(Share::parse), row.getInt("answer_whole"), List.of());
            return new AnswerThreshold(half, row.getDate("answer_on").toLocalDate(), row.getString("answer_by"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setInteger(PreparedStatement statement, int index, Optional<Integer> value) throws SQLException {
        if (value.isPresent()) {
            statement.setInt(index, value.get());
        } else {
            statement.setNull(index, Types.INTEGER);
        }
    }
}
