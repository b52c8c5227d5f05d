package org.lvzhi.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lvzhi.application.testing.TestData.HUNAN;
import static org.lvzhi.application.testing.TestData.QINGHAI;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.deputy.port.out.DeputySearch;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.domain.congress.OrganisationUnit;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.deputy.ContactDetails;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.Person;

/** The in-memory stores keep the database's tenancy rules, so the service tests can rely on them. */
class InMemoryStoresTest {

    private final InMemoryPlatform platform = InMemoryPlatform.create();
    private final InMemoryTransactions transactions = platform.transactions();

    @Test
    @DisplayName("outside a unit of work a store sees nothing")
    void nothingOutsideUnitOfWork() {
        OrganisationUnit unit = platform.units().seed(QINGHAI, TestData.unit(UnitKind.DELEGATION, "西宁代表团"));

        assertThat(platform.units().find(unit.id())).isEmpty();
    }

    @Test
    @DisplayName("a congress does not see another congress's rows")
    void congressSeesOnlyItsOwn() {
        OrganisationUnit unit = platform.units().seed(QINGHAI, TestData.unit(UnitKind.DELEGATION, "西宁代表团"));

        assertThat(transactions.readInCongress(HUNAN, () -> platform.units().find(unit.id()))).isEmpty();
        assertThat(transactions.readInCongress(QINGHAI, () -> platform.units().find(unit.id()))).contains(unit);
    }

    @Test
    @DisplayName("a read-only unit of work refuses writes")
    void readOnlyRefusesWrites() {
        assertThatThrownBy(() -> transactions.readInCongress(QINGHAI, () -> {
            platform.units().add(TestData.unit(UnitKind.DELEGATION, "西宁代表团"));
            return null;
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("set-up is not logged as a unit of work")
    void setUpIsNotLogged() {
        platform.terms().seed(QINGHAI, TestData.term(14, 2023));

        assertThat(transactions.log()).isEmpty();
    }

    @Test
    @DisplayName("a person is reached only through a seat in the acting congress")
    void personReachedThroughSeat() {
        Term term = platform.terms().seed(QINGHAI, TestData.term(14, 2023));
        Person person = platform.persons().seed(QINGHAI, TestData.person("王丽", "wang.li"));
        platform.deputies().seed(QINGHAI, Deputy.elect(person.id(), term.id(), SeatBuilder.aSeat().build(), ContactDetails.NONE));

        assertThat(transactions.readInCongress(QINGHAI, () -> platform.persons().find(person.id()))).contains(person);
        assertThat(transactions.readInCongress(HUNAN, () -> platform.persons().find(person.id()))).isEmpty();
        assertThat(transactions.readInCongress(HUNAN, () -> platform.persons().idOf(person.login().orElseThrow())))
                .contains(person.id());
    }

    @Test
    @DisplayName("a deputy search matches any part of the name, ignoring case")
    void nameSearchIgnoresCase() {
        Term term = platform.terms().seed(QINGHAI, TestData.term(14, 2023));
        Person tashi = platform.persons().seed(QINGHAI, TestData.person("Tashi Dorje"));
        platform.deputies().seed(QINGHAI, Deputy.elect(tashi.id(), term.id(), SeatBuilder.aSeat().build(), ContactDetails.NONE));
        DeputySearch search = new DeputySearch(Optional.of("dor"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(transactions.readInCongress(QINGHAI, () -> platform.deputies().search(search, PageRequest.of(null, null))).items())
                .extracting(DeputyView::person)
                .containsExactly(tashi);
    }

    @Test
    @DisplayName("a deputy cannot be stored for a term of another congress")
    void deputyNeedsTermOfActingCongress() {
        Term hunanTerm = platform.terms().seed(HUNAN, TestData.term(14, 2023));
        Person person = platform.persons().seed(QINGHAI, TestData.person("王丽"));

        assertThatThrownBy(() -> platform.deputies().seed(QINGHAI,
                Deputy.elect(person.id(), hunanTerm.id(), SeatBuilder.aSeat().build(), ContactDetails.NONE)))
                .isInstanceOf(IllegalStateException.class);
    }
}
