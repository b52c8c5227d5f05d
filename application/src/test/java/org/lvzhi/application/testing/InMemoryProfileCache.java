package org.lvzhi.application.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.lvzhi.application.policy.port.out.ProfileCachePort;
import org.lvzhi.domain.policy.ProfileHistory;

/** Profile histories in a map, one node's worth; counts the loads per owner so tests can see a miss after an eviction. */
public final class InMemoryProfileCache implements ProfileCachePort {

    private final Map<String, ProfileHistory> histories = new HashMap<>();
    private final Map<String, Integer> loads = new HashMap<>();
    private final List<String> evicted = new ArrayList<>();

    @Override
    public ProfileHistory get(String owner, Supplier<ProfileHistory> load) {
        ProfileHistory cached = histories.get(owner);
        if (cached != null) {
            return cached;
        }
        ProfileHistory loaded = load.get();
        loads.merge(owner, 1, Integer::sum);
        histories.put(owner, loaded);
        return loaded;
    }

    @Override
    public void evict(String owner) {
        evicted.add(owner);
        histories.remove(owner);
    }

    /** How many times the owner's history was loaded (a miss) so far. */
    public int loads(String owner) {
        return loads.getOrDefault(owner, 0);
    }

    public boolean holds(String owner) {
        return histories.containsKey(owner);
    }

    /** The owners evicted so far, in order. */
    public List<String> evicted() {
        return List.copyOf(evicted);
    }
}
