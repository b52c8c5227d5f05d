package org.lvzhi.application.deputy;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.lvzhi.application.deputy.port.out.PersonPort;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.Person;
import org.lvzhi.domain.deputy.PersonId;
import org.lvzhi.domain.shared.Name;

/**
 * Finds the person a new seat or office belongs to: the one already signing in with the login (a person
 * sitting in a second congress keeps one identity), or a new person.
 */
@Singleton
class PersonDirectory {

    private final PersonPort persons;

    PersonDirectory(PersonPort persons) {
        this.persons = persons;
    }

    PersonId personFor(Name name, Optional<Login> login) {
        return login.flatMap(persons::idOf).orElseGet(() -> {
            Person person = new Person(PersonId.random(), name, login);
            persons.add(person);
            return person.id();
        });
    }
}
