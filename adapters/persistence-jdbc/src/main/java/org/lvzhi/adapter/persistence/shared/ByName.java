package org.lvzhi.adapter.persistence.shared;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.application.shared.KeysetRequest;

/**
 * Keyset pages of a list read by a deputy's name, then id (the deputy list, statistics per deputy, duty reports): the
 * rows after the cursor's {@code (name, id)}, served by an index on {@code (tenant_id, …, name, id)} read forward from
 * the cursor, whose row comparison is an index condition next to the tenant's.
 */
public final class ByName {

    private ByName() {
    }

    /** The condition on the statement's name and id columns; its parameters are {@link #parameters}. */
    public static String after(String name, String id) {
        return KeysetOrder.ascending(name, id, KeysetOrder.Type.TEXT).after();
    }

    public static List<Object> parameters(KeysetRequest page) {
        return KeysetOrder.ascending("name", "id", KeysetOrder.Type.TEXT).keyParameters(page);
    }

    /** The name and id the page starts after, empty on the first page. */
    public static Optional<Key> key(KeysetRequest page) {
        return page.afterKey(2, parts -> new Key(parts.get(0), UUID.fromString(parts.get(1))));
    }

    public static String cursor(String name, UUID id) {
        return KeysetRequest.cursor(name, id);
    }

    /** A row's place in the order. */
    public record Key(String name, UUID id) {
    }
}
