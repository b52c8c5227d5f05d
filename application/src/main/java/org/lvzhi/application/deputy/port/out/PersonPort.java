package org.lvzhi.application.deputy.port.out;

import java.util.Optional;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.Person;
import org.lvzhi.domain.deputy.PersonId;

/**
 * Persons are platform-wide; a congress sees only those holding a seat or an office in it. Looking a login
 * up answers only the person's id, so a second congress can give the same person a seat.
 */
public interface PersonPort {

    Optional<PersonId> idOf(Login login);

    Optional<Person> find(PersonId id);

    void add(Person person);

    void update(Person person);
}
