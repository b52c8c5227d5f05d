package org.lvzhi.adapter.persistence.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.adapter.persistence.testing.TenantIT;
import org.lvzhi.application.policy.port.out.ProfileAuditEntry;
import org.lvzhi.application.policy.port.out.StaleProfileVersion;
import org.lvzhi.application.policy.port.out.ProfileAuditPort;
import org.lvzhi.application.policy.port.out.ProfileVersionsPort;
import org.lvzhi.application.policy.port.out.StoredProfileVersion;

class PolicyAdaptersIT extends TenantIT {

    private static final Instant AT = Instant.parse("2025-02-02T02:02:02.020202Z");

    @Inject ProfileVersionsPort versions;
    @Inject ProfileAuditPort audit;

    @Test
    @DisplayName("a congress's versions are kept in order and published to every congress; a number saved twice is a stale version")
    void versionsInOrderAndStale() {
        StoredProfileVersion first = new StoredProfileVersion(1, "name: 甲县履职规则\nrules: []\n", AT, "admin");
        StoredProfileVersion second = new StoredProfileVersion(2, "name: 甲县履职规则（修订）\nrules: []\n", AT.plusSeconds(60), "主任");
        run(() -> {
            versions.add(second);
            versions.add(first);
        });

        StaleProfileVersion stale = catchThrowableOfType(StaleProfileVersion.class,
                () -> run(() -> versions.add(new StoredProfileVersion(2, "other", AT, "someone"))));
        run(other, () -> versions.add(new StoredProfileVersion(2, "乙县", AT, "admin")));

        assertThat(read(() -> versions.versions(congress.value()))).containsExactly(first, second);
        assertThat(read(other, () -> versions.versions(congress.value()))).containsExactly(first, second);
        assertThat(read(() -> versions.versions(other.value()))).extracting(StoredProfileVersion::document).containsExactly("乙县");
        assertThat(stale.getMessage()).contains("version 2");
    }

    @Test
    @DisplayName("the audit keeps each saving's changes line by line, in version order, for its own congress only")
    void auditInVersionOrder() {
        String owner = congress.value();
        run(() -> {
            versions.add(new StoredProfileVersion(11, "a", AT, "admin"));
            versions.add(new StoredProfileVersion(12, "b", AT, "admin"));
        });
        ProfileAuditEntry later = new ProfileAuditEntry(owner, 12, AT.plusSeconds(120), "主任", List.of("QH-3.1 最少次数 4 → 6", "新增 QH-9"));
        ProfileAuditEntry earlier = new ProfileAuditEntry(owner, 11, AT, "admin", List.of("初始版本"));
        run(() -> {
            audit.add(later);
            audit.add(earlier);
        });

        assertThat(read(() -> audit.entries())).filteredOn(entry -> entry.version() > 10).containsExactly(earlier, later);
        assertThat(read(other, () -> audit.entries())).extracting(ProfileAuditEntry::owner).doesNotContain(owner);
    }
}
