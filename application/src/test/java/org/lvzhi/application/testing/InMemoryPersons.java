package org.lvzhi.application.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.lvzhi.application.deputy.port.out.PersonPort;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.Person;
import org.lvzhi.domain.deputy.PersonId;

/**
 * Persons, platform-wide as in the database: a congress reaches a person only through its own deputies and
 * office holders, while a login lookup answers the id of anyone, though only inside a unit of work.
 * Logins are unique; updating changes the name only.
 */
public final class InMemoryPersons implements PersonPort {

    private final InMemoryTransactions transactions;
    private final Map<PersonId, Person> persons = new LinkedHashMap<>();
    private final List<Supplier<Stream<PersonId>>> holders = new ArrayList<>();

    public InMemoryPersons(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    /** Registers a source of the persons the acting congress reaches (its deputies, its office holders). */
    void reachedThrough(Supplier<Stream<PersonId>> holdersInActingCongress) {
        holders.add(holdersInActingCongress);
    }

    @Override
    public Optional<PersonId> idOf(Login login) {
        if (transactions.actingCongress().isEmpty()) {
            return Optional.empty();
        }
        return persons.values().stream().filter(p -> p.login().equals(Optional.of(login))).map(Person::id).findFirst();
    }

    @Override
    public Optional<Person> find(PersonId id) {
        return Optional.ofNullable(persons.get(id)).filter(p -> reached(id));
    }

    @Override
    public void add(Person person) {
        transactions.writingCongress();
        if (persons.containsKey(person.id())) {
            throw new IllegalStateException("person " + person.id() + " is already stored");
        }
        if (person.login().isPresent() && persons.values().stream().anyMatch(p -> p.login().equals(person.login()))) {
            throw new IllegalStateException("unique constraint: login " + person.login().get() + " is taken");
        }
        persons.put(person.id(), person);
    }

    @Override
    public void update(Person person) {
        transactions.writingCongress();
        Person stored = persons.get(person.id());
        if (stored == null || !reached(person.id())) {
            throw new IllegalStateException("person " + person.id() + " is not reached by the acting congress");
        }
        persons.put(person.id(), new Person(stored.id(), person.name(), stored.login()));
    }

    /** Stores the person as test set-up, as if added while acting in the congress. */
    public Person seed(CongressId congress, Person person) {
        transactions.setUp(congress, () -> add(person));
        return person;
    }

    /** Every person on the platform, for assertions. */
    public List<Person> stored() {
        return List.copyOf(persons.values());
    }

    /** The stored person, for assertions, whoever reaches them. */
    public Person storedPerson(PersonId id) {
        return Optional.ofNullable(persons.get(id)).orElseThrow(() -> new IllegalStateException("no person " + id));
    }

    boolean exists(PersonId id) {
        return persons.containsKey(id);
    }

    private boolean reached(PersonId id) {
        return holders.stream().flatMap(Supplier::get).anyMatch(id::equals);
    }
}
