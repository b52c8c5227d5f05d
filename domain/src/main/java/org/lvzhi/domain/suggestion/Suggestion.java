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
        return new Suggestion(id, term, sponsor, newCoSponsors, newTitle, newContent, state, round, units, complex, assignedOn,
                replyDueOn, feedbackDueOn, mergedInto, actions);
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
        return new Suggestion(id, term, sponsor, coSponsors, title, content, SuggestionState.MERGED, round, units, complex,
                assignedOn, replyDueOn, feedbackDueOn, Optional.of(target.id),
                appended(SuggestionAction.of(ActionKind.MERGED, 0, acting).withCode(target.id.toString())));
    }

    /** Takes in the sponsors of a suggestion merged into this one as co-sponsors. */
    public Suggestion absorb(Suggestion merged, SuggestionAction.Acting acting) {
        List<DeputyId> joined = new ArrayList<>(coSponsors);
        List<DeputyId> incoming = new ArrayList<>();
        incoming.add(merged.sponsor);
        incoming.addAll(merged.coSponsors);
        incoming.stream().filter(d -> !d.equals(sponsor) && !joined.contains(d)).forEach(joined::add);
        return new Suggestion(id, term, sponsor, joined, title, content, state, round, units, complex, assignedOn, replyDueOn,
                feedbackDueOn, mergedInto, appended(SuggestionAction.of(ActionKind.MERGED_IN, round, acting)
                        .withCode(merged.id.toString())));
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
        return new Suggestion(id, term, sponsor, coSponsors, title, content, SuggestionState.ASSIGNED, 1, handling, isComplex,
                Optional.of(acting.on()), Optional.empty(), Optional.empty(), mergedInto,
                appended(SuggestionAction.of(ActionKind.ASSIGNED, 1, acting).withCode(isComplex ? "COMPLEX" : "ORDINARY")));
    }

    /** The date the statutory clock gives for the answer now awaited. */
    public Suggestion replyDue(Optional<LocalDate> due) {
        return new Suggestion(id, term, sponsor, coSponsors, title, content, state, round, units, complex, assignedOn, due,
                feedbackDueOn, mergedInto, actions);
    }

    /** The date the statutory clock gives for the deputy's feedback (HN-6). */
    public Suggestion feedbackDue(Optional<LocalDate> due) {
        return new Suggestion(id, term, sponsor, coSponsors, title, content, state, round, units, complex, assignedOn, replyDueOn,
                due, mergedInto, actions);
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
     * BL-13 "三个月内未能办结的，应当向代表说明情况，并在六个月内答复": a first-round explanation given within the three
     * months moves the suggestion to the six-month period by itself, no approval needed.
     */
    public boolean movesToLongerPeriod(LocalDate on) {
        return round == 1 && !complex && state == SuggestionState.ASSIGNED
                && !on.isAfter(assignedOn.orElseThrow().plus(PROGRESS_EXPLAINED_AFTER));
    }

    private Suggestion withLongerPeriod() {
        return new Suggestion(id, term, sponsor, coSponsors, title, content, state, round, units, true, assignedOn,
                replyDueOn, feedbackDueOn, mergedInto, actions);
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
        return new Suggestion(id, term, sponsor, coSponsors, title, content, SuggestionState.REPLIED, round, units, complex,
                assignedOn, Optional.empty(), Optional.empty(), mergedInto, appended(SuggestionAction.of(ActionKind.REPLIED, round, acting)
                        .withUnit(unit).withText(Optional.of(Checks.text("answer", answer, MAX_CONTENT_LENGTH)))
                        .signed(Checks.text("signedBy", signatory, 50))));
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
        return new Suggestion(id, term, sponsor, coSponsors, title, content, next, round, units, complex, assignedOn, replyDueOn,
                Optional.empty(), mergedInto, appended(SuggestionAction.of(ActionKind.FEEDBACK_GIVEN, round, acting)
                        .withText(given).judged(verdict, Optional.empty())));
    }

    /** Re-assigned for another answer after a dissatisfied feedback (再次办理), to the same or other units. */
    public Suggestion reassign(List<HandlingUnit> handling, SuggestionAction.Acting acting) {
        expect("reassign", SuggestionState.DISSATISFIED);
        checkUnits(handling);
        return new Suggestion(id, term, sponsor, coSponsors, title, content, SuggestionState.REASSIGNED, 2, handling, complex,
                Optional.of(acting.on()), Optional.empty(), Optional.empty(), mergedInto,
                appended(SuggestionAction.of(ActionKind.REASSIGNED, 2, acting)));
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
        return new Suggestion(id, term, sponsor, coSponsors, title, content, SuggestionState.CLOSED, round, units, complex,
                assignedOn, replyDueOn, Optional.empty(), mergedInto,
                appended(SuggestionAction.of(ActionKind.CLOSED, round, acting).withText(note(note))));
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
        return new Suggestion(id, term, sponsor, coSponsors, title, content, state, round, units, complex, assignedOn, replyDueOn,
                feedbackDueOn, mergedInto, appended(action));
    }

    private Suggestion moved(SuggestionState next, SuggestionAction action) {
        return new Suggestion(id, term, sponsor, coSponsors, title, content, next, round, units, complex, assignedOn, replyDueOn,
                feedbackDueOn, mergedInto, appended(action));
    }

    private List<SuggestionAction> appended(SuggestionAction action) {
        List<SuggestionAction> all = new ArrayList<>(actions);
        all.add(action);
        return all;
    }
}
