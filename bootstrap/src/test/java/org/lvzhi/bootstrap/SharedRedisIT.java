package org.lvzhi.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TestDatabase;
import org.lvzhi.application.congress.port.in.FoundCongressCommand;
import org.lvzhi.application.congress.port.in.FoundCongressUseCase;
import org.lvzhi.application.policy.port.in.EditPolicyProfileUseCase;
import org.lvzhi.application.policy.port.in.PolicyProfileQueries;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Principal;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.Quota;

/** Two nodes of the platform on one database and one Redis (127.0.0.1:6379), as behind a load balancer. */
class SharedRedisIT {

    private final Map<String, Object> properties = nodeProperties();
    private final ApplicationContext nodeA = ApplicationContext.run(properties);
    private final ApplicationContext nodeB = ApplicationContext.run(properties);

    @AfterEach
    void stopNodes() {
        nodeA.close();
        nodeB.close();
    }

    @Test
    @DisplayName("a profile saved on one node is what the other node resolves at once")
    void saveOnOneNodeIsSeenByTheOther() {
        CongressId county = new CongressId("redis-county-" + UUID.randomUUID().toString().substring(0, 6));
        nodeB.getBean(FoundCongressUseCase.class).found(FoundCongressCommand.of(county.value(), "某县人大", "COUNTY", "qinghai"));
        ActingCaller admin = new ActingCaller(new Principal("county-admin", Set.of(county), Set.of(AccessRole.TENANT_ADMIN)), county);
        LocalDate on = LocalDate.of(2026, 6, 1);

        int before = minimum(nodeA.getBean(PolicyProfileQueries.class).effective(admin, on));
        nodeB.getBean(EditPolicyProfileUseCase.class).save(admin, """
                profile: %s
                title: 某县人民代表大会代表履职管理办法
                effectiveFrom: 2026-01-01
                rules:
                  - rule: QH-7.2
                    article: 第七条第（二）项
                    kind: QUOTA
                    summary: 每年参加联络站活动联系群众不少于6次
                    quota: { counts: [STATION_RECEPTION], minimum: 6, window: { type: CALENDAR_YEAR } }
                """.formatted(county.value()), Optional.empty());
        int after = minimum(nodeA.getBean(PolicyProfileQueries.class).effective(admin, on));

        assertThat(before).isEqualTo(3);
        assertThat(after).isEqualTo(6);
    }

    private static int minimum(EffectiveProfile effective) {
        return effective.rulesWithId("QH-7.2").stream().flatMap(r -> r.quota().stream()).mapToInt(Quota::minimum).max().orElseThrow();
    }

    private static Map<String, Object> nodeProperties() {
        Map<String, Object> properties = new HashMap<>(TestDatabase.instance().properties());
        properties.put("redis.uri", "redis://127.0.0.1:6379");
        properties.put("lvzhi.cache.prefix", "lvzhi-test-" + UUID.randomUUID());
        properties.put("lvzhi.seed.enabled", "true");
        properties.put("micronaut.server.port", "-1");
        return properties;
    }
}
