package org.lvzhi.domain.suggestion;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;

/**
 * A deputy's suggestion, criticism or opinion (建议、批评和意见) through its statutory life: one matter each, with
 * co-sponsors; screened by staff (HN-5); assigned to a lead unit and co-handlers; answered by the lead unit, signed by
 * its head, within 3 months or, when complex, 6 with a progress explanation at 3 (QH-3.5, BL-13); the deputy's
 * feedback (HN-6); one re-handling after a dissatisfied feedback, answered within a month (BL-13); closed. Every
 * change is an {@link SuggestionAction} saying who and when; a change the state does not allow is refused in Chinese.
 */
public record Suggestion(
        SuggestionId id,
        TermId term,
        DeputyId sponsor,
        List<DeputyId> coSponsors,
        String title,
        String content,
        SuggestionState state,
        int round,
        List<HandlingUnit> units,
        boolean complex,
        Optional<LocalDate> assignedOn,
        Optional<LocalDate> replyDueOn,
        Optional<LocalDate> feedbackDueOn,
        Optional<SuggestionId> mergedInto,
        List<SuggestionAction> actions) {

    public static final int MAX_TITLE_LENGTH = 100;
    public static final int MAX_CONTENT_LENGTH = 5000;
    static final int MAX_NOTE_LENGTH = 2000;
    /** The first period after assignment at whose end a complex suggestion's progress is explained (BL-13). */
    public static final Period PROGRESS_EXPLAINED_AFTER = Period.ofMonths(3);
    private static final Messages MESSAGES = Messages.of(Suggestion.class);

    public Suggestion {
        Checks.required("id", id);
        Checks.required("termId", term);
        Checks.required("sponsor", sponsor);
        coSponsors = List.copyOf(Checks.required("coSponsors", coSponsors));
        title = Checks.text("title", title, MAX_TITLE_LENGTH);
        content = Checks.text("content", content, MAX_CONTENT_LENGTH);
        Checks.required("state", state);
        units = List.copyOf(Checks.required("units", units));
        Checks.required("assignedOn", assignedOn);
        Checks.required("replyDueOn", replyDueOn);
        Checks.required("feedbackDueOn", feedbackDueOn);
        Checks.required("mergedInto", mergedInto);
        actions = List.copyOf(Checks.required("actions", actions));
        if (coSponsors.contains(sponsor)) {
            throw MESSAGES.violation("coSponsors", "co-sponsor.is-sponsor");
        }
        if (new LinkedHashSet<>(coSponsors).size() != coSponsors.size()) {
            throw MESSAGES.violation("coSponsors", "co-sponsor.twice");
        }
    }

    /** A deputy's draft, seen only by its sponsors until submitted. */
    public static Suggestion draft(TermId term, DeputyId sponsor, List<DeputyId> coSponsors, String title, String content,
            SuggestionAction.Acting acting) {
        return new Suggestion(SuggestionId.random(), term, sponsor, coSponsors, title, content, SuggestionState.DRAFT, 0, List.of(),
                false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(SuggestionAction.of(ActionKind.DRAFTED, 0, acting)));
    }

    /** Changes a draft's text and co-sponsors; only a draft changes. */
    public Suggestion revise(String newTitle, String newContent, List<DeputyId> newCoSponsors) {
        expect("revise", SuggestionState.DRAFT);
        return change().coSponsors(newCoSponsors).title(newTitle).content(newContent).done();
    }

    public Suggestion submit(SuggestionAction.Acting acting) {
        expect("submit", SuggestionState.DRAFT);
        return moved(SuggestionState.SUBMITTED, SuggestionAction.of(ActionKind.SUBMITTED, 0, acting));
    }

    /** Screening accepts it for handling (立案). */
    public Suggestion accept(Optional<String> note, SuggestionAction.Acting acting) {
        expect("screen", SuggestionState.SUBMITTED);
        return moved(SuggestionState.ACCEPTED, SuggestionAction.of(ActionKind.ACCEPTED, 0, acting).withText(note(note)));
    }

    /**
     * Screening refuses it as not a suggestion (HN-5), naming the category: its code and the reason as the profile
     * words it, with the rule and article.
     */
    public Suggestion refuse(String categoryCode, String reason, SuggestionAction.Acting acting) {
        expect("screen", SuggestionState.SUBMITTED);
        return moved(SuggestionState.REFUSED, SuggestionAction.of(ActionKind.REFUSED, 0, acting)
                .withCode(Checks.text("category", categoryCode, 64)).withText(Optional.of(Checks.text("reason", reason, MAX_NOTE_LENGTH))));
    }

    /** Merged into another suggestion with the same content (内容相同的，应当合并提出): it ends here. */
    public Suggestion mergeInto(Suggestion target, SuggestionAction.Acting acting) {
        expect("merge", SuggestionState.SUBMITTED);
        if (target.id.equals(id)) {
            throw MESSAGES.violation("intoId", "merge.itself");
        }
        if (!target.term.equals(term)) {
            throw MESSAGES.violation("intoId", "merge.other-term");
        }
        if (!EnumSet.of(SuggestionState.SUBMITTED, SuggestionState.ACCEPTED).contains(target.state)) {
            throw MESSAGES.violation("intoId", "merge.target-state", target.state);
        }
        return change().state(SuggestionState.MERGED).mergedInto(Optional.of(target.id))
                .action(SuggestionAction.of(ActionKind.MERGED, 0, acting).withCode(target.id.toString())).done();
    }

    /** Takes in the sponsors of a suggestion merged into this one as co-sponsors. */
    public Suggestion absorb(Suggestion merged, SuggestionAction.Acting acting) {
        List<DeputyId> joined = new ArrayList<>(coSponsors);
        List<DeputyId> incoming = new ArrayList<>();
        incoming.add(merged.sponsor);
        incoming.addAll(merged.coSponsors);
        incoming.stream().filter(d -> !d.equals(sponsor) && !joined.contains(d)).forEach(joined::add);
        return change().coSponsors(joined)
                .action(SuggestionAction.of(ActionKind.MERGED_IN, round, acting).withCode(merged.id.toString())).done();
    }

    /** Staff judged a proposed merge wrong: the pair is not proposed again. */
    public Suggestion dismissMerge(SuggestionId candidate, SuggestionAction.Acting acting) {
        expect("screen", SuggestionState.SUBMITTED);
        return with(SuggestionAction.of(ActionKind.MERGE_DISMISSED, 0, acting).withCode(candidate.toString()));
    }

    public Set<SuggestionId> dismissedMerges() {
        Set<SuggestionId> dismissed = new LinkedHashSet<>();
        actions.stream().filter(a -> a.kind() == ActionKind.MERGE_DISMISSED)
                .forEach(a -> dismissed.add(new SuggestionId(java.util.UUID.fromString(a.code().orElseThrow()))));
        return dismissed;
    }

    /** Assigned (交办) to one lead unit and any co-handlers; the reply is due on the date the clock gives. */
    public Suggestion assign(List<HandlingUnit> handling, boolean isComplex, SuggestionAction.Acting acting) {
        expect("assign", SuggestionState.ACCEPTED);
        checkUnits(handling);
        return change().state(SuggestionState.ASSIGNED).handling(1, handling, acting.on()).complex(isComplex)
                .action(SuggestionAction.of(ActionKind.ASSIGNED, 1, acting).withCode(isComplex ? "COMPLEX" : "ORDINARY")).done();
    }

    /** The date the statutory clock gives for the answer now awaited. */
    public Suggestion replyDue(Optional<LocalDate> due) {
        return change().replyDueOn(due).done();
    }

    /** The date the statutory clock gives for the deputy's feedback (HN-6). */
    public Suggestion feedbackDue(Optional<LocalDate> due) {
        return change().feedbackDueOn(due).done();
    }

    /** The lead unit explains how far handling has come (required of a complex suggestion at 3 months, BL-13). */
    public Suggestion reportProgress(UnitId unit, String explanation, SuggestionAction.Acting acting) {
        expectHandling("report-progress");
        checkLead(unit);
        Suggestion reported = with(SuggestionAction.of(ActionKind.PROGRESS_REPORTED, round, acting).withUnit(unit)
                .withText(Optional.of(Checks.text("text", explanation, MAX_NOTE_LENGTH))));
        return movesToLongerPeriod(acting.on()) ? reported.withLongerPeriod() : reported;
    }

    /**
     * BL-13 "在三个月内不能办理完毕的应先向代表说明办理情况并在交办之日起六个月内办理完毕": a first-round explanation given within the three
     * months moves the suggestion to the six-month period by itself, no approval needed.
     */
    public boolean movesToLongerPeriod(LocalDate on) {
        return round == 1 && !complex && state == SuggestionState.ASSIGNED
                && !on.isAfter(assignedOn.orElseThrow().plus(PROGRESS_EXPLAINED_AFTER));
    }

    private Suggestion withLongerPeriod() {
        return change().complex(true).done();
    }

    /**
     * The lead unit asks for the longer period of a matter broad or difficult to handle (QH-3.5, BL-13: 6 months from
     * assignment instead of 3); only in the first round, only once pending, never when already complex.
     */
    public Suggestion requestExtension(UnitId unit, String reason, SuggestionAction.Acting acting) {
        expect("request-extension", SuggestionState.ASSIGNED);
        checkLead(unit);
        if (complex) {
            throw MESSAGES.violation("state", "extension.already-complex");
        }
        if (extensionPending()) {
            throw MESSAGES.violation("state", "extension.pending");
        }
        return with(SuggestionAction.of(ActionKind.EXTENSION_REQUESTED, round, acting).withUnit(unit)
                .withText(Optional.of(Checks.text("reason", reason, MAX_NOTE_LENGTH))));
    }

    /** The liaison office decides a pending extension request; approving it makes the suggestion complex. */
    public Suggestion decideExtension(boolean approve, Optional<String> note, SuggestionAction.Acting acting) {
        if (!extensionPending()) {
            throw MESSAGES.violation("state", "extension.none-pending");
        }
        SuggestionAction decision = SuggestionAction.of(approve ? ActionKind.EXTENSION_APPROVED : ActionKind.EXTENSION_REFUSED,
                round, acting).withText(note(note));
        Suggestion decided = with(decision);
        return approve ? decided.withLongerPeriod() : decided;
    }

    public boolean extensionPending() {
        ActionKind last = null;
        for (SuggestionAction action : actions) {
            if (EnumSet.of(ActionKind.EXTENSION_REQUESTED, ActionKind.EXTENSION_APPROVED, ActionKind.EXTENSION_REFUSED)
                    .contains(action.kind())) {
                last = action.kind();
            }
        }
        return last == ActionKind.EXTENSION_REQUESTED;
    }

    /** Staff urge the units on (催办). */
    public Suggestion urge(Optional<String> note, SuggestionAction.Acting acting) {
        expectHandling("urge");
        return with(SuggestionAction.of(ActionKind.URGED, round, acting).withText(note(note)));
    }

    /**
     * The lead unit's answer, signed by its head (BL-13). A complex suggestion answered after its first 3 months
     * must have had its progress explained in this round.
     */
    public Suggestion reply(UnitId unit, String answer, String signatory, SuggestionAction.Acting acting) {
        expectHandling("reply");
        checkLead(unit);
        if (complex && round == 1 && acting.on().isAfter(assignedOn.orElseThrow().plus(PROGRESS_EXPLAINED_AFTER))
                && actionsOfRound(ActionKind.PROGRESS_REPORTED).isEmpty()) {
            throw MESSAGES.violation("state", "reply.progress-missing", assignedOn.orElseThrow().plus(PROGRESS_EXPLAINED_AFTER));
        }
        return change().state(SuggestionState.REPLIED).replyDueOn(Optional.empty()).feedbackDueOn(Optional.empty())
                .action(SuggestionAction.of(ActionKind.REPLIED, round, acting).withUnit(unit)
                        .withText(Optional.of(Checks.text("answer", answer, MAX_CONTENT_LENGTH)))
                        .signed(Checks.text("signedBy", signatory, 50)))
                .done();
    }

    /**
     * The sponsor's verdict on the reply (HN-6); reasons are required when dissatisfied. A dissatisfied first reply
     * awaits re-assignment; anything else closes the suggestion (BL-13 allows one re-handling).
     */
    public Suggestion feedback(Feedback verdict, Optional<String> reasons, SuggestionAction.Acting acting) {
        expect("feedback", SuggestionState.REPLIED);
        Checks.required("verdict", verdict);
        Optional<String> given = note(reasons);
        if (verdict == Feedback.DISSATISFIED && given.isEmpty()) {
            throw MESSAGES.violation("reasons", "feedback.reasons-required");
        }
        SuggestionState next = verdict == Feedback.DISSATISFIED && round == 1 ? SuggestionState.DISSATISFIED : SuggestionState.CLOSED;
        return change().state(next).feedbackDueOn(Optional.empty())
                .action(SuggestionAction.of(ActionKind.FEEDBACK_GIVEN, round, acting).withText(given).judged(verdict, Optional.empty()))
                .done();
    }

    /** Re-assigned for another answer after a dissatisfied feedback (再次办理), to the same or other units. */
    public Suggestion reassign(List<HandlingUnit> handling, SuggestionAction.Acting acting) {
        expect("reassign", SuggestionState.DISSATISFIED);
        checkUnits(handling);
        return change().state(SuggestionState.REASSIGNED).handling(2, handling, acting.on())
                .action(SuggestionAction.of(ActionKind.REASSIGNED, 2, acting)).done();
    }

    /** The sponsor's evaluation of a unit's attitude and handling (JD-19), once per unit and round, after a reply. */
    public Suggestion evaluate(UnitId unit, Feedback attitude, Feedback handling, SuggestionAction.Acting acting) {
        if (replies().stream().noneMatch(r -> r.round() == round)) {
            throw MESSAGES.violation("state", "evaluation.before-reply", state);
        }
        if (units.stream().noneMatch(u -> u.unit().equals(unit))) {
            throw MESSAGES.violation("unitId", "unit.not-handling");
        }
        if (actionsOfRound(ActionKind.EVALUATED).stream().anyMatch(a -> a.unit().equals(Optional.of(unit)))) {
            throw MESSAGES.violation("unitId", "evaluation.twice");
        }
        return with(SuggestionAction.of(ActionKind.EVALUATED, round, acting).withUnit(unit)
                .judged(Checks.required("handling", handling), Optional.of(Checks.required("attitude", attitude))));
    }

    /** Staff close a replied suggestion the deputy gave no feedback on. */
    public Suggestion close(Optional<String> note, SuggestionAction.Acting acting) {
        expect("close", SuggestionState.REPLIED);
        return change().state(SuggestionState.CLOSED).feedbackDueOn(Optional.empty())
                .action(SuggestionAction.of(ActionKind.CLOSED, round, acting).withText(note(note))).done();
    }

    public Optional<UnitId> leadUnit() {
        return units.stream().filter(u -> u.role() == HandlingRole.LEAD).map(HandlingUnit::unit).findFirst();
    }

    public boolean handledBy(Set<UnitId> any) {
        return units.stream().anyMatch(u -> any.contains(u.unit()));
    }

    public boolean sponsoredBy(DeputyId deputy) {
        return sponsor.equals(deputy) || coSponsors.contains(deputy);
    }

    public List<SuggestionAction> replies() {
        return actions.stream().filter(a -> a.kind() == ActionKind.REPLIED).toList();
    }

    /** Why screening refused it: the category as the profile words it, with the rule. */
    public Optional<String> refusal() {
        return actions.stream().filter(a -> a.kind() == ActionKind.REFUSED).reduce((a, b) -> b).flatMap(SuggestionAction::text);
    }

    private List<SuggestionAction> actionsOfRound(ActionKind kind) {
        return actions.stream().filter(a -> a.kind() == kind && a.round() == round).toList();
    }

    private void expectHandling(String action) {
        expect(action, SuggestionState.ASSIGNED, SuggestionState.REASSIGNED);
    }

    private void expect(String action, SuggestionState first, SuggestionState... others) {
        if (EnumSet.of(first, others).contains(state)) {
            return;
        }
        String doing = MESSAGES.text("action." + action);
        if (state == SuggestionState.REFUSED) {
            throw MESSAGES.violation("state", "state.refused", refusal().orElse(""), doing);
        }
        throw MESSAGES.violation("state", "state.wrong", state, doing);
    }

    private void checkLead(UnitId unit) {
        if (!leadUnit().equals(Optional.of(unit))) {
            throw MESSAGES.violation("unitId", "unit.not-lead");
        }
    }

    private static void checkUnits(List<HandlingUnit> handling) {
        Checks.required("units", handling);
        if (handling.stream().filter(u -> u.role() == HandlingRole.LEAD).count() != 1) {
            throw MESSAGES.violation("leadUnitId", "units.one-lead");
        }
        if (handling.stream().map(HandlingUnit::unit).distinct().count() != handling.size()) {
            throw MESSAGES.violation("coUnitIds", "units.twice");
        }
    }

    private static Optional<String> note(Optional<String> note) {
        return Checks.required("note", note).filter(n -> !n.isBlank()).map(n -> Checks.text("note", n, MAX_NOTE_LENGTH));
    }

    private Suggestion with(SuggestionAction action) {
        return change().action(action).done();
    }

    private Suggestion moved(SuggestionState next, SuggestionAction action) {
        return change().state(next).action(action).done();
    }

    private Change change() {
        return new Change(this);
    }

    /**
     * The one way to derive a changed copy: it starts as this suggestion, each call replaces what changes, and
     * {@link #done()} builds the copy through the canonical constructor, so its checks run on every transition. A new
     * component is added here and nowhere else among the transitions.
     */
    private static final class Change {

        private final Suggestion from;
        private List<DeputyId> coSponsors;
        private String title;
        private String content;
        private SuggestionState state;
        private int round;
        private List<HandlingUnit> units;
        private boolean complex;
        private Optional<LocalDate> assignedOn;
        private Optional<LocalDate> replyDueOn;
        private Optional<LocalDate> feedbackDueOn;
        private Optional<SuggestionId> mergedInto;
        private final List<SuggestionAction> actions;

        private Change(Suggestion from) {
            this.from = from;
            coSponsors = from.coSponsors;
            title = from.title;
            content = from.content;
            state = from.state;
            round = from.round;
            units = from.units;
            complex = from.complex;
            assignedOn = from.assignedOn;
            replyDueOn = from.replyDueOn;
            feedbackDueOn = from.feedbackDueOn;
            mergedInto = from.mergedInto;
            actions = new ArrayList<>(from.actions);
        }

        Change coSponsors(List<DeputyId> value) {
            coSponsors = value;
            return this;
        }

        Change title(String value) {
            title = value;
            return this;
        }

        Change content(String value) {
            content = value;
            return this;
        }

        Change state(SuggestionState value) {
            state = value;
            return this;
        }

        /** A handling round starts: its units, assigned on the date, with no answer or feedback due yet. */
        Change handling(int newRound, List<HandlingUnit> handling, LocalDate on) {
            round = newRound;
            units = handling;
            assignedOn = Optional.of(on);
            replyDueOn = Optional.empty();
            feedbackDueOn = Optional.empty();
            return this;
        }

        Change complex(boolean value) {
            complex = value;
            return this;
        }

        Change replyDueOn(Optional<LocalDate> value) {
            replyDueOn = value;
            return this;
        }

        Change feedbackDueOn(Optional<LocalDate> value) {
            feedbackDueOn = value;
            return this;
        }

        Change mergedInto(Optional<SuggestionId> value) {
            mergedInto = value;
            return this;
        }

        Change action(SuggestionAction value) {
            actions.add(value);
            return this;
        }

        Suggestion done() {
            return new Suggestion(from.id, from.term, from.sponsor, coSponsors, title, content, state, round, units, complex,
                    assignedOn, replyDueOn, feedbackDueOn, mergedInto, actions);
        }
    }
}
