package org.lvzhi.application.deputy;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lvzhi.application.deputy.event.DeputyRegistered;
import org.lvzhi.application.deputy.event.DeputyStatusChanged;
import org.lvzhi.application.deputy.event.DeputyUpdated;
import org.lvzhi.application.deputy.port.in.ChangeDeputyStatusCommand;
import org.lvzhi.application.deputy.port.in.DeputyRegisterUseCase;
import org.lvzhi.application.deputy.port.in.RegisterDeputyCommand;
import org.lvzhi.application.deputy.port.in.UpdateDeputyCommand;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.deputy.port.out.LoadDeputyPort;
import org.lvzhi.application.deputy.port.out.PersonPort;
import org.lvzhi.application.deputy.port.out.SaveDeputyPort;
import org.lvzhi.application.event.Notification;
import org.lvzhi.application.event.NotificationPort;
import org.lvzhi.application.identity.port.out.IdentityProvisioningPort;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.LegalDate;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.PersonId;
import org.lvzhi.domain.deputy.StatusChange;
import org.lvzhi.domain.shared.Messages;

@Singleton
class DeputyRegisterService implements DeputyRegisterUseCase {

    private static final Messages MESSAGES = Messages.of(DeputyRegisterService.class);

    private final TransactionPort transactions;
    private final LoadDeputyPort loadDeputy;
    private final SaveDeputyPort saveDeputy;
    private final PersonPort persons;
    private final PersonDirectory personDirectory;
    private final SeatReferences seatReferences;
    private final Clock clock;
    private final IdentityProvisioningPort identities;
    private final NotificationPort notifications;
    private final PolicyProfileQueries profiles;

    DeputyRegisterService(
            TransactionPort transactions,
            LoadDeputyPort loadDeputy,
            SaveDeputyPort saveDeputy,
            PersonPort persons,
            PersonDirectory personDirectory,
            SeatReferences seatReferences,
            Clock clock,
            IdentityProvisioningPort identities,
            NotificationPort notifications,
            PolicyProfileQueries profiles) {
        this.transactions = transactions;
        this.loadDeputy = loadDeputy;
        this.saveDeputy = saveDeputy;
        this.persons = persons;
        this.personDirectory = personDirectory;
        this.seatReferences = seatReferences;
        this.clock = clock;
        this.identities = identities;
        this.notifications = notifications;
        this.profiles = profiles;
    }

    @Override
    public DeputyView register(CongressId congress, RegisterDeputyCommand command) {
        return transactions.inCongress(congress, () -> {
            seatReferences.check(Optional.of(command.term()), command.seat());
            PersonId person = personDirectory.personFor(command.name(), command.login());
            if (loadDeputy.hasSeat(person, command.term())) {
                throw Messages.of(DeputyRegisterService.class).violation("login", "seat.taken");
            }
            Deputy deputy = Deputy.elect(person, command.term(), command.seat(), command.contact());
            saveDeputy.add(deputy);
            command.login().ifPresent(login -> identities.grant(login, command.name(),
                    command.contact().email().map(EmailAddress::new), congress, AccessRole.DEPUTY));
            DeputyView registered = reload(deputy.id());
            notifications.send(Notification.of(congress, new DeputyRegistered(registered.deputy().id(),
                    registered.person().name().value(), registered.deputy().status()), List.of()));
            return registered;
        });
    }

    @Override
    public DeputyView update(CongressId congress, DeputyId id, UpdateDeputyCommand command) {
        return transactions.inCongress(congress, () -> {
            DeputyView current = existing(id);
            seatReferences.check(Optional.empty(), command.seat());
            if (!current.person().name().equals(command.name())) {
                persons.update(current.person().renamed(command.name()));
            }
            saveDeputy.update(current.deputy().update(command.seat(), command.contact()));
            notifications.send(Notification.of(congress, new DeputyUpdated(id, command.name().value()), List.of()));
            return reload(id);
        });
    }

    @Override
    public DeputyView changeStatus(ActingCaller caller, DeputyId id, ChangeDeputyStatusCommand command) {
        return transactions.inCongress(caller.congress(), () -> {
            DeputyView current = existing(id);
            Deputy before = current.deputy();
            Deputy after = before.moveTo(command.status());
            saveDeputy.update(after);
            saveDeputy.record(new StatusChange(id, before.status(), after.status(), command.reason(), clock.instant(), caller.subject(),
                    acceptance(caller.congress(), command)));
            if (after.status().isFinal()) {
                current.person().login().ifPresent(login -> identities.revoke(login, caller.congress()));
            }
            DeputyView changed = reload(id);
            notifications.send(Notification.of(caller.congress(), new DeputyStatusChanged(id, changed.person().name().value(),
                    after.status(), before.status(), command.reason()), List.of(changed.recipient())));
            return changed;
        });
    }

    /**
     * A resignation is accepted outside the platform (BL-31: the standing committee or congress the deputy's level names),
     * on a day that has come: staff record that day and the body's document, and the record cites the rule in force then.
     */
    private Optional<StatusChange.Acceptance> acceptance(CongressId congress, ChangeDeputyStatusCommand command) {
        if (command.status() != DeputyStatus.RESIGNED) {
            return Optional.empty();
        }
        LocalDate on = command.acceptedOn().orElseThrow();
        if (on.isAfter(LegalDate.today(clock))) {
            throw MESSAGES.violation("acceptedOn", "resignation.not-yet-accepted", on);
        }
        Optional<String> rule = profiles.effectiveIn(congress, on).rulesWithId(StatusChange.RESIGNATION_RULE).stream().findFirst()
                .map(found -> found.rule() + "（" + found.article() + "）");
        return Optional.of(new StatusChange.Acceptance(on, command.documentReference().orElseThrow(), rule));
    }


    private DeputyView existing(DeputyId id) {
        return loadDeputy.find(id).orElseThrow(() -> new NotFound("deputy", id));
    }

    private DeputyView reload(DeputyId id) {
        return existing(id);
    }
}
