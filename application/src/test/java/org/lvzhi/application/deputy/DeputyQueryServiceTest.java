package org.lvzhi.application.deputy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lvzhi.application.testing.TestData.HUNAN;
import static org.lvzhi.application.testing.TestData.QINGHAI;
import static org.lvzhi.application.testing.TestData.caller;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.deputy.port.out.DeputySearch;
import org.lvzhi.application.deputy.port.out.DeputyView;
import org.lvzhi.application.shared.AccessDenied;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.KeysetRequest;
import org.lvzhi.application.shared.Slice;
import org.lvzhi.application.testing.InMemoryPlatform;
import org.lvzhi.application.testing.InMemoryTransactions.UnitOfWork;
import org.lvzhi.application.testing.SeatBuilder;
import org.lvzhi.application.testing.TestData;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.OrganisationUnit;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.deputy.ContactDetails;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.DeputyStatus;
import org.lvzhi.domain.deputy.Person;
import org.lvzhi.domain.deputy.Seat;

class DeputyQueryServiceTest {

    private static final ActingCaller WANG_LI = caller("wang.li", QINGHAI, AccessRole.DEPUTY);
    private static final ActingCaller LIAISON = caller("qinghai-liaison", QINGHAI, AccessRole.LIAISON_OFFICER);

    private final InMemoryPlatform platform = InMemoryPlatform.create();
    private final DeputyQueryService service = new DeputyQueryService(platform.transactions(), platform.deputies());

    private Term thirteenth;
    private Term fourteenth;
    private OrganisationUnit xining;
    private Deputy wangLi;
    private Deputy wangQiang;
    private Deputy liMing;
    private Deputy wangFang;

    @BeforeEach
    void qinghaiRegister() {
        thirteenth = platform.terms().seed(QINGHAI, TestData.term(13, 2018));
        fourteenth = platform.terms().seed(QINGHAI, TestData.term(14, 2023));
        xining = platform.units().seed(QINGHAI, TestData.unit(UnitKind.DELEGATION, "西宁代表团"));
        OrganisationUnit haidong = platform.units().seed(QINGHAI, TestData.unit(UnitKind.DELEGATION, "海东代表团"));

        Person wangLiPerson = platform.persons().seed(QINGHAI, TestData.person("王丽", "wang.li"));
        wangLi = seat(QINGHAI, wangLiPerson, fourteenth, SeatBuilder.aSeat().inDelegation(xining).grassroots().build(), DeputyStatus.ACTIVE);
        wangQiang = seat(QINGHAI, platform.persons().seed(QINGHAI, TestData.person("王强", "wang.qiang")), fourteenth,
                SeatBuilder.aSeat().inDelegation(haidong).military().build(), DeputyStatus.ACTIVE);
        liMing = seat(QINGHAI, platform.persons().seed(QINGHAI, TestData.person("李明")), fourteenth,
                SeatBuilder.aSeat().inDelegation(xining).grassroots().build(), DeputyStatus.SUSPENDED);
        wangFang = seat(QINGHAI, platform.persons().seed(QINGHAI, TestData.person("王芳")), thirteenth,
                SeatBuilder.aSeat().inDelegation(xining).grassroots().build(), DeputyStatus.ACTIVE);

        Term hunanTerm = platform.terms().seed(HUNAN, TestData.term(14, 2023));
        seat(HUNAN, platform.persons().seed(HUNAN, TestData.person("王红")), hunanTerm,
                SeatBuilder.aSeat().grassroots().build(), DeputyStatus.ACTIVE);
    }

    @Test
    @DisplayName("a deputy reads their own seat by its id")
    void deputyReadsOwnSeat() {
        DeputyView found = service.find(WANG_LI, wangLi.id());

        assertThat(found.deputy()).isEqualTo(wangLi);
        assertThat(found.person().name().value()).isEqualTo("王丽");
    }

    @Test
    @DisplayName("a deputy asking for another deputy's seat hears it does not exist, not that it is forbidden")
    void deputyReadingAnotherSeatIsNotFound() {
        assertThatThrownBy(() -> service.find(WANG_LI, wangQiang.id()))
                .isInstanceOf(NotFound.class)
                .isNotInstanceOf(AccessDenied.class);
    }

    @Test
    @DisplayName("a liaison officer reads any deputy of the congress by id")
    void liaisonReadsAnySeat() {
        assertThat(service.find(LIAISON, wangQiang.id()).deputy()).isEqualTo(wangQiang);
    }

