package org.lvzhi.application.matter;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.congress.port.out.LoadUnitPort;
import org.lvzhi.application.deadline.port.in.DeadlineClocks;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.NotificationPort;
import org.lvzhi.application.matter.event.MatterRecorded;
import org.lvzhi.application.matter.event.MatterStepped;
import org.lvzhi.application.matter.port.in.MatterAccess;
import org.lvzhi.application.matter.port.in.MatterStepCommand;
import org.lvzhi.application.matter.port.in.MatterUseCases;
import org.lvzhi.application.matter.port.in.RecordMatterCommand;
import org.lvzhi.application.matter.port.out.MatterPort;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.deadline.DeadlineSubject;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.matter.Matter;
import org.lvzhi.domain.matter.MatterAction;
import org.lvzhi.domain.matter.MatterId;
import org.lvzhi.domain.matter.MatterKind;
import org.lvzhi.domain.matter.MatterState;
import org.lvzhi.domain.matter.MatterStep;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.shared.Violations;

/**
 * Records matters and their steps, each in one transaction with its clocks: a state that awaits someone starts the
 * clocks its event has in the profile (only the matter kind's own where two kinds share the event), leaving it stops
 * them. BL-20's appointment starts two clocks at once: the department report stops the one due first, the answer the
 * one due last, so either may come first.
 */
@Singleton
class MatterService implements MatterUseCases {

    private static final Messages MESSAGES = Messages.of(MatterService.class);

    private final TransactionPort transactions;
    private final MatterPort matters;
    private final DeadlineClocks clocks;
    private final LoadDeputyPort deputies;
    private final LoadUnitPort units;
    private final NotificationPort notifications;
    private final Clock clock;

