package org.lvzhi.adapter.identity.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lvzhi.adapter.identity.keycloak.testing.KeycloakServer;
import org.lvzhi.application.identity.port.out.IdentityProviderUnavailable;
import org.lvzhi.application.identity.port.out.IdentityProvisioningPort;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Name;

/**
 * The admin client's reading of Keycloak's answers: what was asked and what Keycloak said when it refuses (409, 404,
 * 401), the refusals a step expects passed back to it, and an unreachable or silent Keycloak reported as unavailable
 * within the client's timeout rather than waited for.
 */
@ExtendWith(SharedKeycloak.class)
class KeycloakAdminIT {

    /** KeycloakHttp's timeout, with room for a loaded machine. */
    private static final Duration WITHIN_TIMEOUT = Duration.ofSeconds(15);

    private final KeycloakAdmin admin = SharedKeycloak.bean(KeycloakAdmin.class);

    @Test
    @DisplayName("Keycloak's 409 (the user exists) is unavailability naming the request and the answer, unless the step expects it")
    void conflict() {
        String token = admin.token();
        Map<String, String> existing = Map.of("username", "qinghai-deputy1");

        assertThatThrownBy(() -> admin.call(token, "POST", "users", existing, "创建用户 qinghai-deputy1"))
                .isInstanceOf(IdentityProviderUnavailable.class)
                .hasMessageContaining("创建用户 qinghai-deputy1").hasMessageContaining("409");
        assertThat(admin.call(token, "POST", "users", existing, "创建用户 qinghai-deputy1", 409).status()).isEqualTo(409);
    }

    @Test
    @DisplayName("Keycloak's 404 (no such user) is unavailability naming the request, unless the step expects it")
    void notFound() {
        String token = admin.token();
        String missing = "users/" + UUID.randomUUID();

        assertThatThrownBy(() -> admin.call(token, "GET", missing, null, "读取用户"))
                .isInstanceOf(IdentityProviderUnavailable.class).hasMessageContaining("读取用户").hasMessageContaining("404");
        assertThat(admin.call(token, "DELETE", missing, null, "删除用户", 404).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("users are found by exact user name and organizations by exact alias, not by the search's substrings")
    void findsExactly() {
        String token = admin.token();

        assertThat(admin.userId(token, new Login("qinghai-deputy1"))).contains(SharedKeycloak.server().userId("qinghai-deputy1"));
        assertThat(admin.userId(token, new Login("qinghai-deputy"))).isEmpty();
        assertThat(admin.organizationId(token, new CongressId("qinghai"))).contains(SharedKeycloak.server().organizationId("qinghai"));
        assertThat(admin.organizationId(token, new CongressId("qing"))).isEmpty();
    }

    @Test
    @DisplayName("a wrong provisioner secret is Keycloak's refusal of the provisioner's sign-in (401)")
    void wrongSecret() {
        try (ApplicationContext wrong = SharedKeycloak.platform(SharedKeycloak.server().issuer(), "not-the-secret")) {
            assertThatThrownBy(() -> wrong.getBean(KeycloakAdmin.class).token())
                    .isInstanceOf(IdentityProviderUnavailable.class).hasMessageContaining("provisioner").hasMessageContaining("401");
        }
    }

    @Test
    @DisplayName("a Keycloak nobody listens for is unavailable at once, naming its address")
    void unreachable() {
        try (ApplicationContext away = SharedKeycloak.unreachable()) {
            IdentityProvisioningPort provisioning = away.getBean(IdentityProvisioningPort.class);

            assertUnavailableInTime(() -> provisioning.open(new CongressId("qinghai"), new Name("青海省人大")), "127.0.0.1:");
        }
    }

    @Test
    @DisplayName("a Keycloak that takes the connection and never answers is unavailable after the client's timeout")
    void silent() throws IOException {
        // the backlog completes the connection, nobody accepts it, so no answer ever comes
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             ApplicationContext away = SharedKeycloak.platform(SharedKeycloak.realmAt(silent.getLocalPort()),
                     KeycloakServer.PROVISIONER_SECRET)) {
            IdentityProvisioningPort provisioning = away.getBean(IdentityProvisioningPort.class);

            assertUnavailableInTime(() -> provisioning.grant(new Login("qinghai-deputy1"), new Name("王小明"), Optional.empty(),
                    new CongressId("qinghai"), AccessRole.DEPUTY), "127.0.0.1:" + silent.getLocalPort());
        }
    }

    private static void assertUnavailableInTime(Runnable call, String address) {
        Instant start = Instant.now();
        assertThatThrownBy(call::run).isInstanceOf(IdentityProviderUnavailable.class).hasMessageContaining(address);
        assertThat(Duration.between(start, Instant.now())).isLessThan(WITHIN_TIMEOUT);
    }
}
