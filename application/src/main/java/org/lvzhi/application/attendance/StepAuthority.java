package org.lvzhi.application.attendance;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.PersonPort;
import org.lvzhi.application.deputy.port.out.PositionPort;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.domain.attendance.StepActor;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.deputy.PositionAssignment;
import org.lvzhi.domain.duty.DutyActivity;
import org.lvzhi.domain.policy.ApprovalStep;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.shared.Messages;

/**
 * Who may decide a step of a leave request. A step naming a position is decided by a person holding it on the
 * decision date — for an office held in a delegation or deputy group, the one of the requesting deputy's own
 * delegation or group; a step of the organiser by the activity's organiser only (QH-5 "报活动组织单位批准": staff may
 * decide it only where the profile names their office as an alternative); a step of a body
 * outside the platform is recorded by staff (liaison officer, tenant admin). Access roles never stand in for a
 * position.
 */
@Singleton
class StepAuthority {

    private static final Messages MESSAGES = Messages.of(StepAuthority.class);

    private final PersonPort persons;
    private final PositionPort positions;

    StepAuthority(PersonPort persons, PositionPort positions) {
        this.persons = persons;
        this.positions = positions;
    }

    /** The step's actor (or alternative) the caller acts as, or refusal naming who may decide it. */
    String actAs(ActingCaller caller, ApprovalStep step, DeputyView deputy, Optional<DutyActivity> activity, LocalDate on) {
        return actingAs(caller, step, deputy, activity, on).orElseThrow(() -> new AccessDenied(
                MESSAGES.text("step.denied", StepActor.of(step.actor()).label(), whoMay(step))));
    }

    boolean may(ActingCaller caller, ApprovalStep step, DeputyView deputy, Optional<DutyActivity> activity, LocalDate on) {
        return actingAs(caller, step, deputy, activity, on).isPresent();
    }

    private Optional<String> actingAs(ActingCaller caller, ApprovalStep step, DeputyView deputy, Optional<DutyActivity> activity,
                                      LocalDate on) {
        Supplier<List<PositionAssignment>> held = memo(() -> heldBy(caller, on));
        for (String option : options(step)) {
            boolean allowed = switch (StepActor.of(option)) {
                case StepActor.Office office -> held.get().stream().anyMatch(a -> a.position() == office.position()
                        && inDeputysUnit(a, office.position(), deputy));
                case StepActor.Organiser organiser -> activity.map(a -> a.organisedBy().equals(caller.subject())).orElse(false);
                case StepActor.OutsideBody body -> caller.has(AccessRole.LIAISON_OFFICER) || caller.has(AccessRole.TENANT_ADMIN);
            };
            if (allowed) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }

    private static List<String> options(ApprovalStep step) {
        List<String> options = new ArrayList<>();
        options.add(step.actor());
        options.addAll(step.alternatives());
        return options;
    }

    /** An office held in a delegation or deputy group counts only in the requesting deputy's own. */
    private static boolean inDeputysUnit(PositionAssignment assignment, Position position, DeputyView deputy) {
        if (position.heldIn().isEmpty()) {
            return true;
        }
        Optional<UnitId> own = switch (position.heldIn().get()) {
            case DELEGATION -> deputy.deputy().seat().delegation();
            case DEPUTY_GROUP -> deputy.deputy().seat().deputyGroup();
            default -> assignment.unit();
        };
        return own.isPresent() && assignment.unit().equals(own);
    }

    private List<PositionAssignment> heldBy(ActingCaller caller, LocalDate on) {
        Login login;
        try {
            login = new Login(caller.subject());
        } catch (InvariantViolation notALogin) {
            return List.of();
        }
        return persons.idOf(login).map(person -> positions.heldBy(person, on)).orElse(List.of());
    }

    private static String whoMay(ApprovalStep step) {
        return String.join(MESSAGES.text("step.or"), options(step).stream().map(StepAuthority::describe).toList());
    }

    private static String describe(String option) {
        StepActor actor = StepActor.of(option);
        return switch (actor) {
            case StepActor.Office office -> office.position().heldIn()
                    .filter(kind -> kind == UnitKind.DELEGATION || kind == UnitKind.DEPUTY_GROUP)
                    .map(kind -> MESSAGES.text("step.unit." + kind.name()))
                    .orElse("") + actor.label();
            case StepActor.Organiser organiser -> MESSAGES.text("step.organiser");
            case StepActor.OutsideBody body -> MESSAGES.text("step.outside", actor.label());
        };
    }

    private static <T> Supplier<T> memo(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
