package org.lvzhi.adapter.persistence.testing;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.lvzhi.application.congress.port.out.SaveCongressPort;
import org.lvzhi.application.congress.port.out.SaveTermPort;
import org.lvzhi.application.congress.port.out.SaveUnitPort;
import org.lvzhi.application.deputy.port.out.PersonPort;
import org.lvzhi.application.deputy.port.out.SaveDeputyPort;
import org.lvzhi.application.shared.port.out.TransactionPort;
import org.lvzhi.domain.congress.Congress;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Level;
import org.lvzhi.domain.congress.OrganisationUnit;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.deputy.Constituency;
import org.lvzhi.domain.deputy.ContactDetails;
import org.lvzhi.domain.deputy.Deputy;
import org.lvzhi.domain.deputy.DeputyId;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.Person;
import org.lvzhi.domain.deputy.PersonId;
import org.lvzhi.domain.deputy.Seat;
import org.lvzhi.domain.shared.Name;

/**
 * The base of an adapter test: the JVM's migrated database (one per run, {@link TestDatabase}) and two congresses of
 * the class's own, {@link #congress} where it works and {@link #other} whose rows it must never see, each with a term.
 * Subclasses inherit the Micronaut test context (one per class, on the same database) and reach the adapters through
 * the ports they implement.
 */
@MicronautTest(transactional = false, startApplication = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TenantIT implements TestPropertyProvider {

    @Inject protected TransactionPort transactions;
    @Inject protected SaveCongressPort congresses;
    @Inject protected SaveTermPort terms;
    @Inject protected SaveUnitPort units;
    @Inject protected PersonPort persons;
    @Inject protected SaveDeputyPort deputies;

    protected final CongressId congress = new CongressId(slugOf(getClass()) + "-" + suffix());
    protected final CongressId other = new CongressId("other-" + suffix());
    protected TermId term;
    protected TermId otherTerm;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestDatabase.instance().properties());
        properties.put(TestClock.PROPERTY, "true");
        return properties;
    }

    @BeforeAll
    void twoCongressesWithATermEach() {
        congresses.add(new Congress(congress, new Name("甲县人民代表大会"), Level.COUNTY, Optional.empty()));
        congresses.add(new Congress(other, new Name("乙县人民代表大会"), Level.COUNTY, Optional.empty()));
        term = in(() -> addTerm(2021));
        otherTerm = in(other, () -> addTerm(2021));
    }

    /** Work in one transaction of the class's congress. */
    protected <T> T in(Supplier<T> work) {
        return transactions.inCongress(congress, work);
    }

    protected <T> T in(CongressId acting, Supplier<T> work) {
        return transactions.inCongress(acting, work);
    }

    protected void run(Runnable work) {
        run(congress, work);
    }

    protected void run(CongressId acting, Runnable work) {
        transactions.inCongress(acting, () -> {
            work.run();
            return null;
        });
    }

    /** A read-only transaction of the class's congress. */
    protected <T> T read(Supplier<T> work) {
        return transactions.readInCongress(congress, work);
    }

    protected <T> T read(CongressId acting, Supplier<T> work) {
        return transactions.readInCongress(acting, work);
    }

    /** A five-year term from 1 January of the year; call inside a transaction. */
    protected TermId addTerm(int year) {
        Term added = new Term(TermId.random(), year, LocalDate.of(year, 1, 1), LocalDate.of(year + 4, 12, 31));
        terms.add(added);
        return added.id();
    }

    /** A unit of the acting congress; call inside a transaction. */
    protected UnitId addUnit(UnitKind kind, String name) {
        OrganisationUnit unit = new OrganisationUnit(UnitId.random(), kind, new Name(name), Optional.empty());
        units.add(unit);
        return unit.id();
    }

    /** A person without a login; call inside a transaction. */
    protected PersonId addPerson(String name) {
        Person person = new Person(PersonId.random(), new Name(name), Optional.empty());
        persons.add(person);
        return person.id();
    }

    /** A deputy of the term, elected in a district, and the person holding the seat; call inside a transaction. */
    protected DeputyId addDeputy(TermId of, String name) {
        return addDeputy(of, name, new Seat(Constituency.DISTRICT, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                false, false));
    }

    /** A deputy of the term in the seat, and the person holding it; call inside a transaction. */
    protected DeputyId addDeputy(TermId of, String name, Seat seat) {
        Person person = new Person(PersonId.random(), new Name(name), Optional.of(new Login("login-" + suffix())));
        persons.add(person);
        Deputy deputy = Deputy.elect(person.id(), of, seat, ContactDetails.NONE);
        deputies.add(deputy);
        return deputy.id();
    }

    /** A district seat whose holder belongs to the deputy group in recess. */
    protected static Seat inGroup(UnitId group) {
        return new Seat(Constituency.DISTRICT, Optional.of("第一选区"), Optional.empty(), Optional.of(group), Optional.empty(), false, false);
    }

    /** A further congress for a test that reads a whole congress's list and must see no other test's rows. */
    protected CongressId addCongress() {
        CongressId added = new CongressId("extra-" + suffix());
        congresses.add(new Congress(added, new Name("丙县人民代表大会"), Level.COUNTY, Optional.empty()));
        return added;
    }

    /** A deputy of the class's term in its congress, in a transaction of its own. */
    protected DeputyId deputy(String name) {
        return in(() -> addDeputy(term, name));
    }

    /** The class's name as the start of a congress id: lower case, at most 30 letters (an id has at most 40). */
    private static String slugOf(Class<?> test) {
        String name = test.getSimpleName().replaceFirst("IT$", "").toLowerCase();
        return name.substring(0, Math.min(30, name.length()));
    }

    protected static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
