package org.lvzhi.application.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lvzhi.application.testing.ViolationAssertions.violationOf;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lvzhi.application.congress.port.in.FoundCongressCommand;
import org.lvzhi.application.identity.port.out.IdentityProviderUnavailable;
import org.lvzhi.application.identity.port.out.IdentityProvisioningPort;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.AlreadyExists;
import org.lvzhi.application.shared.NotFound;
import org.lvzhi.application.shared.PageRequest;
import org.lvzhi.application.testing.InMemoryCongresses;
import org.lvzhi.application.testing.InMemoryTransactions;
import org.lvzhi.application.testing.RecordingIdentities;
import org.lvzhi.application.testing.RecordingNotifications;
import org.lvzhi.application.testing.TestData;
import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.congress.Congress;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Level;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Name;
import org.lvzhi.domain.shared.Violation;

class CongressServiceTest {

    private final InMemoryCongresses congresses = new InMemoryCongresses();
    private final RecordingIdentities identities = new RecordingIdentities();
    private final RecordingNotifications notifications = new RecordingNotifications();
    private final CongressService service = new CongressService(congresses, congresses, identities, new InMemoryTransactions(), notifications);

    @BeforeEach
    void platformWithAProvinceAndACity() {
        congresses.add(TestData.congress("qinghai", "青海省人大", Level.PROVINCE));
        congresses.add(TestData.congress("xining", "西宁市人大", Level.CITY));
    }

    @Test
    @DisplayName("founding a congress under a parent that is not on the platform is refused on parentId")
    void unknownParentIsRefused() {
        Violation violation = violationOf(() -> service.found(FoundCongressCommand.of("haidong", "海东市人大", "CITY", "gansu")));

        assertThat(violation.field()).isEqualTo("parentId");
        assertThat(violation.message()).contains("gansu");
        assertThat(congresses.find(new CongressId("haidong"))).isEmpty();
    }

    @ParameterizedTest(name = "a CITY congress under a {0} parent")
    @EnumSource(value = Level.class, names = {"CITY", "COUNTY", "TOWNSHIP"})
    @DisplayName("founding a congress under a parent of a lower or equal level is refused and nothing is saved")
    void parentNotHigherIsRefused(Level parentLevel) {
        congresses.add(TestData.congress("parent", "上级人大", parentLevel));

        Violation violation = violationOf(() -> service.found(FoundCongressCommand.of("haidong", "海东市人大", "CITY", "parent")));

        assertThat(violation.field()).isEqualTo("parentId");
        assertThat(congresses.find(new CongressId("haidong"))).isEmpty();
    }

    @Test
    @DisplayName("founding a congress whose id is taken is refused as a conflict and the existing one keeps its name")
    void takenIdIsAConflict() {
        assertThatThrownBy(() -> service.found(FoundCongressCommand.of("xining", "另一个人大", "CITY", "qinghai")))
                .isInstanceOf(AlreadyExists.class).hasMessage("平台上已有标识为“xining”的人大");
        assertThat(congresses.find(new CongressId("xining"))).map(c -> c.name().value()).contains("西宁市人大");
    }

    @Test
    @DisplayName("founding a congress under a higher-level parent saves it with that parent, whose webhooks hear of it")
    void validParentIsSaved() {
        Congress founded = service.found(FoundCongressCommand.of("datong", "大通县人大", "COUNTY", "xining"));

        assertThat(congresses.find(new CongressId("datong"))).contains(founded);
        assertThat(founded.parent()).contains(new CongressId("xining"));
        assertThat(founded.level()).isEqualTo(Level.COUNTY);
        assertThat(notifications.sent()).singleElement().satisfies(n -> {
            assertThat(n.congress()).isEqualTo(new CongressId("xining"));
            assertThat(n.event()).isEqualTo("congress.founded");
            assertThat(n.data()).containsEntry("congressId", "datong").containsEntry("level", "COUNTY").containsEntry("parentId", "xining");
        });
    }

