package org.lvzhi.application.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lvzhi.application.testing.TestData.HUNAN;
import static org.lvzhi.application.testing.TestData.QINGHAI;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.congress.port.in.UnitCommand;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.testing.InMemoryTransactions;
import org.lvzhi.application.testing.InMemoryUnits;
import org.lvzhi.application.testing.RecordingNotifications;
import org.lvzhi.application.testing.TestData;
import org.lvzhi.domain.congress.OrganisationUnit;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.shared.Name;

class UnitServiceTest {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryUnits units = new InMemoryUnits(transactions);
    private final RecordingNotifications notifications = new RecordingNotifications();
    private final UnitService service = new UnitService(transactions, units, units, notifications);

    private OrganisationUnit delegation;

    @BeforeEach
    void qinghaiHasADelegation() {
        delegation = units.seed(QINGHAI, TestData.unit(UnitKind.DELEGATION, "西宁代表团"));
    }

    @Test
    @DisplayName("creating a unit stores it in the acting congress with the kind asked for")
    void createStoresUnit() {
        OrganisationUnit created = service.create(QINGHAI, UnitKind.LIAISON_STATION, UnitCommand.of("城东联络站", "西宁市城东区"));

        assertThat(units.stored(QINGHAI)).contains(created);
        assertThat(created.kind()).isEqualTo(UnitKind.LIAISON_STATION);
        assertThat(created.address()).contains("西宁市城东区");
    }

    @Test
    @DisplayName("a unit is found by its id and kind")
    void findByIdAndKind() {
        assertThat(service.find(QINGHAI, UnitKind.DELEGATION, delegation.id())).isEqualTo(delegation);
    }

    @Test
    @DisplayName("asking for a delegation as a deputy group answers not found")
    void findWithWrongKindIsNotFound() {
        assertThatThrownBy(() -> service.find(QINGHAI, UnitKind.DEPUTY_GROUP, delegation.id()))
                .isInstanceOf(NotFound.class)
                .extracting(e -> ((NotFound) e).resource())
                .isEqualTo("DEPUTY_GROUP");
    }

    @Test
    @DisplayName("updating a delegation as a deputy group answers not found and leaves it as it was")
    void updateWithWrongKindIsNotFound() {
        assertThatThrownBy(() -> service.update(QINGHAI, UnitKind.DEPUTY_GROUP, delegation.id(), UnitCommand.of("改名", null)))
                .isInstanceOf(NotFound.class);

        assertThat(units.stored(QINGHAI)).containsExactly(delegation);
    }

    @Test
    @DisplayName("updating a unit renames it and changes its address")
    void updateRenames() {
        service.update(QINGHAI, UnitKind.DELEGATION, delegation.id(), UnitCommand.of("海东代表团", "海东市"));

        assertThat(units.stored(QINGHAI)).singleElement().satisfies(unit -> {
            assertThat(unit.name()).isEqualTo(new Name("海东代表团"));
            assertThat(unit.address()).isEqualTo(Optional.of("海东市"));
            assertThat(unit.kind()).isEqualTo(UnitKind.DELEGATION);
        });
    }

    @Test
    @DisplayName("another congress's unit answers not found")
    void otherCongressUnitIsNotFound() {
        assertThatThrownBy(() -> service.find(HUNAN, UnitKind.DELEGATION, delegation.id())).isInstanceOf(NotFound.class);
    }

    @Test
    @DisplayName("listing units lists only the kind asked for")
    void listsOnlyTheKind() {
        units.seed(QINGHAI, TestData.unit(UnitKind.DEPUTY_GROUP, "城东小组"));

        assertThat(service.list(QINGHAI, UnitKind.DELEGATION, PageRequest.of(null, null)).items()).containsExactly(delegation);
    }
}
