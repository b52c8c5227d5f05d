package org.lvzhi.adapter.persistence.suggestion;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.suggestion.ActionKind;
import org.lvzhi.domain.suggestion.Feedback;
import org.lvzhi.domain.suggestion.HandlingRole;
import org.lvzhi.domain.suggestion.HandlingUnit;
import org.lvzhi.domain.suggestion.Suggestion;
import org.lvzhi.domain.suggestion.SuggestionAction;
import org.lvzhi.domain.suggestion.SuggestionId;
import org.lvzhi.domain.suggestion.SuggestionState;

/** Maps the rows of a page of suggestions (and their co-sponsors, units and actions) to the domain. */
record SuggestionRows(List<Child<DeputyId>> coSponsors, List<Child<HandlingUnit>> units, List<Child<SuggestionAction>> actions) {

    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** A row of a child table and the suggestion it belongs to. */
    record Child<T>(UUID suggestion, T value) {
    }

    /** The suggestion's own row. */
    record Head(UUID id, UUID term, UUID sponsor, String title, String content, String state, int round, boolean complex,
                Date assignedOn, Date replyDueOn, Date feedbackDueOn, UUID mergedInto) {
    }

    static Head head(ResultSet row) throws SQLException {
        return new Head(row.getObject("id", UUID.class), row.getObject("term_id", UUID.class), row.getObject("sponsor_id", UUID.class),
                row.getString("title"), row.getString("content"), row.getString("state"), row.getInt("round"), row.getBoolean("complex"),
                row.getDate("assigned_on"), row.getDate("reply_due_on"), row.getDate("feedback_due_on"),
                row.getObject("merged_into", UUID.class));
    }

    static DeputyId coSponsor(ResultSet row) throws SQLException {
        return new DeputyId(row.getObject("deputy_id", UUID.class));
    }

    static HandlingUnit unit(ResultSet row) throws SQLException {
        return new HandlingUnit(new UnitId(row.getObject("unit_id", UUID.class)), HandlingRole.valueOf(row.getString("role")));
    }

    static SuggestionAction action(ResultSet row) throws SQLException {
        return new SuggestionAction(ActionKind.valueOf(row.getString("kind")), row.getInt("round"), row.getString("acted_by"),
                row.getTimestamp("acted_at").toInstant(), row.getDate("acted_on").toLocalDate(),
                Optional.ofNullable(row.getObject("unit_id", UUID.class)).map(UnitId::new),
                Optional.ofNullable(row.getString("text")), Optional.ofNullable(row.getString("code")),
                Optional.ofNullable(row.getString("signed_by")),
                Optional.ofNullable(row.getString("verdict")).map(Feedback::valueOf),
                Optional.ofNullable(row.getString("attitude")).map(Feedback::valueOf));
    }

    Suggestion suggestion(Head head) {
        return new Suggestion(new SuggestionId(head.id()), new TermId(head.term()), new DeputyId(head.sponsor()),
                of(coSponsors, head.id()), head.title(), head.content(), SuggestionState.valueOf(head.state()), head.round(),
                of(units, head.id()), head.complex(), date(head.assignedOn()), date(head.replyDueOn()), date(head.feedbackDueOn()),
                Optional.ofNullable(head.mergedInto()).map(SuggestionId::new), of(actions, head.id()));
    }

    private static <T> List<T> of(List<Child<T>> children, UUID suggestion) {
        return children.stream().filter(child -> child.suggestion().equals(suggestion)).map(Child::value).toList();
    }

    private static Optional<java.time.LocalDate> date(Date date) {
        return Optional.ofNullable(date).map(Date::toLocalDate);
    }
}
