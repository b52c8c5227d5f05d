package org.lvzhi.application.policy.port.out;

import java.util.Optional;
import org.lvzhi.domain.policy.ProfileHistory;

/** Parsed profile histories by owner, shared coherently by every node: an eviction on one is seen by all. */
public interface ProfileCachePort {

    Optional<ProfileHistory> find(String owner);

    void store(ProfileHistory history);

    void evict(String owner);
}
