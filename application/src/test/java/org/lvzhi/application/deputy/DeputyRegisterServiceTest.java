package org.lvzhi.application.deputy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lvzhi.application.testing.DeputyFormBuilder.aDeputyForm;
import static org.lvzhi.application.testing.TestData.HUNAN;
import static org.lvzhi.application.testing.TestData.QINGHAI;
import static org.lvzhi.application.testing.ViolationAssertions.fieldsOf;
import static org.lvzhi.application.testing.ViolationAssertions.violationOf;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.deputy.port.in.ChangeDeputyStatusCommand;
import org.lvzhi.application.deputy.port.in.RegisterDeputyCommand;
import org.lvzhi.application.deputy.port.in.UpdateDeputyCommand;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.testing.DeputyFormBuilder;
import org.lvzhi.application.testing.InMemoryPlatform;
import org.lvzhi.application.testing.QinghaiLike;
import org.lvzhi.application.testing.RecordingIdentities;
import org.lvzhi.application.testing.RecordingNotifications;
import org.lvzhi.application.testing.SeatBuilder;
import org.lvzhi.application.testing.TestData;
import org.lvzhi.domain.congress.OrganisationUnit;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.deputy.ContactDetails;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.Person;
import org.lvzhi.domain.deputy.StatusChange;
import org.lvzhi.domain.shared.Name;
import org.lvzhi.domain.shared.Violation;

class DeputyRegisterServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-05T02:00:00Z");
    private static final ActingCaller LIAISON = TestData.caller("qinghai-liaison", QINGHAI, AccessRole.LIAISON_OFFICER);

    private final InMemoryPlatform platform = InMemoryPlatform.create();
    private final RecordingIdentities identities = new RecordingIdentities();
    private final RecordingNotifications notifications = new RecordingNotifications();
    private final DeputyRegisterService service = new DeputyRegisterService(
            platform.transactions(),
            platform.deputies(),
            platform.deputies(),
            platform.persons(),
            new PersonDirectory(platform.persons()),
            new SeatReferences(platform.terms(), platform.units()),
            Clock.fixed(NOW, ZoneOffset.UTC),
            identities,
            notifications,
            QinghaiLike.profiles());

    private Term term;
    private OrganisationUnit delegation;
    private OrganisationUnit group;

    @BeforeEach
    void qinghaiHasATermADelegationAndAGroup() {
        term = platform.terms().seed(QINGHAI, TestData.term(14, 2023));
        delegation = platform.units().seed(QINGHAI, TestData.unit(UnitKind.DELEGATION, "西宁代表团"));
        group = platform.units().seed(QINGHAI, TestData.unit(UnitKind.DEPUTY_GROUP, "城东小组"));
    }

    @Test
    @DisplayName("registering a deputy stores an active seat and a new person in the acting congress")
    void registerStoresSeatAndPerson() {
        DeputyView registered = service.register(QINGHAI, command(aDeputyForm()
                .termId(term.id()).login("wang.li").delegationId(delegation.id()).deputyGroupId(group.id())));

        assertThat(platform.deputies().stored(QINGHAI)).containsExactly(registered.deputy());
        assertThat(registered.deputy().status()).isEqualTo(DeputyStatus.ACTIVE);
        assertThat(registered.deputy().seat().delegation()).contains(delegation.id());
        assertThat(platform.persons().stored()).containsExactly(registered.person());
        assertThat(registered.person().login()).contains(new Login("wang.li"));
        assertThat(platform.transactions().congressesActedIn()).containsExactly(QINGHAI);
    }

    @Test
    @DisplayName("registering with an unknown term and a delegation that is a deputy group names both, saving nothing")
    void registerChecksReferences() {
        RegisterDeputyCommand command = command(aDeputyForm().termId(UUID.randomUUID()).delegationId(group.id()));

        assertThat(fieldsOf(() -> service.register(QINGHAI, command))).containsExactly("termId", "delegationId");
        assertThat(platform.deputies().stored(QINGHAI)).isEmpty();
        assertThat(platform.persons().stored()).isEmpty();
    }

    @Test
    @DisplayName("registering with a term of another congress reports the term as unknown")
    void registerRefusesOtherCongressTerm() {
        Term hunanTerm = platform.terms().seed(HUNAN, TestData.term(14, 2023));

        assertThat(fieldsOf(() -> service.register(QINGHAI, command(aDeputyForm().termId(hunanTerm.id())))))
                .containsExactly("termId");
    }

    @Test
    @DisplayName("registering with a login a person already signs in with gives that person the seat")
    void registerLinksExistingPersonByLogin() {
        Person sittingInHunan = seatInHunan(TestData.person("王丽", "wang.li"));

        DeputyView registered = service.register(QINGHAI, command(aDeputyForm().termId(term.id()).login("wang.li")));

        assertThat(registered.person().id()).isEqualTo(sittingInHunan.id());
        assertThat(platform.persons().stored()).containsExactly(sittingInHunan);
    }

    @Test
    @DisplayName("registering the same person twice in one term is refused on login and saves nothing more")
    void registerRefusesSecondSeatInTerm() {
        service.register(QINGHAI, command(aDeputyForm().termId(term.id()).login("wang.li")));

        Violation violation = violationOf(() ->
                service.register(QINGHAI, command(aDeputyForm().termId(term.id()).login("wang.li").name("王丽丽"))));

        assertThat(violation.field()).isEqualTo("login");
        assertThat(platform.deputies().stored(QINGHAI)).hasSize(1);
        assertThat(platform.persons().stored()).hasSize(1);
    }

    @Test
    @DisplayName("restoring a terminated deputy is refused on status and the stored status stays terminated")
    void terminatedCannotBeRestored() {
        Deputy deputy = seatInQinghai(DeputyStatus.TERMINATED);

        Violation violation = violationOf(() ->
                service.changeStatus(LIAISON, deputy.id(), ChangeDeputyStatusCommand.of("ACTIVE", "恢复")));
        assertThat(platform.deputies().statusChangesIn(QINGHAI)).isEmpty();

        assertThat(violation.field()).isEqualTo("status");
        assertThat(platform.deputies().stored(QINGHAI, deputy.id()).status()).isEqualTo(DeputyStatus.TERMINATED);
    }

    @Test
    @DisplayName("suspending an active deputy stores the new status")
    void suspendStoresStatus() {
        Deputy deputy = seatInQinghai(DeputyStatus.ACTIVE);

        DeputyView changed = service.changeStatus(LIAISON, deputy.id(), ChangeDeputyStatusCommand.of("SUSPENDED", "涉嫌违法"));

        assertThat(changed.deputy().status()).isEqualTo(DeputyStatus.SUSPENDED);
        assertThat(platform.deputies().stored(QINGHAI, deputy.id()).status()).isEqualTo(DeputyStatus.SUSPENDED);
        assertThat(platform.deputies().statusChangesIn(QINGHAI)).containsExactly(new StatusChange(
                deputy.id(), DeputyStatus.ACTIVE, DeputyStatus.SUSPENDED, "涉嫌违法", NOW, "qinghai-liaison"));
    }

    @Test
    @DisplayName("updating a deputy with a new name renames the person")
    void updateRenamesPerson() {
        DeputyView registered = service.register(QINGHAI, command(aDeputyForm().termId(term.id()).name("王丽")));

        DeputyView updated = service.update(QINGHAI, registered.deputy().id(), UpdateDeputyCommand.from(aDeputyForm().name("王丽华").build()));

        assertThat(updated.person().name()).isEqualTo(new Name("王丽华"));
        assertThat(platform.persons().storedPerson(registered.person().id()).name()).isEqualTo(new Name("王丽华"));
    }

    @Test
    @DisplayName("updating a deputy stores the new seat and contact, keeping term and status")
    void updateStoresSeatAndContact() {
        Deputy deputy = seatInQinghai(DeputyStatus.SUSPENDED);

        service.update(QINGHAI, deputy.id(), UpdateDeputyCommand.from(aDeputyForm()
                .deputyGroupId(group.id()).contact("0971-1234567", null, null).build()));

        Deputy stored = platform.deputies().stored(QINGHAI, deputy.id());
        assertThat(stored.seat().deputyGroup()).contains(group.id());
        assertThat(stored.contact().phone()).contains("0971-1234567");
        assertThat(stored.status()).isEqualTo(DeputyStatus.SUSPENDED);
        assertThat(stored.term()).isEqualTo(term.id());
    }

    @Test
    @DisplayName("updating a deputy into a deputy group that is a delegation is refused on deputyGroupId")
    void updateChecksReferences() {
        Deputy deputy = seatInQinghai(DeputyStatus.ACTIVE);

        assertThat(fieldsOf(() -> service.update(QINGHAI, deputy.id(),
                UpdateDeputyCommand.from(aDeputyForm().deputyGroupId(delegation.id()).build()))))
                .containsExactly("deputyGroupId");
        assertThat(platform.deputies().stored(QINGHAI, deputy.id())).isEqualTo(deputy);
    }

    @Test
    @DisplayName("updating another congress's deputy answers not found")
    void updateOtherCongressDeputyIsNotFound() {
        Deputy deputy = seatInQinghai(DeputyStatus.ACTIVE);

        assertThatThrownBy(() -> service.update(HUNAN, deputy.id(), UpdateDeputyCommand.from(aDeputyForm().build())))
                .isInstanceOf(NotFound.class);
    }

    private static RegisterDeputyCommand command(DeputyFormBuilder form) {
        return RegisterDeputyCommand.from(form.build());
    }

    private Deputy seatInQinghai(DeputyStatus status) {
        Person person = platform.persons().seed(QINGHAI, TestData.person("李明"));
        Deputy elected = Deputy.elect(person.id(), term.id(), SeatBuilder.aSeat().build(), ContactDetails.NONE);
        return platform.deputies().seed(QINGHAI, new Deputy(
                elected.id(), elected.person(), elected.term(), elected.seat(), elected.contact(), status));
    }

    private Person seatInHunan(Person person) {
        Term hunanTerm = platform.terms().seed(HUNAN, TestData.term(14, 2023));
        platform.persons().seed(HUNAN, person);
        platform.deputies().seed(HUNAN, Deputy.elect(person.id(), hunanTerm.id(), SeatBuilder.aSeat().build(), ContactDetails.NONE));
        return person;
    }

    @Test
    @DisplayName("a deputy registered with a login gets a sign-in at the identity provider, as a deputy of this congress")
    void registeringWithALoginProvisionsTheSignIn() {
        service.register(QINGHAI, command(aDeputyForm().termId(term.id()).login("ma.lin")));
        service.register(QINGHAI, command(aDeputyForm().termId(term.id()).name("无登录名")));

        assertThat(identities.calls()).containsExactly("grant ma.lin qinghai DEPUTY");
    }

    @Test
    @DisplayName("resignation ends the person's membership of the congress at the identity provider; suspension does not")
    void finalStatusRevokesTheSignIn() {
        DeputyView registered = service.register(QINGHAI, command(aDeputyForm().termId(term.id()).login("ma.lin")));

        service.changeStatus(LIAISON, registered.deputy().id(), ChangeDeputyStatusCommand.of("SUSPENDED", "依法暂停"));
        service.changeStatus(LIAISON, registered.deputy().id(), ChangeDeputyStatusCommand.of("RESIGNED", "本人辞职", "青人常〔2026〕3号",
                java.time.LocalDate.of(2026, 3, 2)));

        assertThat(identities.calls()).containsExactly("grant ma.lin qinghai DEPUTY", "revoke ma.lin qinghai");
    }

    @Test
    @DisplayName("a status change tells the deputy (by login) and every subscriber what changed and why")
    void statusChangeIsNotified() {
        DeputyView registered = service.register(QINGHAI, command(aDeputyForm().termId(term.id()).login("ma.lin").name("马林")));

        service.changeStatus(LIAISON, registered.deputy().id(), ChangeDeputyStatusCommand.of("SUSPENDED", "依法暂停"));

        assertThat(notifications.sent()).extracting(n -> n.event()).containsExactly("deputy.registered", "deputy.status-changed");
        var changed = notifications.sent().getLast();
        assertThat(changed.congress()).isEqualTo(QINGHAI);
        assertThat(changed.recipients()).singleElement().satisfies(r -> assertThat(r.login()).contains("ma.lin"));
        assertThat(changed.variables()).containsEntry("reason", "依法暂停").containsEntry("status", "暂停执行代表职务")
                .containsEntry("from", "在任");
    }

    @Test
    @DisplayName("a refused status change notifies nobody")
    void refusedChangeIsNotNotified() {
        Deputy deputy = seatInQinghai(DeputyStatus.TERMINATED);

        violationOf(() -> service.changeStatus(LIAISON, deputy.id(), ChangeDeputyStatusCommand.of("ACTIVE", "恢复")));

        assertThat(notifications.sent()).isEmpty();
    }
}
