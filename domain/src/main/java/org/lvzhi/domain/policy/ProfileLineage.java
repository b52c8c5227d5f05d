package org.lvzhi.domain.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.lvzhi.domain.shared.Messages;

/**
 * The owners a profile inherits from, root first: each owner's parent is the profile it names in
 * {@code inherits}, or else its parent congress's; the baseline is the root. A loop is refused.
 */
public final class ProfileLineage {

    private ProfileLineage() {
    }

    /** @param parentOf an owner's parent: its profile's {@code inherits}, else its parent congress, else empty */
    public static List<String> of(String owner, Function<String, Optional<String>> parentOf) {
        Set<String> seen = new LinkedHashSet<>();
        String current = owner;
        while (!current.equals(PolicyProfile.BASELINE)) {
            if (!seen.add(current)) {
                throw Messages.of(ProfileLineage.class).violation("/inherits", "inherits.cycle", String.join(" → ", seen) + " → " + current);
            }
            current = parentOf.apply(current).orElse(PolicyProfile.BASELINE);
        }
        List<String> chain = new ArrayList<>(seen);
        chain.add(PolicyProfile.BASELINE);
        return chain.reversed();
    }
}
