package org.lvzhi.domain.matter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;

/**
 * A deputies' matter that runs on statutory clocks (appointment, inspection or research report, letter, change of
 * details): one model for all kinds, since each is recorded, moves through a few steps each on the day it happened,
 * and is answered. Which step a kind allows in which state is {@link #next}; a step it does not allow is refused in
 * Chinese. The clocks follow the states ({@link MatterState#clockEvent()}).
 */
public record Matter(
        MatterId id,
        MatterKind kind,
        List<DeputyId> deputies,
        Optional<UnitId> unit,
        String title,
        String content,
        MatterState state,
        int round,
        Optional<LocalDate> dueOn,
        List<MatterAction> actions) {

    public static final int MAX_TITLE_LENGTH = 100;
    public static final int MAX_TEXT_LENGTH = 5000;
    private static final Messages MESSAGES = Messages.of(Matter.class);

    public Matter {
        Checks.required("id", id);
        Checks.required("kind", kind);
        deputies = List.copyOf(Checks.required("deputyIds", deputies));
        Checks.required("unitId", unit);
        title = Checks.text("title", title, MAX_TITLE_LENGTH);
        content = Checks.text("content", content, MAX_TEXT_LENGTH);
        Checks.required("state", state);
        Checks.required("dueOn", dueOn);
        actions = List.copyOf(Checks.required("actions", actions));
        if (deputies.isEmpty()) {
            throw MESSAGES.violation("deputyIds", "deputies.required");
        }
        if (new LinkedHashSet<>(deputies).size() != deputies.size()) {
            throw MESSAGES.violation("deputyIds", "deputies.twice");
        }
        if (kind == MatterKind.DETAILS_CHANGE && deputies.size() != 1) {
            throw MESSAGES.violation("deputyIds", "deputies.one");
        }
        if (kind == MatterKind.APPOINTMENT && unit.isEmpty()) {
            throw MESSAGES.violation("unitId", "unit.required");
        }
    }

    /** Recorded in its kind's first state, as having happened on {@code on}. */
    public static Matter record(MatterKind kind, List<DeputyId> deputies, Optional<UnitId> unit, String title, String content,
            LocalDate on, MatterAction.Acting acting) {
        return new Matter(MatterId.random(), Checks.required("kind", kind), deputies, unit, title, content, kind.recordedAs(), 1,
                Optional.empty(), List.of(action(MatterStep.RECORDED, on, acting, Optional.empty(), unit)));
    }

    /**
     * Takes a step that happened on {@code on}: refused when the kind does not allow it in this state, when it is dated
     * before the previous step, or when an assignment names no unit.
     */
    public Matter step(MatterStep step, LocalDate on, Optional<String> note, Optional<UnitId> toUnit, MatterAction.Acting acting) {
        Checks.required("step", step);
        Checks.required("on", on);
        MatterState next = next(step).orElseThrow(() -> MESSAGES.violation("step", "step.wrong",
                Messages.label(kind), Messages.label(state), Messages.label(step)));
        LocalDate previous = actions.getLast().on();
        if (on.isBefore(previous)) {
            throw MESSAGES.violation("on", "step.before-previous", on, previous);
        }
        Optional<UnitId> handling = unit;
        if (step == MatterStep.ASSIGNED) {
            handling = Optional.of(Checks.required("unitId", toUnit).orElseThrow(() -> MESSAGES.violation("unitId", "unit.required")));
        }
        int nextRound = step == MatterStep.REHANDLING_DECIDED ? round + 1 : round;
        List<MatterAction> all = new ArrayList<>(actions);
        all.add(action(step, on, acting, note, step == MatterStep.ASSIGNED ? handling : Optional.empty()));
        return new Matter(id, kind, deputies, handling, title, content, next, nextRound, dueOn, all);
    }

    /** The date the statutory clock gives for what is now awaited. */
    public Matter due(Optional<LocalDate> due) {
        return new Matter(id, kind, deputies, unit, title, content, state, round, due, actions);
    }

    /** The state a step leads to in this kind and state; empty when the step is not allowed. */
    Optional<MatterState> next(MatterStep step) {
        boolean appointment = kind == MatterKind.APPOINTMENT;
        boolean report = EnumSet.of(MatterKind.INSPECTION_REPORT, MatterKind.RESEARCH_REPORT).contains(kind);
        return Optional.ofNullable(switch (step) {
            case RECORDED -> null;
            case HELD -> appointment && state == MatterState.REQUESTED ? MatterState.HELD : null;
            case DEPARTMENT_REPORTED -> appointment && took(MatterStep.HELD) && !took(MatterStep.DEPARTMENT_REPORTED) ? state : null;
            case SUBMITTED -> kind == MatterKind.RESEARCH_REPORT && state == MatterState.RESEARCH_ENDED ? MatterState.SUBMITTED : null;
            case ASSIGNED -> report && state == MatterState.SUBMITTED ? MatterState.ASSIGNED : null;
            case ANSWERED -> awaitsAnswer() ? MatterState.ANSWERED : null;
            case REHANDLING_DECIDED -> appointment && state == MatterState.ANSWERED && round == 1 ? MatterState.REHANDLING : null;
            case CHANGE_REPORTED -> kind == MatterKind.DETAILS_CHANGE && state == MatterState.CHANGED ? MatterState.REPORTED : null;
        });
    }

    private boolean awaitsAnswer() {
        return switch (kind) {
            case APPOINTMENT -> EnumSet.of(MatterState.HELD, MatterState.REHANDLING).contains(state);
            case INSPECTION_REPORT, RESEARCH_REPORT -> state == MatterState.ASSIGNED;
            case LETTER -> state == MatterState.RECEIVED;
            case DETAILS_CHANGE -> false;
        };
    }

    public boolean took(MatterStep step) {
        return actions.stream().anyMatch(a -> a.step() == step);
    }

    public boolean concerns(DeputyId deputy) {
        return deputies.contains(deputy);
    }

    private static MatterAction action(MatterStep step, LocalDate on, MatterAction.Acting acting, Optional<String> note,
            Optional<UnitId> unit) {
        Optional<String> text = Checks.required("note", note).filter(n -> !n.isBlank()).map(n -> Checks.text("note", n, MAX_TEXT_LENGTH));
        return new MatterAction(step, on, acting.by(), acting.at(), text, unit);
    }
}
