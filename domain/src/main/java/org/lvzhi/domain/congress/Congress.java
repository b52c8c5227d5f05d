package org.lvzhi.domain.congress;

import java.util.Optional;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Messages;
import org.lvzhi.domain.shared.Name;

/**
 * A people's congress at one level of one place: the tenant. Its parent is a congress of a higher level on
 * the platform, or none when the parent congress is not on the platform.
 */
public record Congress(CongressId id, Name name, Level level, Optional<CongressId> parent) {

    public Congress {
        Checks.required("id", id);
        Checks.required("name", name);
        Checks.required("level", level);
        Checks.required("parentId", parent);
    }

    /** Founds a congress, checking that the parent (when there is one) sits at a higher level. */
    public static Congress found(CongressId id, Name name, Level level, Optional<Congress> parent) {
        parent.ifPresent(p -> {
            if (p.id().equals(id)) {
                throw Messages.of(Congress.class).violation("parentId", "parent.self");
            }
            if (!p.level().isHigherThan(level)) {
                throw Messages.of(Congress.class).violation("parentId", "parent.level", p.name(), p.level(), level);
            }
        });
        return new Congress(id, name, level, parent.map(Congress::id));
    }
}
