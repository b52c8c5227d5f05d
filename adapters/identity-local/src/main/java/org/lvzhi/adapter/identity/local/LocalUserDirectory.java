package org.lvzhi.adapter.identity.local;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The users of the embedded default and demos (DESIGN.md §5): {@code platform-admin}, and per demo congress
 * {@code <slug>-admin}, {@code <slug>-liaison}, {@code <slug>-deputy1}, {@code <slug>-deputy2}, all with the
 * demo password; plus any users configured under {@code lvzhi.identity.local.users}. Not for production.
 */
@Singleton
@Requires(notEnv = "keycloak")
class LocalUserDirectory {

    private final Map<String, LocalUser> users = new LinkedHashMap<>();

    LocalUserDirectory(
            @Property(name = "lvzhi.identity.local.demo-congresses", defaultValue = "") List<String> demoCongresses,
            @Property(name = "lvzhi.identity.local.demo-password", defaultValue = "demo") String demoPassword,
            @Property(name = "lvzhi.identity.local.users") Optional<List<Map<String, Object>>> configured) {
        demoUsers(demoCongresses, demoPassword).forEach(this::add);
        configured.orElse(List.of()).stream().map(LocalUserDirectory::fromConfiguration).forEach(this::add);
    }

    Optional<LocalUser> find(String username) {
        return Optional.ofNullable(users.get(username));
    }

    private void add(LocalUser user) {
        users.put(user.username(), user);
    }

    private static List<LocalUser> demoUsers(List<String> congresses, String password) {
        List<LocalUser> demo = new ArrayList<>();
        demo.add(new LocalUser("platform-admin", password, List.of(), List.of("PLATFORM_ADMIN")));
        for (String slug : congresses) {
            demo.add(new LocalUser(slug + "-admin", password, List.of(slug), List.of("TENANT_ADMIN")));
            demo.add(new LocalUser(slug + "-liaison", password, List.of(slug), List.of("LIAISON_OFFICER")));
            demo.add(new LocalUser(slug + "-deputy1", password, List.of(slug), List.of("DEPUTY")));
            demo.add(new LocalUser(slug + "-deputy2", password, List.of(slug), List.of("DEPUTY")));
        }
        return demo;
    }

    @SuppressWarnings("unchecked")
    private static LocalUser fromConfiguration(Map<String, Object> entry) {
        return new LocalUser(
                String.valueOf(entry.get("username")),
                String.valueOf(entry.get("password")),
                (List<String>) entry.getOrDefault("congresses", List.of()),
                (List<String>) entry.getOrDefault("roles", List.of()));
    }
}
