package org.lvzhi.application.congress.port.in;

import java.util.Optional;
import org.lvzhi.domain.shared.Name;

/** The editable part of an organisation unit, for creating or updating one. */
public record UnitCommand(Name name, Optional<String> address) {

    public static UnitCommand of(String name, String address) {
        return new UnitCommand(new Name(name), Optional.ofNullable(address).filter(a -> !a.isBlank()));
    }
}
