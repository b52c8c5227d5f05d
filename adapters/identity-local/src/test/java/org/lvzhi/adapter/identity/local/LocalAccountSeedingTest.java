package org.lvzhi.adapter.identity.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.account.port.in.SeedAccount;

class LocalAccountSeedingTest {

    private final List<SeedAccount> seeded = new ArrayList<>();
    private final List<String> invited = new ArrayList<>();

    @Test
    @DisplayName("a real server (lvzhi.demo off, the default) gets no demo account with the password demo: only the configured users and the first platform admin's invitation")
    void noDemoAccountsOutsideADemo() {
        seeding(false).onApplicationEvent(null);

        assertThat(seeded).extracting(account -> account.login().value()).containsExactly("ops-auditor");
        assertThat(invited).containsExactly("first.root <first.root@example.cn>");
    }

    @Test
    @DisplayName("a demo deployment (the embedded default, the tests) gets platform-admin and every role of every demo congress")
    void demoAccountsInADemo() {
        seeding(true).onApplicationEvent(null);

        assertThat(seeded).extracting(account -> account.login().value())
                .contains("platform-admin", "qinghai-admin", "qinghai-group-leader", "qinghai-delegation-head", "qinghai-unit", "ops-auditor")
                .hasSize(9);
    }

    private LocalAccountSeeding seeding(boolean demo) {
        return new LocalAccountSeeding(seeded::addAll, (login, name, email) -> invited.add(login.value() + " <" + email.value() + ">"),
                Map.of("login", "first.root", "email", "first.root@example.cn"), demo, List.of("qinghai"), "demo",
                Optional.of(List.of(Map.of("username", "ops-auditor", "password", "s3cret-for-ops", "congresses", List.of("qinghai"),
                        "roles", List.of("LIAISON_OFFICER")))));
    }
}
