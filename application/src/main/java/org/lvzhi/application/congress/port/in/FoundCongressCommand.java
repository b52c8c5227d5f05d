package org.lvzhi.application.congress.port.in;

import java.util.Optional;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Level;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.InvariantViolation;
import org.lvzhi.domain.shared.Name;

public record FoundCongressCommand(CongressId id, Name name, Level level, Optional<CongressId> parent) {

    public static FoundCongressCommand of(String id, String name, String level, String parentId) {
        return new FoundCongressCommand(
                new CongressId(id),
                new Name(name),
                Checks.oneOf("level", Level.class, level),
                Optional.ofNullable(parentId).filter(p -> !p.isBlank()).map(FoundCongressCommand::parentSlug));
    }

    private static CongressId parentSlug(String slug) {
        try {
            return new CongressId(slug);
        } catch (InvariantViolation invalid) {
            throw new InvariantViolation("parentId", invalid.violations().getFirst().message());
        }
    }
}
