package org.lvzhi.application.testing;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.lvzhi.application.shared.AccessRole;
import org.lvzhi.application.shared.ActingCaller;
import org.lvzhi.application.shared.Principal;
import org.lvzhi.domain.congress.Congress;
import org.lvzhi.domain.congress.CongressId;
import org.lvzhi.domain.congress.Level;
import org.lvzhi.domain.congress.OrganisationUnit;
import org.lvzhi.domain.congress.Term;
import org.lvzhi.domain.congress.TermId;
import org.lvzhi.domain.congress.UnitId;
import org.lvzhi.domain.congress.UnitKind;
import org.lvzhi.domain.deputy.Login;
import org.lvzhi.domain.deputy.Person;
import org.lvzhi.domain.deputy.PersonId;
import org.lvzhi.domain.shared.Name;

/** Small factories for the values the tests are built from. */
public final class TestData {

    public static final CongressId QINGHAI = new CongressId("qinghai");
    public static final CongressId HUNAN = new CongressId("hunan");

    private TestData() {
    }

    public static Congress congress(String id, String name, Level level) {
        return new Congress(new CongressId(id), new Name(name), level, Optional.empty());
    }

    /** The term with this number, five years from 15 January of the start year. */
    public static Term term(int number, int startYear) {
        return new Term(TermId.random(), number, LocalDate.of(startYear, 1, 15), LocalDate.of(startYear + 5, 1, 14));
    }

    public static OrganisationUnit unit(UnitKind kind, String name) {
        return new OrganisationUnit(UnitId.random(), kind, new Name(name), Optional.empty());
    }

    public static Person person(String name) {
        return new Person(PersonId.random(), new Name(name), Optional.empty());
    }

    public static Person person(String name, String login) {
        return new Person(PersonId.random(), new Name(name), Optional.of(new Login(login)));
    }

    /** A caller whose token grants the one congress they act in. */
    public static ActingCaller caller(String subject, CongressId congress, AccessRole... roles) {
        return new ActingCaller(new Principal(subject, Set.of(congress), Set.of(roles)), congress);
    }
}
