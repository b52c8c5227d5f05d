package org.lvzhi.application.policy.port.out;

import java.util.function.Supplier;
import org.lvzhi.domain.policy.ProfileHistory;

/**
 * Parsed profile histories by owner, kept coherent across every node: after {@link #evict} on one node, no
 * node answers the evicted history again.
 */
public interface ProfileCachePort {

    /** The cached history, or the loaded one (then cached). */
    ProfileHistory get(String owner, Supplier<ProfileHistory> load);

    void evict(String owner);
}
