package org.lvzhi.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Principal;
import org.lvzhi.domain.congress.CongressId;

class GrantsTest {

    private static final CongressId QINGHAI = new CongressId("qinghai");
    private static final CongressId XINING = new CongressId("xining");
    private static final Grants GRANTS = Grants.of()
            .allow("test.handle", AccessRole.TENANT_ADMIN, AccessRole.LIAISON_OFFICER)
            .build();

    @Test
    @DisplayName("a caller may perform an operation when a role it holds in the congress it acts in is granted it")
    void judgesTheActingRoles() {
        Principal officerHereDeputyThere = new Principal("wang", Set.of(QINGHAI, XINING),
                Set.of(AccessRole.LIAISON_OFFICER, AccessRole.DEPUTY),
                Map.of(QINGHAI, Set.of(AccessRole.LIAISON_OFFICER), XINING, Set.of(AccessRole.DEPUTY)));

        assertThat(GRANTS.allows(new ActingCaller(officerHereDeputyThere.actingIn(QINGHAI), QINGHAI), "test.handle")).isTrue();
        assertThat(GRANTS.allows(new ActingCaller(officerHereDeputyThere.actingIn(XINING), XINING), "test.handle")).isFalse();
    }

    @Test
    @DisplayName("an operation nobody granted is refused loudly, and one granted twice does not build")
    void refusesUnknownAndDoubleGrants() {
        Principal admin = new Principal("admin", Set.of(QINGHAI), Set.of(AccessRole.TENANT_ADMIN));

        assertThatThrownBy(() -> GRANTS.allows(admin, "test.unknown")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Grants.of().allow("test.twice", AccessRole.DEPUTY).allow("test.twice", AccessRole.DEPUTY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
