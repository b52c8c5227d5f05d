package org.lvzhi.application.deputy.port.in;

import java.util.Optional;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.deputy.Constituency;
import org.lvzhi.domain.deputy.ContactDetails;
import org.lvzhi.domain.deputy.Seat;
import org.lvzhi.domain.shared.Checks;
import org.lvzhi.domain.shared.Name;
import org.lvzhi.domain.shared.Violations;

/**
 * A deputy as a client sends it, unparsed. {@code login} and {@code termId} are read when registering and
 * ignored when updating: a seat does not move between terms or persons.
 */
public record DeputyForm(
        String name,
        String login,
        String termId,
        String constituency,
        String constituencyName,
        String delegationId,
        String deputyGroupId,
        String liaisonStationId,
        Boolean grassroots,
        Boolean military,
        ContactForm contact) {

    Name parseName(Violations violations) {
        return violations.check(() -> new Name(name));
    }

    /** The seat, or null once a part of it has been recorded as a violation. */
    Seat parseSeat(Violations violations) {
        Constituency parsedConstituency = violations.check(() -> Checks.oneOf("constituency", Constituency.class, constituency));
        Optional<UnitId> delegation = violations.check(() -> Ids.parseOptional("delegationId", delegationId, UnitId::new));
        Optional<UnitId> group = violations.check(() -> Ids.parseOptional("deputyGroupId", deputyGroupId, UnitId::new));
        Optional<UnitId> station = violations.check(() -> Ids.parseOptional("liaisonStationId", liaisonStationId, UnitId::new));
        if (parsedConstituency == null || delegation == null || group == null || station == null) {
            return null;
        }
        return violations.check(() -> new Seat(
                parsedConstituency,
                Optional.ofNullable(constituencyName).filter(n -> !n.isBlank()),
                delegation,
                group,
                station,
                Boolean.TRUE.equals(grassroots),
                Boolean.TRUE.equals(military)));
    }

    ContactDetails parseContact(Violations violations) {
        return contact == null ? ContactDetails.NONE : violations.check(contact::toContactDetails);
    }
}