    MatterService(TransactionPort transactions, MatterPort matters, DeadlineClocks clocks, LoadDeputyPort deputies, LoadUnitPort units,
            NotificationPort notifications, Clock clock) {
        this.transactions = transactions;
        this.matters = matters;
        this.clocks = clocks;
        this.deputies = deputies;
        this.units = units;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public Matter record(ActingCaller caller, RecordMatterCommand command) {
        checkStaff(caller);
        return transactions.inCongress(caller.congress(), () -> {
            Violations violations = new Violations();
            violations.check(() -> notLater("on", command.on()));
            checkDeputies(command.deputies(), violations);
            command.unit().ifPresent(unit -> violations.check(() -> handlingUnit(unit)));
            violations.throwIfAny();
            Matter recorded = Matter.record(command.kind(), command.deputies(), command.unit(), command.title(), command.content(),
                    command.on(), acting(caller));
            recorded = recorded.due(start(caller.congress(), recorded, command.on()));
            matters.add(recorded);
            notifications.send(Notification.of(caller.congress(), new MatterRecorded(recorded.id(), recorded.kind(), recorded.title(),
                    recorded.state(), recorded.dueOn()), List.of()));
            return recorded;
        });
    }

    @Override
    public Matter step(ActingCaller caller, MatterId id, MatterStepCommand command) {
        checkStaff(caller);
        return transactions.inCongress(caller.congress(), () -> {
            Matter current = matters.lock(id).filter(found -> sees(caller, found)).orElseThrow(() -> new NotFound("matter", id));
            notLater("on", command.on());
            command.unit().ifPresent(this::handlingUnit);
            Matter next = current.step(command.step(), command.on(), command.note(), command.unit(), acting(caller));
            CongressId congress = caller.congress();
            if (command.step() == MatterStep.DEPARTMENT_REPORTED) {
                clocks.stopOne(congress, MatterState.HELD.clockEvent().orElseThrow(), subject(current), command.on(),
                        DeadlineClocks.Due.FIRST);
            } else if (next.state() != current.state()) {
                stop(congress, current, command.on());
                next = next.due(start(congress, next, command.on()));
            }
            matters.update(next);
            notifications.send(Notification.of(congress, new MatterStepped(next.id(), next.kind(), next.title(), command.step(),
                    next.state(), next.dueOn()), List.of()));
            return next;
        });
    }

    @Override
    public Matter find(ActingCaller caller, MatterId id) {
        return transactions.readInCongress(caller.congress(), () -> matters.find(id).filter(found -> sees(caller, found))
                .orElseThrow(() -> new NotFound("matter", id)));
    }

    @Override
    public Slice<Matter> list(ActingCaller caller, Optional<MatterKind> kind, KeysetRequest page) {
        return transactions.readInCongress(caller.congress(), () -> {
            if (MatterAccess.GRANTS.allows(caller, MatterAccess.READ_ALL)) {
                return matters.list(Optional.empty(), kind, page);
            }
            DeputyId own = ownSeat(caller).map(seat -> seat.deputy().id()).orElseThrow(() -> new AccessDenied(MESSAGES.text("deputy-only")));
            return matters.list(Optional.of(own), kind, page);
        });
    }

    /** Starts the clocks of the state the matter is now in; answers the latest due date they give. */
    private Optional<LocalDate> start(CongressId congress, Matter matter, LocalDate on) {
        return matter.state().clockEvent().flatMap(event -> clocks.start(congress, event, matter.kind()::owns, subject(matter), on)
                .stream().map(DeadlineClocks.StartedDeadline::dueOn).max(Comparator.naturalOrder()));
    }

    /** Stops the clocks of the state the matter leaves: of an appointment held, only the answer's (due last). */
    private void stop(CongressId congress, Matter left, LocalDate on) {
        left.state().clockEvent().ifPresent(event -> {
            if (left.state() == MatterState.HELD) {
                clocks.stopOne(congress, event, subject(left), on, DeadlineClocks.Due.LAST);
            } else {
                clocks.stop(congress, event, subject(left), on);
            }
        });
    }

    private static DeadlineSubject subject(Matter matter) {
        return new DeadlineSubject(matter.kind().name(), matter.id().toString(), matter.title(), matter.unit());
    }

    private boolean sees(ActingCaller caller, Matter matter) {
        return MatterAccess.GRANTS.allows(caller, MatterAccess.READ_ALL)
                || ownSeat(caller).filter(seat -> matter.concerns(seat.deputy().id())).isPresent();
    }

    private static void checkStaff(ActingCaller caller) {
        if (!MatterAccess.GRANTS.allows(caller, MatterAccess.RECORD)) {
            throw new AccessDenied(MESSAGES.text("staff-only"));
        }
    }

    /** The deputies it concerns are serving deputies of the congress (BL-20: those who request the appointment). */
    private void checkDeputies(List<DeputyId> concerned, Violations violations) {
        for (int i = 0; i < concerned.size(); i++) {
            String field = "deputyIds." + i;
            DeputyId id = concerned.get(i);
            Optional<DeputyView> found = deputies.find(id);
            if (found.isEmpty()) {
                violations.add(MESSAGES.violation(field, "deputy.unknown", id));
            } else if (found.get().deputy().status() != DeputyStatus.ACTIVE) {
                violations.add(MESSAGES.violation(field, "deputy.not-serving", found.get().person().name(),
                        Messages.label(found.get().deputy().status())));
            }
        }
    }

    private UnitId handlingUnit(UnitId id) {
        return units.find(id).filter(unit -> unit.kind() == UnitKind.HANDLING_UNIT).map(unit -> id)
                .orElseThrow(() -> MESSAGES.violation("unitId", "unit.not-handling-unit", id));
    }

    private LocalDate notLater(String field, LocalDate on) {
        LocalDate today = LegalDate.today(clock);
        if (on.isAfter(today)) {
            throw MESSAGES.violation(field, "date.future", on, today);
        }
        return on;
    }

    private MatterAction.Acting acting(ActingCaller caller) {
        return new MatterAction.Acting(caller.subject(), clock.instant());
    }

    private Optional<DeputyView> ownSeat(ActingCaller caller) {
        try {
            return deputies.findByLogin(new Login(caller.subject()));
        } catch (InvariantViolation notALogin) {
            return Optional.empty();
        }
    }
}
