package org.lvzhi.application.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.Principal;
import org.lvzhi.domain.congress.CongressId;

class PrincipalTest {

    private static final CongressId QINGHAI = new CongressId("qinghai");
    private static final CongressId HUNAN = new CongressId("hunan");

    @Test
    @DisplayName("granted per congress, a principal acts in each congress with that congress's roles, and the platform admin's everywhere")
    void actsWithTheCongresssRoles() {
        Principal principal = new Principal("sima", Set.of(QINGHAI, HUNAN),
                Set.of(AccessRole.TENANT_ADMIN, AccessRole.DEPUTY, AccessRole.PLATFORM_ADMIN),
                Map.of(QINGHAI, Set.of(AccessRole.TENANT_ADMIN), HUNAN, Set.of(AccessRole.DEPUTY)));

        assertThat(principal.actingIn(QINGHAI).roles()).containsExactlyInAnyOrder(AccessRole.TENANT_ADMIN, AccessRole.PLATFORM_ADMIN);
        assertThat(principal.actingIn(HUNAN).roles()).containsExactlyInAnyOrder(AccessRole.DEPUTY, AccessRole.PLATFORM_ADMIN);
        assertThat(principal.actingIn(new CongressId("jiading")).roles()).containsExactly(AccessRole.PLATFORM_ADMIN);
    }

    @Test
    @DisplayName("without roles per congress (an identity whose roles are the realm's), the roles hold in every congress")
    void realmRolesHoldEverywhere() {
        Principal principal = new Principal("keycloak-user", Set.of(QINGHAI, HUNAN), Set.of(AccessRole.LIAISON_OFFICER));

        assertThat(principal.actingIn(HUNAN)).isEqualTo(principal);
    }
}
