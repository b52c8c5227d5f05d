package org.lvzhi.application.deputy.port.out;

import org.lvzhi.application.event.Recipient;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.Person;

/** A deputy with the person holding the seat, as lists and detail pages show them. */
public record DeputyView(Deputy deputy, Person person) {

    /** The deputy as someone notifications are for: inbox by login, e-mail by the seat's contact address. */
    public Recipient recipient() {
        return new Recipient(person.name().value(), person.login().map(Login::value), deputy.contact().email());
    }
}
