package org.lvzhi.application.policy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.policy.port.out.StoredProfileVersion;
import org.lvzhi.application.testing.RecordingNotifications;
import org.lvzhi.application.testing.FakePolicyDocuments;
import org.lvzhi.application.testing.InMemoryCongresses;
import org.lvzhi.application.testing.InMemoryProfileAudit;
import org.lvzhi.application.testing.InMemoryProfileCache;
import org.lvzhi.application.testing.InMemoryProfileVersions;
import org.lvzhi.application.testing.InMemoryTransactions;
import org.lvzhi.application.testing.TestData;
import org.lvzhi.domain.congress.Congress;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Level;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.shared.Name;

/**
 * Both policy-profile services wired to in-memory ports, on a platform with two provinces (Qinghai, Hunan) and
 * a county (Datong) under Qinghai, and the baseline stored as version 1.
 */
final class ProfileTestBed {

    static final CongressId QINGHAI = TestData.QINGHAI;
    static final CongressId HUNAN = TestData.HUNAN;
    static final CongressId DATONG = new CongressId("datong");
    static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");
    static final Instant EARLIER = Instant.parse("2024-06-01T00:00:00Z");
    static final String EARLIER_ADMIN = "earlier-admin";

    final InMemoryTransactions transactions = new InMemoryTransactions();
    final InMemoryCongresses congresses = new InMemoryCongresses();
    final InMemoryProfileVersions versions = new InMemoryProfileVersions(transactions);
    final InMemoryProfileAudit audit = new InMemoryProfileAudit(transactions);
    final InMemoryProfileCache cache = new InMemoryProfileCache();
    final FakePolicyDocuments documents = new FakePolicyDocuments();
    final ProfileHistories histories = new ProfileHistories(versions, documents, cache, congresses);
    final RecordingNotifications notifications = new RecordingNotifications();
    final PolicyProfileEditService edit =
            new PolicyProfileEditService(transactions, documents, histories, versions, audit, Clock.fixed(NOW, ZoneOffset.UTC), notifications, java.util.List.of());
    final PolicyProfileQueryService queries = new PolicyProfileQueryService(transactions, histories, versions, audit);

    ProfileTestBed() {
        congresses.add(TestData.congress("qinghai", "青海省人大", Level.PROVINCE));
        congresses.add(TestData.congress("hunan", "湖南省人大", Level.PROVINCE));
        congresses.add(new Congress(DATONG, new Name("大通县人大"), Level.COUNTY, Optional.of(QINGHAI)));
        seed(PolicyProfile.BASELINE, 1, PolicyFixtures.baseline());
    }

    /** A tenant admin of the congress, with the subject {@code admin-<congress>}. */
    static ActingCaller adminOf(CongressId congress) {
        return TestData.caller("admin-" + congress.value(), congress, AccessRole.TENANT_ADMIN);
    }

    /** The document text that reads as the profile, registered with the fake reader. */
    String document(String text, PolicyProfile profile) {
        return documents.register(text, profile);
    }

    /** Stores the profile as the owner's version {@code number}, saved earlier by someone else. */
    StoredProfileVersion seed(String owner, int number, PolicyProfile profile) {
        String text = document(owner + " stored v" + number, profile);
        return versions.seed(owner, new StoredProfileVersion(number, text, EARLIER.plusSeconds(number), EARLIER_ADMIN));
    }

    StoredProfileVersion seed(CongressId owner, int number, PolicyProfile profile) {
        return seed(owner.value(), number, profile);
    }
}
