package org.lvzhi.application.deputy.port.in;

import java.util.Optional;
import org.lvzhi.application.shared.Ids;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.deputy.ContactDetails;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.Seat;
import org.lvzhi.domain.shared.Name;
import org.lvzhi.domain.shared.Violations;

public record RegisterDeputyCommand(Name name, Optional<Login> login, TermId term, Seat seat, ContactDetails contact) {

    /** Parses the form, reporting every bad field at once. */
    public static RegisterDeputyCommand from(DeputyForm form) {
        Violations violations = new Violations();
        Name name = form.parseName(violations);
        Optional<Login> login = violations.check(() -> Optional.ofNullable(form.login()).filter(l -> !l.isBlank()).map(Login::new));
        TermId term = violations.check(() -> Ids.parse("termId", form.termId(), TermId::new));
        Seat seat = form.parseSeat(violations);
        ContactDetails contact = form.parseContact(violations);
        violations.throwIfAny();
        return new RegisterDeputyCommand(name, login, term, seat, contact);
    }
}
