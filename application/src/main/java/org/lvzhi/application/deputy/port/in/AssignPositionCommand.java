package org.lvzhi.application.deputy.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.Position;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Name;
import org.lvzhi.domain.shared.Violations;

/**
 * Gives an office to a deputy of the congress ({@code deputy}), or to a person who is not one, named and
 * optionally given a login ({@code name}, {@code login}).
 */
public record AssignPositionCommand(
        Position position,
        Optional<DeputyId> deputy,
        Optional<Name> name,
        Optional<Login> login,
        Optional<UnitId> unit,
        LocalDate from,
        Optional<LocalDate> until) {

    public static AssignPositionCommand of(
            String position, String deputyId, String name, String login, String unitId, LocalDate from, LocalDate until) {
        Violations violations = new Violations();
        Position parsedPosition = violations.check(() -> Checks.oneOf("position", Position.class, position));
        Optional<DeputyId> deputy = violations.check(() -> Ids.parseOptional("deputyId", deputyId, DeputyId::new));
        Optional<Name> holderName = violations.check(() -> deputyId == null || deputyId.isBlank()
                ? Optional.of(new Name(name))
                : Optional.<Name>empty());
        Optional<Login> holderLogin = violations.check(() -> Optional.ofNullable(login).filter(l -> !l.isBlank()).map(Login::new));
        Optional<UnitId> unit = violations.check(() -> Ids.parseOptional("unitId", unitId, UnitId::new));
        violations.check(() -> Checks.required("from", from));
        violations.throwIfAny();
        return new AssignPositionCommand(parsedPosition, deputy, holderName, holderLogin, unit, from, Optional.ofNullable(until));
    }
}