    @Test
    @DisplayName("a liaison officer asking for another congress's deputy hears it does not exist")
    void otherCongressDeputyIsNotFound() {
        ActingCaller hunanLiaison = caller("hunan-liaison", HUNAN, AccessRole.LIAISON_OFFICER);

        assertThatThrownBy(() -> service.find(hunanLiaison, wangQiang.id())).isInstanceOf(NotFound.class);
    }

    @Test
    @DisplayName("a deputy may not search the register")
    void deputySearchingIsDenied() {
        assertThatThrownBy(() -> service.search(WANG_LI, noFilters(), KeysetRequest.of(null, null)))
                .isInstanceOf(AccessDenied.class);
        assertThat(platform.transactions().log()).isEmpty();
    }

    @Test
    @DisplayName("a liaison officer searches the register by name, term, delegation and grassroots")
    void liaisonSearchesWithFilters() {
        DeputySearch search = new DeputySearch(
                Optional.of(" 王 "), Optional.of(fourteenth.id()), Optional.empty(),
                Optional.of(xining.id()), Optional.empty(), Optional.of(true), Optional.empty());

        Slice<DeputyView> page = service.search(LIAISON, search, KeysetRequest.of(null, null, true));

        assertThat(page.items()).extracting(DeputyView::deputy).containsExactly(wangLi);
        assertThat(page.total()).contains(1L);
        assertThat(platform.transactions().log()).containsExactly(new UnitOfWork(QINGHAI, true));
    }

    @Test
    @DisplayName("a liaison officer searches the register by status and military")
    void liaisonSearchesByStatusAndMilitary() {
        DeputySearch suspended = new DeputySearch(Optional.empty(), Optional.empty(), Optional.of(DeputyStatus.SUSPENDED),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        DeputySearch military = new DeputySearch(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(true));

        assertThat(service.search(LIAISON, suspended, KeysetRequest.of(null, null)).items())
                .extracting(DeputyView::deputy).containsExactly(liMing);
        assertThat(service.search(LIAISON, military, KeysetRequest.of(null, null)).items())
                .extracting(DeputyView::deputy).containsExactly(wangQiang);
    }

    @Test
    @DisplayName("the register is listed by name a page at a time after the page before, with the total of the acting congress only when asked")
    void searchPages() {
        Slice<DeputyView> first = service.search(LIAISON, noFilters(), KeysetRequest.of(null, 2));
        Slice<DeputyView> second = service.search(LIAISON, noFilters(), KeysetRequest.of(first.next().orElseThrow(), 2, true));

        assertThat(second.items()).extracting(DeputyView::deputy).containsExactly(wangQiang, wangFang);
        assertThat(first.total()).isEmpty();
        assertThat(second.total()).contains(4L);
        assertThat(second.next()).isEmpty();
        assertThat(second.size()).isEqualTo(2);
    }

    @Test
    @DisplayName("a deputy finds their own seat by their login")
    void ownFindsSeatByLogin() {
        assertThat(service.own(WANG_LI).deputy()).isEqualTo(wangLi);
    }

    @Test
    @DisplayName("a deputy with seats in two terms finds the seat of the later term as their own")
    void ownFindsLatestTerm() {
        Person wangLiPerson = platform.persons().storedPerson(wangLi.person());
        seat(QINGHAI, wangLiPerson, thirteenth, SeatBuilder.aSeat().build(), DeputyStatus.ACTIVE);

        assertThat(service.own(WANG_LI).deputy()).isEqualTo(wangLi);
    }

    @Test
    @DisplayName("a caller without a seat in the acting congress has no own seat")
    void ownWithoutSeatIsNotFound() {
        assertThatThrownBy(() -> service.own(caller("wang.li", HUNAN, AccessRole.DEPUTY))).isInstanceOf(NotFound.class);
    }

    private Deputy seat(CongressId congress, Person person, Term term, Seat seat, DeputyStatus status) {
        Deputy elected = Deputy.elect(person.id(), term.id(), seat, ContactDetails.NONE);
        return platform.deputies().seed(congress,
                new Deputy(elected.id(), elected.person(), elected.term(), elected.seat(), elected.contact(), status));
    }

    private static DeputySearch noFilters() {
        return new DeputySearch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
