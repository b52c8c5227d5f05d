package org.lvzhi.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.lvzhi.application.testing.TestData.HUNAN;
import static org.lvzhi.application.testing.TestData.QINGHAI;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.lvzhi.application.policy.port.out.ProfileAuditEntry;
import org.lvzhi.application.policy.port.out.StaleProfileVersion;
import org.lvzhi.application.policy.port.out.StoredProfileVersion;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.policy.ProfileHistory;
import org.lvzhi.domain.policy.ProfileProblem;

/** The policy-profile fakes behave as the stores they stand in for. */
class InMemoryProfileStoresTest {

    private static final Instant AT = Instant.parse("2025-01-01T00:00:00Z");

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryProfileVersions versions = new InMemoryProfileVersions(transactions);
    private final InMemoryProfileAudit audit = new InMemoryProfileAudit(transactions);

    private static StoredProfileVersion stored(int number) {
        return new StoredProfileVersion(number, "v" + number, AT, "tester");
    }

    @Test
    @DisplayName("a profile version is added to the acting congress's profile and any congress reads it")
    void versionLandsInActingCongress() {
        transactions.inCongress(QINGHAI, () -> {
            versions.add(stored(1));
            return null;
        });

        assertThat(versions.stored(QINGHAI)).containsExactly(stored(1));
        assertThat(transactions.readInCongress(HUNAN, () -> versions.versions("qinghai"))).containsExactly(stored(1));
    }

    @Test
    @DisplayName("a version number already taken is refused with a stale profile version, like the primary key")
    void takenNumberIsRefused() {
        versions.seed(QINGHAI, stored(1));

        StaleProfileVersion stale = catchThrowableOfType(StaleProfileVersion.class,
                () -> transactions.inCongress(QINGHAI, () -> {
                    versions.add(stored(1));
                    return null;
                }));

        assertThat(stale).isNotNull();
        assertThat(stale.latest()).isEqualTo(1);
        assertThat(versions.stored(QINGHAI)).containsExactly(stored(1));
    }

    @Test
    @DisplayName("a version is refused outside a writing unit of work")
    void versionWriteNeedsAWritingUnitOfWork() {
        assertThatThrownBy(() -> versions.add(stored(1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> transactions.readInCongress(QINGHAI, () -> {
            versions.add(stored(1));
            return null;
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("audit entries are kept per acting congress")
    void auditIsPerCongress() {
        ProfileAuditEntry entry = new ProfileAuditEntry("qinghai", 1, AT, "tester", List.of("首个版本"));
        audit.seed(QINGHAI, entry);

        assertThat(transactions.readInCongress(QINGHAI, audit::entries)).containsExactly(entry);
        assertThat(transactions.readInCongress(HUNAN, audit::entries)).isEmpty();
    }

    @Test
    @DisplayName("the cache loads an owner once until it is evicted")
    void cacheCountsLoads() {
        InMemoryProfileCache cache = new InMemoryProfileCache();

        cache.get("qinghai", () -> ProfileHistory.empty("qinghai"));
        cache.get("qinghai", () -> ProfileHistory.empty("qinghai"));
        cache.evict("qinghai");
        cache.get("qinghai", () -> ProfileHistory.empty("qinghai"));

        assertThat(cache.loads("qinghai")).isEqualTo(2);
    }

    @Test
    @DisplayName("the document fake reads registered texts as their profiles and anything else as a schema problem at the root")
    void documentsReadRegisteredTexts() {
        FakePolicyDocuments documents = new FakePolicyDocuments();
        PolicyProfile profile = new PolicyProfile("qinghai", "办法", Optional.empty(), Optional.empty(), LocalDate.of(2018, 8, 1),
                Optional.empty(), List.of(), List.of(), List.of(), Optional.empty(), List.of());
        documents.register("v1 text", profile);

        assertThat(documents.read("v1 text").profile()).contains(profile);
        assertThat(documents.read("other").profile()).isEmpty();
        assertThat(documents.read("other").problems()).extracting(ProfileProblem::path).containsExactly("");
    }
}
