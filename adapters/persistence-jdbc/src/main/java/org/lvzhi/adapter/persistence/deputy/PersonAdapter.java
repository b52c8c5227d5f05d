package org.lvzhi.adapter.persistence.deputy;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import org.lvzhi.application.deputy.port.out.PersonPort;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.Person;
import org.lvzhi.domain.deputy.PersonId;
import org.lvzhi.domain.shared.Name;

@Singleton
class PersonAdapter implements PersonPort {

    private final PersonRepository persons;

    PersonAdapter(PersonRepository persons) {
        this.persons = persons;
    }

    @Override
    public Optional<PersonId> idOf(Login login) {
        return persons.idByLogin(login.value()).map(PersonId::new);
    }

    @Override
    public Optional<Person> find(PersonId id) {
        return persons.findById(id.value()).map(row -> toPerson(row.id(), row.name(), row.login()));
    }

    @Override
    public void add(Person person) {
        persons.save(new PersonRow(person.id().value(), person.name().value(), person.login().map(Login::value).orElse(null)));
    }

    @Override
    public void update(Person person) {
        persons.update(person.id().value(), person.name().value());
    }

    static Person toPerson(UUID id, String name, String login) {
        return new Person(new PersonId(id), new Name(name), Optional.ofNullable(login).map(Login::new));
    }
}
