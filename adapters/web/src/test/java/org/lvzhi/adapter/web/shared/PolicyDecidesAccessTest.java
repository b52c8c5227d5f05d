package org.lvzhi.adapter.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.web.testing.Api;
import org.lvzhi.adapter.web.testing.TestTokens;
import org.lvzhi.application.access.port.in.AccessPolicy;
import org.lvzhi.application.congress.port.in.CongressAccess;
import org.lvzhi.application.shared.AccessRole;

/**
 * Who may call a route is the access policy's answer: with a policy in which deputies, and no longer staff, maintain
 * the organisation units, the unchanged unit routes admit a deputy and refuse a liaison officer (UnitRoutesTest shows
 * the reverse under the platform's own policy).
 */
@MicronautTest(environments = PolicyDecidesAccessTest.DEPUTIES_MAINTAIN_UNITS)
class PolicyDecidesAccessTest {

    static final String DEPUTIES_MAINTAIN_UNITS = "deputies-maintain-units";
    private static final String OFFICER = TestTokens.of("officer", List.of("LIAISON_OFFICER"), List.of("qinghai"));
    private static final String DEPUTY = TestTokens.of("deputy", List.of("DEPUTY"), List.of("qinghai"));

    @Inject
    Api api;

    @Test
    @DisplayName("a role moved in the policy moves the HTTP answer, with no controller touched")
    void theRouteFollowsThePolicy() {
        assertThat(api.postJson("/api/v1/delegations", DEPUTY, "{\"name\":\"代表团\"}").status()).isEqualTo(201);
        assertThat(api.postJson("/api/v1/delegations", OFFICER, "{\"name\":\"代表团\"}").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/delegations", OFFICER).status()).isEqualTo(200);
    }

    /** The congress context's grants, but maintaining units is the deputies' alone. */
    @Singleton
    @Replaces(AccessPolicy.class)
    @Requires(env = DEPUTIES_MAINTAIN_UNITS)
    static class DeputiesMaintainUnits implements AccessPolicy {

        @Override
        public Optional<Set<AccessRole>> rolesFor(String code) {
            return code.equals(CongressAccess.MAINTAIN_UNITS) ? Optional.of(Set.of(AccessRole.DEPUTY))
                    : CongressAccess.GRANTS.rolesFor(code);
        }

        @Override
        public Set<String> codes() {
            return CongressAccess.GRANTS.asMap().keySet();
        }
    }
}
