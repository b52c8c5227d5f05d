package org.lvzhi.application.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.lvzhi.domain.shared.Messages;

/**
 * A page of a deep list read by its sort key rather than by position: the items after the cursor {@code after} (the
 * {@code next} of the page before, opaque to callers), {@code size} of them (default 20, at most 200). A page costs the
 * same however deep it lies, and an item written meanwhile neither repeats nor skips one. {@code counted}: the caller
 * asked for the list's total as well, which costs a count of the whole list and is therefore never read unasked.
 */
public record KeysetRequest(Optional<String> after, int size, boolean counted) {

    private static final Messages MESSAGES = Messages.of(KeysetRequest.class);
    private static final char SEPARATOR = '\u001f';

    public KeysetRequest {
        if (size < 1 || size > PageRequest.MAX_SIZE) {
            throw MESSAGES.violation("size", "page.size", PageRequest.MAX_SIZE);
        }
    }

    public KeysetRequest(Optional<String> after, int size) {
        this(after, size, false);
    }

    public static KeysetRequest of(String after, Integer size) {
        return of(after, size, null);
    }

    /** A page whose answer also carries the list's total when {@code total} is true. */
    public static KeysetRequest of(String after, Integer size, Boolean total) {
        return new KeysetRequest(Optional.ofNullable(after).filter(a -> !a.isBlank()),
                size == null ? PageRequest.DEFAULT_SIZE : size, Boolean.TRUE.equals(total));
    }

    /** The cursor naming an item by its sort key, parts in the order of the sort. */
    public static String cursor(Object... keys) {
        StringBuilder joined = new StringBuilder();
        for (Object key : keys) {
            joined.append(joined.isEmpty() ? "" : SEPARATOR).append(key);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The sort key the page starts after, read by {@code parse} (which throws on a part it cannot read), or empty
     * for the first page; a cursor this list did not issue is refused on {@code after}.
     */
    public <K> Optional<K> afterKey(int parts, KeyParser<K> parse) {
        return after.map(cursor -> {
            try {
                List<String> split = List.of(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                        .split(String.valueOf(SEPARATOR), -1));
                if (split.size() != parts) {
                    throw new IllegalArgumentException(cursor);
                }
                return parse.parse(split);
            } catch (RuntimeException e) {
                throw MESSAGES.violation("after", "page.after");
            }
        });
    }

    /** Reads a cursor's parts into the list's sort key. */
    @FunctionalInterface
    public interface KeyParser<K> {
        K parse(List<String> parts);
    }
}
