package org.lvzhi.tenants.scenarios;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lvzhi.domain.policy.EffectiveProfile;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.policy.ProfileHistory;
import org.lvzhi.domain.policy.ProfileResolver;
import org.lvzhi.domain.policy.ProfileVersion;
import org.lvzhi.tenants.ProfileDocumentReader;
import org.lvzhi.tenants.SeedProfiles;

/** Test helper: the seed congresses' real YAML profiles, resolved over the baseline as the platform does. */
final class SeedCongresses {

    private static final ProfileDocumentReader READER = new ProfileDocumentReader();
    private static final Map<String, ProfileHistory> HISTORIES = new ConcurrentHashMap<>();

    private SeedCongresses() {
    }

    /** The effective profile of a seed congress (its parent is the baseline) on the date. */
    static EffectiveProfile effective(String owner, LocalDate on) {
        return ProfileResolver.resolve(owner, List.of(history(PolicyProfile.BASELINE), history(owner)), on);
    }

    private static ProfileHistory history(String owner) {
        return HISTORIES.computeIfAbsent(owner, o -> {
            PolicyProfile profile = READER.read(SeedProfiles.document(o)).profile().orElseThrow();
            return new ProfileHistory(o, List.of(new ProfileVersion(1, profile, Instant.EPOCH, "seed")));
        });
    }
}
