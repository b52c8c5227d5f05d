package org.lvzhi.application.deputy.port.in;

import org.lvzhi.domain.deputy.ContactDetails;
import org.lvzhi.domain.deputy.Seat;
import org.lvzhi.domain.shared.Name;
import org.lvzhi.domain.shared.Violations;

public record UpdateDeputyCommand(Name name, Seat seat, ContactDetails contact) {

    public static UpdateDeputyCommand from(DeputyForm form) {
        Violations violations = new Violations();
        Name name = form.parseName(violations);
        Seat seat = form.parseSeat(violations);
        ContactDetails contact = form.parseContact(violations);
        violations.throwIfAny();
        return new UpdateDeputyCommand(name, seat, contact);
    }
}