    @Test
    @DisplayName("founding a congress without a parent saves it with none, and no congress's webhooks could hear of it")
    void noParentIsSaved() {
        service.found(FoundCongressCommand.of("hunan", "湖南省人大", "PROVINCE", " "));

        assertThat(congresses.find(new CongressId("hunan"))).get().extracting(Congress::parent).isEqualTo(Optional.empty());
        assertThat(notifications.sent()).isEmpty();
    }

    @Test
    @DisplayName("showing a congress that is not on the platform answers not found")
    void showUnknownIsNotFound() {
        assertThatThrownBy(() -> service.show(new CongressId("gansu"))).isInstanceOf(NotFound.class);
    }

    @Test
    @DisplayName("the platform's congresses are listed by id, a page at a time")
    void listsByIdInPages() {
        var page = service.all(new PageRequest(0, 1));

        assertThat(page.items()).extracting(Congress::id).containsExactly(new CongressId("qinghai"));
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    @DisplayName("founding a congress with its first admin invites them as the congress's tenant admin")
    void invitesTheFirstAdmin() {
        service.found(FoundCongressCommand.of("haidong", "海东市人大", "CITY", "qinghai").withFirstAdmin("欧阳华", "ouyang@example.cn", null));

        assertThat(identities.calls()).containsExactly("open haidong", "grant ouyang@example.cn haidong TENANT_ADMIN");
    }

    @Test
    @DisplayName("founding a congress without a first admin still opens its account space at the identity provider")
    void opensTheIdentitySide() {
        service.found(FoundCongressCommand.of("datong", "大通县人大", "COUNTY", "xining"));

        assertThat(identities.calls()).containsExactly("open datong");
    }

    @Test
    @DisplayName("when the identity side fails, what it made and the new congress are taken back and the failure says why")
    void identityFailureLeavesNoCongress() {
        UnreachableIdentities unreachable = new UnreachableIdentities();
        CongressService failing = new CongressService(congresses, congresses, unreachable, new InMemoryTransactions(), notifications);

        assertThatThrownBy(() -> failing.found(FoundCongressCommand.of("haidong", "海东市人大", "CITY", "qinghai")
                .withFirstAdmin("欧阳华", "ouyang@example.cn", null)))
                .isInstanceOf(IdentityProviderUnavailable.class).hasMessageContaining("unreachable");
        assertThat(congresses.find(new CongressId("haidong"))).isEmpty();
        assertThat(unreachable.calls()).containsExactly("open haidong", "close haidong");
    }

    @Test
    @DisplayName("when taking back fails as well, the congress is still removed and the first failure is the one reported")
    void takingBackMayFailToo() {
        IdentityProvisioningPort down = new UnreachableIdentities() {
            @Override
            public void close(CongressId congress) {
                throw new IdentityProviderUnavailable("still unreachable");
            }
        };
        CongressService failing = new CongressService(congresses, congresses, down, new InMemoryTransactions(), notifications);

        assertThatThrownBy(() -> failing.found(FoundCongressCommand.of("haidong", "海东市人大", "CITY", "qinghai")
                .withFirstAdmin("欧阳华", "ouyang@example.cn", null)))
                .hasMessage("the identity provider is unreachable")
                .satisfies(failure -> assertThat(failure.getSuppressed()).extracting(Throwable::getMessage).containsExactly("still unreachable"));
        assertThat(congresses.find(new CongressId("haidong"))).isEmpty();
    }

    /** Opens the congress's side, then cannot reach the provider to invite anyone. */
    private static class UnreachableIdentities implements IdentityProvisioningPort {

        private final RecordingIdentities recorded = new RecordingIdentities();

        @Override
        public void open(CongressId congress, Name name) {
            recorded.open(congress, name);
        }

        @Override
        public void close(CongressId congress) {
            recorded.close(congress);
        }

        @Override
        public void grant(Login login, Name name, Optional<EmailAddress> email, CongressId congress, AccessRole role) {
            throw new IdentityProviderUnavailable("the identity provider is unreachable");
        }

        @Override
        public void revoke(Login login, CongressId congress) {
        }

        List<String> calls() {
            return recorded.calls();
        }
    }
}
