package org.lvzhi.adapter.identity.local;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lvzhi.application.account.port.in.FirstPlatformAdminUseCase;
import org.lvzhi.application.account.port.in.SeedAccount;
import org.lvzhi.application.account.port.in.SeedAccountsUseCase;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.domain.account.EmailAddress;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.shared.Name;

/**
 * The accounts the platform creates at start-up when missing (README, "Accounts and sign-in"): in a demo deployment
 * only ({@code lvzhi.demo}: the embedded default and the tests), the demo users of every demo congress —
 * {@code <slug>-admin, -liaison, -deputy1, -deputy2, -group-leader, -delegation-head, -unit} and
 * {@code platform-admin}, all with the demo password —; in any deployment those under
 * {@code lvzhi.identity.local.users}, and the first platform admin of {@code lvzhi.identity.local.platform-admin}
 * ({@code login}, {@code email}, {@code name}), who is e-mailed a link to choose a password. An account that exists is
 * left alone, so a password changed by its holder stays changed.
 */
@Singleton
@Requires(notEnv = "keycloak")
class LocalAccountSeeding implements ApplicationEventListener<StartupEvent>, Ordered {

    private static final Map<String, AccessRole> DEMO_ROLES = demoRoles();

    private final SeedAccountsUseCase seeds;
    private final FirstPlatformAdminUseCase firstPlatformAdmin;
    private final Map<String, String> platformAdmin;
    private final boolean demo;
    private final List<String> demoCongresses;
    private final String demoPassword;
    private final List<Map<String, Object>> configured;

    LocalAccountSeeding(SeedAccountsUseCase seeds, FirstPlatformAdminUseCase firstPlatformAdmin,
            @Property(name = "lvzhi.identity.local.platform-admin") Map<String, String> platformAdmin,
            @Property(name = "lvzhi.demo", defaultValue = "false") boolean demo,
            @Property(name = "lvzhi.identity.local.demo-congresses", defaultValue = "") List<String> demoCongresses,
            @Property(name = "lvzhi.identity.local.demo-password", defaultValue = "demo") String demoPassword,
            @Property(name = "lvzhi.identity.local.users") Optional<List<Map<String, Object>>> configured) {
        this.seeds = seeds;
        this.firstPlatformAdmin = firstPlatformAdmin;
        this.platformAdmin = platformAdmin;
        this.demo = demo;
        this.demoCongresses = demoCongresses;
        this.demoPassword = demoPassword;
        this.configured = configured.orElse(List.of());
    }

    /** Last of the start-up listeners: the seed congresses that grants name are on the register by then (SeedCongresses). */
    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        List<SeedAccount> accounts = new ArrayList<>();
        if (demo) {
            accounts.add(new SeedAccount(new Login("platform-admin"), demoPassword, true, Map.of()));
            for (String slug : demoCongresses) {
                DEMO_ROLES.forEach((suffix, role) -> accounts.add(new SeedAccount(
                        new Login(slug + "-" + suffix), demoPassword, false, Map.of(new CongressId(slug), List.of(role)))));
            }
        }
        configured.stream().map(LocalAccountSeeding::fromConfiguration).forEach(accounts::add);
        seeds.ensure(accounts);
        String login = platformAdmin.getOrDefault("login", "");
        if (!login.isBlank()) {
            firstPlatformAdmin.invite(new Login(login), new Name(platformAdmin.getOrDefault("name", login)),
                    new EmailAddress(platformAdmin.getOrDefault("email", "")));
        }
    }

    private static Map<String, AccessRole> demoRoles() {
        Map<String, AccessRole> roles = new LinkedHashMap<>();
        roles.put("admin", AccessRole.TENANT_ADMIN);
        roles.put("liaison", AccessRole.LIAISON_OFFICER);
        roles.put("deputy1", AccessRole.DEPUTY);
        roles.put("deputy2", AccessRole.DEPUTY);
        roles.put("group-leader", AccessRole.GROUP_LEADER);
        roles.put("delegation-head", AccessRole.DELEGATION_HEAD);
        roles.put("unit", AccessRole.HANDLING_UNIT);
        return roles;
    }

    /** {@code {username, password, congresses: [...], roles: [...]}}: every role in every congress named. */
    @SuppressWarnings("unchecked")
    private static SeedAccount fromConfiguration(Map<String, Object> entry) {
        List<AccessRole> roles = ((List<String>) entry.getOrDefault("roles", List.of())).stream().map(AccessRole::valueOf).toList();
        List<AccessRole> congressRoles = roles.stream().filter(role -> role != AccessRole.PLATFORM_ADMIN).toList();
        Map<CongressId, List<AccessRole>> perCongress = new LinkedHashMap<>();
        ((List<String>) entry.getOrDefault("congresses", List.of())).forEach(slug -> perCongress.put(new CongressId(slug), congressRoles));
        return new SeedAccount(new Login(String.valueOf(entry.get("username"))), String.valueOf(entry.get("password")),
                roles.contains(AccessRole.PLATFORM_ADMIN), perCongress);
    }
}
