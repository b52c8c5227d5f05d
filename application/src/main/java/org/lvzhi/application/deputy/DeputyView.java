package org.lvzhi.application.deputy;

import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.Person;

/** A deputy with the person holding the seat, as lists and detail pages show them. */
public record DeputyView(Deputy deputy, Person person) {
}
