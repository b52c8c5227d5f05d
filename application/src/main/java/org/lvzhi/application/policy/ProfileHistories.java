package org.lvzhi.application.policy;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.lvzhi.application.congress.port.out.LoadCongressPort;
import org.lvzhi.application.policy.port.out.PolicyDocumentPort;
import org.lvzhi.application.policy.port.out.ProfileCachePort;
import org.lvzhi.application.policy.port.out.ProfileVersionsPort;
import org.lvzhi.application.policy.port.out.StoredProfileVersion;
import org.lvzhi.domain.congress.Congress;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.policy.PolicyProfile;
import org.lvzhi.domain.policy.ProfileHistory;
import org.lvzhi.domain.policy.ProfileLineage;
import org.lvzhi.domain.policy.ProfileVersion;

/**
 * Owners' parsed profile histories, through the shared cache, and the lineage a congress inherits along:
 * its profile's {@code inherits}, else its parent congress on the platform, up to the baseline.
 */
@Singleton
class ProfileHistories {

    private final ProfileVersionsPort versions;
    private final PolicyDocumentPort documents;
    private final ProfileCachePort cache;
    private final LoadCongressPort congresses;
    private final Map<String, Optional<String>> parents = new ConcurrentHashMap<>();

    ProfileHistories(ProfileVersionsPort versions, PolicyDocumentPort documents, ProfileCachePort cache, LoadCongressPort congresses) {
        this.versions = versions;
        this.documents = documents;
        this.cache = cache;
        this.congresses = congresses;
    }

    ProfileHistory of(String owner) {
        return cache.get(owner, () -> new ProfileHistory(owner, versions.versions(owner).stream().map(this::parse).toList()));
    }

    List<ProfileHistory> chainOf(String owner, Optional<String> ownInherits, LocalDate on) {
        return lineage(owner, ownInherits, on).stream().map(this::of).toList();
    }

    /**
     * The owners from the baseline down to {@code owner} on a date: each ancestor's {@code inherits} is read
     * from its version in force then; {@code ownInherits} stands for the owner's own profile.
     */
    List<String> lineage(String owner, Optional<String> ownInherits, LocalDate on) {
        return ProfileLineage.of(owner, o -> (o.equals(owner) ? ownInherits : of(o).inForceOn(on).flatMap(v -> v.profile().inherits()))
                .or(() -> parentCongress(o)));
    }

    void forget(String owner) {
        cache.evict(owner);
    }

    /** A congress's place on the platform never changes once registered, so each node remembers the parent it read. */
    private Optional<String> parentCongress(String owner) {
        Optional<String> known = parents.get(owner);
        if (known != null) {
            return known;
        }
        Optional<Congress> congress = congresses.find(new CongressId(owner));
        Optional<String> parent = congress.flatMap(Congress::parent).map(CongressId::value);
        congress.ifPresent(found -> parents.put(owner, parent));
        return parent;
    }

    private ProfileVersion parse(StoredProfileVersion stored) {
        PolicyProfile profile = documents.read(stored.document()).profile()
                .orElseThrow(() -> new IllegalStateException("stored profile version " + stored.number() + " no longer parses"));
        return new ProfileVersion(stored.number(), profile, stored.savedAt(), stored.savedBy());
    }
}
