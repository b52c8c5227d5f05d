package org.lvzhi.adapter.cache.redis;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.lvzhi.application.notification.port.out.InboxEntry;
import org.lvzhi.domain.congress.CongressId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** This node's live inbox listeners, by congress and login. */
final class FeedListeners {

    private static final Logger LOG = LoggerFactory.getLogger(FeedListeners.class);

    private final Map<String, Set<Consumer<InboxEntry>>> listeners = new ConcurrentHashMap<>();

    AutoCloseable add(CongressId congress, String login, Consumer<InboxEntry> listener) {
        String key = key(congress, login);
        listeners.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.computeIfPresent(key, (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    void deliver(CongressId congress, String login, InboxEntry entry) {
        for (Consumer<InboxEntry> listener : listeners.getOrDefault(key(congress, login), Set.of())) {
            try {
                listener.accept(entry);
            } catch (RuntimeException failure) {
                LOG.debug("a live inbox listener failed; it is left to its own connection: {}", failure.getMessage());
            }
        }
    }

    private static String key(CongressId congress, String login) {
        return congress.value() + "\n" + login;
    }
}
