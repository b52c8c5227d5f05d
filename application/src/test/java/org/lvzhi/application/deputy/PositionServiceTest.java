package org.lvzhi.application.deputy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.application.testing.TestData.HUNAN;
import static org.lvzhi.application.testing.TestData.QINGHAI;
import static org.lvzhi.application.testing.ViolationAssertions.violationOf;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.deputy.port.in.AssignPositionCommand;
import org.lvzhi.application.deputy.port.out.PositionView;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.testing.InMemoryPlatform;
import org.lvzhi.application.testing.RecordingNotifications;
import org.lvzhi.application.testing.SeatBuilder;
import org.lvzhi.application.testing.TestData;
import org.lvzhi.domain.congress.OrganisationUnit;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.deputy.ContactDetails;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.Person;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.shared.Violation;

class PositionServiceTest {

    private static final LocalDate FROM = LocalDate.of(2023, 2, 1);

    private final InMemoryPlatform platform = InMemoryPlatform.create();
    private final PositionService service = new PositionService(
            platform.transactions(),
            platform.positions(),
            platform.deputies(),
            platform.units(),
            platform.persons(),
            new PersonDirectory(platform.persons()),
            new RecordingNotifications());

    private OrganisationUnit delegation;
    private Person wangLi;
    private Deputy wangLiSeat;

    @BeforeEach
    void qinghaiHasADelegationAndADeputy() {
        Term term = platform.terms().seed(QINGHAI, TestData.term(14, 2023));
        delegation = platform.units().seed(QINGHAI, TestData.unit(UnitKind.DELEGATION, "西宁代表团"));
        wangLi = platform.persons().seed(QINGHAI, TestData.person("王丽", "wang.li"));
        wangLiSeat = platform.deputies().seed(QINGHAI,
                Deputy.elect(wangLi.id(), term.id(), SeatBuilder.aSeat().inDelegation(delegation).build(), ContactDetails.NONE));
    }

    @Test
    @DisplayName("a delegation head without a delegation is refused on unitId and no office is stored")
    void delegationHeadNeedsUnit() {
        Violation violation = violationOf(() -> service.assign(QINGHAI,
                AssignPositionCommand.of("DELEGATION_HEAD", wangLiSeat.id().toString(), null, null, null, FROM, null)));

        assertThat(violation.field()).isEqualTo("unitId");
        assertThat(platform.positions().stored(QINGHAI)).isEmpty();
    }

    @Test
    @DisplayName("an office given to a deputy by deputyId is held by that deputy's person")
    void assignToDeputyUsesTheirPerson() {
        PositionView assigned = service.assign(QINGHAI, AssignPositionCommand.of(
                "DELEGATION_HEAD", wangLiSeat.id().toString(), null, null, delegation.id().toString(), FROM, null));

        assertThat(assigned.holder()).isEqualTo(wangLi);
        assertThat(platform.positions().stored(QINGHAI)).singleElement().satisfies(a -> {
            assertThat(a.holder()).isEqualTo(wangLi.id());
            assertThat(a.position()).isEqualTo(Position.DELEGATION_HEAD);
            assertThat(a.unit()).contains(delegation.id());
        });
        assertThat(platform.persons().stored()).containsExactly(wangLi);
    }

    @Test
    @DisplayName("an office given to someone who is not a deputy creates that person")
    void assignByNameCreatesPerson() {
        PositionView assigned = service.assign(QINGHAI,
                AssignPositionCommand.of("SECRETARY_GENERAL", null, "赵军", "zhao.jun", null, FROM, null));

        assertThat(assigned.holder().name().value()).isEqualTo("赵军");
        assertThat(platform.persons().stored()).containsExactly(wangLi, assigned.holder());
        assertThat(platform.positions().stored(QINGHAI)).containsExactly(assigned.assignment());
    }

    @Test
    @DisplayName("an office given by name with the login of a known person goes to that person")
    void assignByLoginLinksKnownPerson() {
        PositionView assigned = service.assign(QINGHAI,
                AssignPositionCommand.of("VICE_CHAIR", null, "王丽", "wang.li", null, FROM, null));

        assertThat(assigned.holder()).isEqualTo(wangLi);
        assertThat(platform.persons().stored()).containsExactly(wangLi);
    }

    @Test
    @DisplayName("an office given to another congress's deputy is refused on deputyId")
    void otherCongressDeputyIsUnknown() {
        Violation violation = violationOf(() -> service.assign(HUNAN,
                AssignPositionCommand.of("VICE_CHAIR", wangLiSeat.id().toString(), null, null, null, FROM, null)));

        assertThat(violation.field()).isEqualTo("deputyId");
        assertThat(platform.positions().stored(HUNAN)).isEmpty();
    }

    @Test
    @DisplayName("an office in a unit the congress does not have is refused on unitId with a complete message")
    void unknownUnitIsRefused() {
        UUID unknown = UUID.randomUUID();

        Violation violation = violationOf(() -> service.assign(QINGHAI, AssignPositionCommand.of(
                "DELEGATION_HEAD", wangLiSeat.id().toString(), null, null, unknown.toString(), FROM, null)));

        assertThat(violation.field()).isEqualTo("unitId");
        assertThat(violation.message()).contains(unknown.toString()).doesNotContain("{", "}");
    }

    @Test
    @DisplayName("the offices of the acting congress are listed with their holders")
    void listsOfficesWithHolders() {
        service.assign(QINGHAI, AssignPositionCommand.of("VICE_CHAIR", wangLiSeat.id().toString(), null, null, null, FROM, null));

        assertThat(service.list(QINGHAI, PageRequest.of(null, null)).items())
                .singleElement()
                .extracting(PositionView::holder)
                .isEqualTo(wangLi);
        assertThat(service.list(HUNAN, PageRequest.of(null, null)).items()).isEmpty();
    }
}
