package org.lvzhi.domain.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;

/**
 * One triggered supervision action (监督案件) against a deputy: opened by a rule, closed by a person, or withdrawn by the
 * platform when its rule, judged again, no longer fires (the reason is its note, the day its closing day).
 */
public record SupervisionCase(
        SupervisionCaseId id,
        DeputyId deputy,
        CaseOpening opening,
        LocalDate openedOn,
        CaseState state,
        Optional<CaseOutcome> outcome,
        Optional<String> note,
        Optional<String> closedBy,
        Optional<LocalDate> closedOn) {

    /** The action that ends a deputy's qualification; only its cases can be closed CONFIRMED. */
    public static final String TERMINATION = "TERMINATION";
    private static final int MAX_NOTE_LENGTH = 500;
    private static final Messages MESSAGES = Messages.of(SupervisionCase.class);

    public SupervisionCase {
        Checks.required("id", id);
        Checks.required("deputyId", deputy);
        Checks.required("opening", opening);
        Checks.required("openedOn", openedOn);
        Checks.required("state", state);
        Checks.required("outcome", outcome);
        Checks.required("note", note);
        Checks.required("closedBy", closedBy);
        Checks.required("closedOn", closedOn);
    }

    public static SupervisionCase open(DeputyId deputy, CaseOpening opening, LocalDate on) {
        return new SupervisionCase(SupervisionCaseId.random(), deputy, opening, on, CaseState.OPEN, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public SupervisionCase close(CaseOutcome result, String closingNote, String by, LocalDate on) {
        Checks.required("outcome", result);
        Checks.required("closedOn", on);
        checkOpen();
        if (result == CaseOutcome.CONFIRMED && !action().equals(TERMINATION)) {
            throw MESSAGES.violation("outcome", "case.confirmed-only-termination", result, action());
        }
        if (on.isBefore(openedOn)) {
            throw MESSAGES.violation("closedOn", "case.closed-before-opened", on, openedOn);
        }
        return new SupervisionCase(id, deputy, opening, openedOn, CaseState.CLOSED, Optional.of(result), Optional.of(Checks.text("note", closingNote, MAX_NOTE_LENGTH)),
                Optional.of(Checks.text("closedBy", by, MAX_NOTE_LENGTH)), Optional.of(on));
    }

    /** The case as its rule no longer supports it: final, with the reason, and no outcome as no person judged it. */
    public SupervisionCase withdraw(String reason, LocalDate on) {
        Checks.required("closedOn", on);
        checkOpen();
        return new SupervisionCase(id, deputy, opening, openedOn, CaseState.WITHDRAWN, Optional.empty(),
                Optional.of(Checks.text("note", reason, MAX_NOTE_LENGTH)), Optional.empty(), Optional.of(on.isBefore(openedOn) ? openedOn : on));
    }

    /** The open case with the evidence and grounds its rule gives when judged again: a run that grew names its new windows. */
    SupervisionCase regrounded(CaseOpening judged) {
        return new SupervisionCase(id, deputy, opening.regrounded(judged), openedOn, state, outcome, note, closedBy, closedOn);
    }

    private void checkOpen() {
        switch (state) {
            case OPEN -> { }
            case CLOSED -> throw MESSAGES.violation("state", "case.already-closed", closedOn.orElseThrow());
            case WITHDRAWN -> throw MESSAGES.violation("state", "case.already-withdrawn", closedOn.orElseThrow(), note.orElse(""));
        }
    }

    /** Whether a rule's trigger opened the case, not a person's decision under a DISCRETIONARY rule. */
    public boolean openedByRule() {
        return !triggerKey().startsWith(TriggerType.DISCRETIONARY + ":");
    }

    public boolean open() {
        return state == CaseState.OPEN;
    }

    public CaseGrounds grounds() {
        return opening.grounds();
    }

    public String rule() {
        return opening.rule();
    }

    public String article() {
        return opening.article();
    }

    public String triggerKey() {
        return opening.triggerKey();
    }

    public int step() {
        return opening.step();
    }

    public String action() {
        return opening.action();
    }

    public String actor() {
        return opening.actor();
    }

    public List<String> alternatives() {
        return opening.alternatives();
    }

    public List<String> evidence() {
        return opening.evidence();
    }

    /** The action's Chinese name (约谈, 告诫, 通报, 劝辞, 资格终止). */
    public String actionName() {
        return MESSAGES.has("action." + action()) ? MESSAGES.text("action." + action()) : action();
    }

    /** Whether the case was closed with the termination of the deputy's qualification confirmed. */
    public boolean terminates() {
        return action().equals(TERMINATION) && outcome.equals(Optional.of(CaseOutcome.CONFIRMED));
    }

    /** Whether a person closed the case finding the deputy still inactive: the rule's next step may open. */
    public boolean closedUnresolved() {
        return outcome.equals(Optional.of(CaseOutcome.UNRESOLVED));
    }
}
