package org.lvzhi.adapter.persistence.shared;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.application.shared.KeysetRequest;

/**
 * Keyset pages of a list read newest first by {@code (created_at, id)} (an inbox, the dead letters): the rows before
 * the cursor, one more than the page so that a following page is known, served by an index on
 * {@code (tenant_id, …, created_at DESC, id DESC)} read forward from the cursor.
 */
public final class NewestFirst {

    /** After the statement's own conditions; its parameters are {@link #parameters}. */
    public static final String PAGE = " AND (CAST(? AS timestamptz) IS NULL OR (created_at, id) < (CAST(? AS timestamptz), CAST(? AS uuid)))"
            + " ORDER BY created_at DESC, id DESC LIMIT ?";

    private NewestFirst() {
    }

    public static List<Object> parameters(KeysetRequest page) {
        Optional<Key> after = page.afterKey(2, parts -> new Key(Instant.parse(parts.get(0)), UUID.fromString(parts.get(1))));
        Timestamp at = after.map(key -> Timestamp.from(key.createdAt())).orElse(null);
        return Arrays.asList(at, at, after.map(Key::id).orElse(null), page.size() + 1);
    }

    public static String cursor(Instant createdAt, UUID id) {
        return KeysetRequest.cursor(createdAt, id);
    }

    private record Key(Instant createdAt, UUID id) {
    }
}
